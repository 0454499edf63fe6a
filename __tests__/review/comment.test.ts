// The sticky review comment (src/review/comment.ts) against the fake GitHub REST API: created,
// then updated in place; refused tokens fall back; other people's comments untouched.
import { upsertComment } from '../../src/review/comment.js';
import { reviewMarker } from '../../src/review/markdown.js';

import {
  commentsOn,
  fake,
  FAST,
  MARKER,
  octokit,
  seedComment,
  sent,
  useFakeGitHub,
} from '../helpers/review-github.js';

useFakeGitHub();

const upsert = (body: string, extra: Partial<Parameters<typeof upsertComment>[0]> = {}) =>
  upsertComment({
    octokit: octokit(),
    owner: 'acme',
    repo: 'vision',
    issueNumber: 7,
    body,
    marker: MARKER,
    retry: FAST,
    ...extra,
  });

describe('upsertComment', () => {
  test('first run creates the comment, the second updates that same one (a PATCH), leaving exactly one', async () => {
    const first = await upsert(`${MARKER}\nfirst`);
    expect(first.action).toBe('created');
    const second = await upsert(`${MARKER}\nsecond`);
    expect(second.action).toBe('updated');
    if (first.action !== 'created' || second.action !== 'updated') throw new Error('unreachable');
    expect(second.id).toBe(first.id);
    expect(second.url).toBe(`https://github.com/acme/vision/pull/7#issuecomment-${first.id}`);
    const ours = commentsOn(7).filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${MARKER}\nsecond`);
    expect(sent('PATCH', new RegExp(`/issues/comments/${first.id}$`))).toHaveLength(1);
    expect(sent('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
  });

  test('a human comment that quotes the marker is not ours: left alone, ours is created beside it', async () => {
    const quote = `Why does the bot write \`${MARKER}\`?`;
    const humanId = seedComment(quote, 'octocat');
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('created');
    expect(fake().state.comments.find((c) => c.id === humanId)!.body).toBe(quote);
    expect(sent('PATCH', /.*/)).toHaveLength(0);
    expect(commentsOn(7)).toHaveLength(2);
  });

  test('with the author known, a marker-led comment by someone else is not edited either', async () => {
    const forged = `${MARKER}\nwritten by a person`;
    const otherId = seedComment(forged, 'mallory');
    const res = await upsert(`${MARKER}\nreview`, { author: 'github-actions[bot]' });
    expect(res.action).toBe('created');
    expect(fake().state.comments.find((c) => c.id === otherId)!.body).toBe(forged);
    expect(sent('PATCH', /.*/)).toHaveLength(0);
  });

  test('without the author, a bot’s marker-led comment is preferred over a person’s', async () => {
    const forged = `${MARKER}\nwritten by a person, first`;
    const personId = seedComment(forged, 'mallory');
    const botId = seedComment(`${MARKER}\nold review`, 'github-actions[bot]');
    const res = await upsert(`${MARKER}\nnew review`);
    expect(res).toMatchObject({ action: 'updated', id: botId });
    expect(fake().state.comments.find((c) => c.id === personId)!.body).toBe(forged);
  });

  test('another workflow’s review (another marker key) is not ours', async () => {
    const otherMarker = reviewMarker('evaluate.yml');
    const otherId = seedComment(`${otherMarker}\nits review`, 'github-actions[bot]');
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('created');
    expect(fake().state.comments.find((c) => c.id === otherId)!.body).toBe(
      `${otherMarker}\nits review`,
    );
  });

  test('our comment on the second page of a busy pull request is found (pagination), not duplicated', async () => {
    for (let i = 0; i < 120; i++) seedComment(`comment ${i}`, 'octocat');
    const oursId = seedComment(`${MARKER}\nold review`, 'github-actions[bot]');
    for (let i = 0; i < 5; i++) seedComment(`later ${i}`, 'octocat');
    const res = await upsert(`${MARKER}\nnew review`);
    expect(res).toMatchObject({ action: 'updated', id: oursId });
    expect(sent('GET', /\/issues\/7\/comments$/).length).toBeGreaterThanOrEqual(2);
    expect(commentsOn(7).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  });

  test('a 403 on create (a fork’s read-only token) is a skip with a reason, not a failure', async () => {
    fake().failNext('POST', /\/issues\/7\/comments$/, 403, 1, {
      body: { message: 'Resource not accessible by integration', status: '403' },
    });
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('skipped');
    if (res.action !== 'skipped') throw new Error('unreachable');
    expect(res.status).toBe(403);
    expect(res.reason).toMatch(/HTTP 403/);
    expect(res.reason).toMatch(/pull-requests: write/);
    expect(commentsOn(7)).toHaveLength(0);
  });

  test('a 404 on listing (no such pull request, or invisible) is a skip too', async () => {
    fake().failNext('GET', /\/issues\/7\/comments$/, 404);
    await expect(upsert(`${MARKER}\nreview`)).resolves.toMatchObject({
      action: 'skipped',
      status: 404,
    });
  });

  test('5xx is retried, boundedly', async () => {
    fake().failNext('POST', /\/issues\/7\/comments$/, 502, 2);
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('created');
    expect(sent('POST', /\/issues\/7\/comments$/)).toHaveLength(3);

    fake().failNext('PATCH', /\/issues\/comments\/\d+$/, 503, 5);
    await expect(upsert(`${MARKER}\nagain`)).rejects.toThrow(/HTTP 503/);
    expect(sent('PATCH', /.*/)).toHaveLength(3);
  });

  test('our comment deleted between listing and editing: a new one is created', async () => {
    const oursId = seedComment(`${MARKER}\nold`, 'github-actions[bot]');
    fake().failNext('PATCH', new RegExp(`/issues/comments/${oursId}$`), 404);
    const res = await upsert(`${MARKER}\nnew`);
    expect(res.action).toBe('created');
  });

  test('a body that does not start with its marker is refused (it could never be found again)', async () => {
    await expect(upsert('no marker here')).rejects.toThrow(/marker/);
  });
});

// --- the base lookup and the whole review ------------------------------------------------
