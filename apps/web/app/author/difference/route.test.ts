/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { differencesToReview, loadCorpus } from '@sayswho/core';
import { withCorpusCopy } from '@/lib/authoring/testing/corpus-copy';
import { ONLY_FROM_THE_KIT, ONLY_FROM_THIS_MACHINE } from '@/lib/authoring/teacher-here';
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { classRequest, type RequestParts } from '@/lib/class-server/testing/requests';
import { POST } from './route.author';

const STORY = 'ap-landmines-2024';
const corpusCopy = withCorpusCopy();
const file = () => path.join(corpusCopy(), STORY, 'differences.yaml');
const send = (body: unknown, parts: RequestParts = {}, peer = '127.0.0.1') =>
  POST(
    classRequest('/author/difference', {
      body,
      ...parts,
      headers: { [PEER_ADDRESS_HEADER]: peer, ...parts.headers },
    }),
  );

/** The story as the Compare versions page reads it from the corpus copy. */
function story() {
  const { corpus } = loadCorpus(corpusCopy());
  const [from, to] = corpus.stories
    .find((s) => s.id === STORY)!
    .articleIds.map((id) => corpus.articles.find((a) => a.id === id)!);
  const comparison = corpus.stories.find((s) => s.id === STORY)!.comparison!;
  return { from: from!, to: to!, review: differencesToReview(from!, to!, comparison) };
}

/** A difference the kit found that differences.yaml does not have yet (a curly apostrophe). */
function foundDifference() {
  const { from, to, review } = story();
  const found = review.find((d) => d.location === null)!;
  return {
    found,
    fromWords: from.text.slice(found.from!.start, found.from!.end),
    toWords: to.text.slice(found.to!.start, found.to!.end),
  };
}

const confirmed = (found: ReturnType<typeof foundDifference>['found']) => ({
  story: STORY,
  difference: {
    id: 'planted-apostrophe',
    kind: 'punctuation',
    from: found.from,
    to: found.to,
    explanation: 'Planted by a test.',
  },
});

describe('POST /author/difference (Save and Remove on the Compare versions page)', () => {
  it('writes a difference the kit found, confirmed and explained, with both versions’ words; Remove puts the file back byte for byte', async () => {
    const before = readFileSync(file(), 'utf8');
    const { found, fromWords, toWords } = foundDifference();
    const saved = await send(confirmed(found));
    expect(saved.status).toBe(200);
    const after = readFileSync(file(), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toContain(
      `- id: planted-apostrophe\n    kind: punctuation\n    from:\n      quote: ${fromWords}\n`,
    );
    // The kit now reads it as the teacher's, on the same words in both versions.
    expect(story().review.find((d) => d.id === 'planted-apostrophe')).toMatchObject({
      kind: 'punctuation',
      from: found.from,
      to: found.to,
      explanation: 'Planted by a test.',
      location: expect.objectContaining({ file: expect.stringContaining('differences.yaml') }),
    });
    expect(after).toContain(`    to:\n      quote: "${toWords}"\n`);

    const removed = await send({ story: STORY, remove: 'planted-apostrophe' });
    expect(removed.status).toBe(200);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('relabels a written difference by changing its kind line only, keeping its quotes and note', async () => {
    const before = readFileSync(file(), 'utf8');
    const written = story().review.find((d) => d.id === 'back-backward')!;
    const response = await send({
      story: STORY,
      replacing: 'back-backward',
      difference: {
        id: 'back-backward',
        kind: 'meaning-changed',
        from: written.from,
        to: written.to,
        explanation: written.explanation,
      },
    });
    expect(response.status).toBe(200);
    const changed = readFileSync(file(), 'utf8');
    const lines = (s: string) => s.split('\n');
    expect(lines(changed).filter((l, i) => l !== lines(before)[i])).toEqual([
      '    kind: meaning-changed',
    ]);
  });

  it('shows the check’s problem and writes nothing when removing a difference a lesson names', async () => {
    const before = readFileSync(file(), 'utf8');
    const response = await send({ story: STORY, remove: 'battered-clobbered' });
    expect(response.status).toBe(422);
    expect((await response.json()).problems[0]).toMatch(/battered-clobbered/);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('refuses an id the file already has, saying to choose another, and writes nothing', async () => {
    const before = readFileSync(file(), 'utf8');
    const { found } = foundDifference();
    const request = confirmed(found);
    const response = await send({
      ...request,
      difference: { ...request.difference, id: 'battered-clobbered' },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([
      'differences.yaml already has a difference "battered-clobbered": choose another id.',
    ]);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('says which field is wrong, with 400, for a kind the vocabulary does not have', async () => {
    const { found } = foundDifference();
    const request = confirmed(found);
    const response = await send({ ...request, difference: { ...request.difference, kind: 'x' } });
    expect(response.status).toBe(400);
    expect((await response.json()).reason).toBe(
      'difference.kind: choose one of added, removed, reworded, meaning-changed, name-form, punctuation',
    );
  });

  it.each([
    ['another site', { origin: 'http://evil.example' }, '127.0.0.1', ONLY_FROM_THE_KIT],
    ['another computer on the school network', {}, '192.168.1.23', ONLY_FROM_THIS_MACHINE],
  ])('refuses a request from %s with 403 and writes nothing', async (_who, parts, peer, reason) => {
    const before = readFileSync(file(), 'utf8');
    const response = await send(confirmed(foundDifference().found), parts, peer);
    expect(response.status).toBe(403);
    expect((await response.json()).reason).toBe(reason);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });
});
