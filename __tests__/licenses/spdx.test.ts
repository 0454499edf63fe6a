// Dataset licences through the SPDX libraries: normalised where unambiguous, allow-lists
// evaluated against the whole expression, licences outside SPDX matched as written.
import { allowListEntry, licenceAllowed, normaliseLicence } from '../../src/licenses/spdx.js';

describe('normalising', () => {
  it.each([
    ['Apache-2.0', 'Apache-2.0', undefined],
    ['apache 2.0', 'Apache-2.0', 'apache 2.0'],
    ['apache-2.0', 'Apache-2.0', 'apache-2.0'],
    ['cc-by-4.0', 'CC-BY-4.0', 'cc-by-4.0'],
    ['cc-by-4.0 and odc-by-1.0', 'CC-BY-4.0 AND ODC-By-1.0', 'cc-by-4.0 and odc-by-1.0'],
    ['gpl-3.0-only', 'GPL-3.0-only', 'gpl-3.0-only'],
    ['Apache-2.0 OR MIT', 'Apache-2.0 OR MIT', undefined],
  ])('%s → %s', (text, expression, declared) => {
    expect(normaliseLicence(text)).toEqual({
      expression,
      spdx: true,
      ...(declared ? { declared } : {}),
    });
  });

  it.each(['openrail', 'other', 'llama2', 'GPL 3'])(
    '%s stays as written (outside SPDX, or ambiguous)',
    (text) => {
      expect(normaliseLicence(text)).toEqual({ expression: text, spdx: false });
    },
  );
});

describe('allow-lists', () => {
  it.each([
    ['Apache-2.0 OR MIT', ['MIT'], true],
    ['Apache-2.0 OR MIT', ['GPL-3.0-only'], false],
    ['CC-BY-4.0 AND GPL-3.0-only', ['CC-BY-4.0', 'MIT'], false],
    ['CC-BY-4.0 AND GPL-3.0-only', ['CC-BY-4.0', 'GPL-3.0-only'], true],
    ['CC-BY-4.0 AND ODC-By-1.0', ['cc-by-4.0', 'odc-by-1.0'], true],
    ['apache 2.0', ['Apache-2.0'], true],
    ['Apache-2.0', ['apache-2.0'], true],
    ['openrail', ['openrail'], true],
    ['openrail', ['LicenseRef-openrail'], true],
    ['OpenRAIL', ['openrail'], true],
    ['openrail', ['Apache-2.0'], false],
    ['other', ['openrail'], false],
    ['LicenseRef-openrail', ['openrail'], true],
  ])('%s with %j allowed: %s', (recorded, allowed, ok) => {
    expect(licenceAllowed(recorded, allowed)).toBe(ok);
  });

  it('an expression in an allow-list is refused with the fix', () => {
    expect(allowListEntry('MIT OR Apache-2.0').problem).toBe(
      "'MIT OR Apache-2.0' is an expression; list the licences it allows one by one",
    );
  });
});
