// Checks a Statement against the rules of the specifications it claims to follow, before
// it is signed: a signed statement that breaks them cannot be withdrawn. Each rule cites
// where it comes from:
//   [statement]  in-toto/attestation spec/v1/statement.md
//   [rd]         in-toto/attestation spec/v1/resource_descriptor.md
//   [digest]     in-toto/attestation spec/v1/digest_set.md
//   [fields]     in-toto/attestation spec/v1/field_types.md (TypeURI, ResourceURI, Timestamp)
//   [parsing]    in-toto/attestation spec/v1/README.md "Parsing rules" (extension fields)
//   [proto]      in-toto/attestation protos/in_toto_attestation/v1/*.proto and
//                slsa-framework/slsa spec/schema/provenance.proto (the fields each message has)
//   [slsa]       slsa-framework/slsa docs/spec/v1.0/provenance.md (REQUIRED fields, types)
//   [cue]        slsa-framework/slsa spec/schema/provenance.cue (#Timestamp without fractions)
//   [gh]         actions/buildtypes workflow/v1/README.md (GitHub's workflow buildType)
//   [layout]     our own layout (LAYOUT.md, docs/buildtype.md)
import { isObject } from '../json.js';
import { SLSA_PROVENANCE_V1, STATEMENT_TYPE, TRAINING_PREDICATE_TYPE } from './layout.js';
import {
  checkFields,
  checkJsonValue,
  checkResourceDescriptor,
  checkTypeUri,
  Collector,
} from './validate-fields.js';
import { checkProvenance } from './validate-slsa.js';

export { checkUri } from './validate-fields.js';

const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];

function checkSubjects(v: unknown, out: Collector): void {
  if (!Array.isArray(v) || v.length === 0) {
    out.add('subject', 'must be a non-empty array [statement]');
    return;
  }
  const names = new Set<string>();
  v.forEach((s, i) => {
    const path = `subject[${i}]`;
    checkResourceDescriptor(s, path, out);
    if (!isObject(s)) return;
    if (!isObject(s.digest) || Object.keys(s.digest).length === 0) {
      out.add(`${path}.digest`, 'each subject MUST have digest set [statement]');
    }
    if (typeof s.name === 'string') {
      if (names.has(s.name))
        out.add(
          `${path}.name`,
          `"${s.name}" repeats; names SHOULD be unique within subject [statement]`,
        );
      names.add(s.name);
    }
  });
}

/**
 * Every rule the statement breaks, each as `path: problem [source]`; empty when it is
 * valid. Checks the in-toto Statement v1 layer always, and the SLSA Provenance v1
 * predicate (plus GitHub's workflow buildType fields) when the predicateType says so.
 */
export function validateStatement(s: unknown): string[] {
  const out = new Collector();
  checkJsonValue(s, '$', out);
  if (!isObject(s)) {
    out.add('$', 'a Statement is a JSON object [statement]');
    return out.problems;
  }
  checkFields(s, STATEMENT_FIELDS, '$', out);
  if (s._type !== STATEMENT_TYPE) {
    out.add('_type', `must be "${STATEMENT_TYPE}", is ${JSON.stringify(s._type)} [statement]`);
  }
  checkSubjects(s.subject, out);
  checkTypeUri(s.predicateType, 'predicateType', out, '[statement]');
  if (s.predicate !== undefined && !isObject(s.predicate)) {
    out.add('predicate', 'must be an object [statement] [proto]');
  }
  if (s.predicateType === SLSA_PROVENANCE_V1 || s.predicateType === TRAINING_PREDICATE_TYPE) {
    if (!isObject(s.predicate))
      out.add('predicate', 'a SLSA provenance predicate is required [slsa]');
    else checkProvenance(s.predicate, out);
  }
  return out.problems;
}
