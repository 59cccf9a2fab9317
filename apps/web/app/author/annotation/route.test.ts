/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import { ANNOTATION_KINDS } from '@sayswho/core/vocabulary';
import { withCorpusCopy } from '@/lib/authoring/testing/corpus-copy';
import { ONLY_FROM_THE_KIT, ONLY_FROM_THIS_MACHINE } from '@/lib/authoring/teacher-here';
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { classRequest, type RequestParts } from '@/lib/class-server/testing/requests';
import { POST } from './route.author';

const ARTICLE = 'ap-landmines-latimes';
const corpusCopy = withCorpusCopy();
const file = () => path.join(corpusCopy(), 'ap-landmines-2024', `${ARTICLE}.yaml`);
const send = (body: unknown, parts: RequestParts = {}, peer = '127.0.0.1') =>
  POST(
    classRequest('/author/annotation', {
      body,
      ...parts,
      headers: { [PEER_ADDRESS_HEADER]: peer, ...parts.headers },
    }),
  );
const latimes = () => loadCorpus(corpusCopy()).corpus.articles.find((a) => a.id === ARTICLE)!;
/** A loaded word of paragraph 17 as the Annotate page sends it (the picked words' span). */
function vex(fields: { id?: string; explanation?: string; start?: number; end?: number } = {}) {
  const article = latimes();
  const start = article.text.indexOf('vex');
  return {
    article: ARTICLE,
    annotation: {
      id: fields.id ?? 'latimes-vex',
      kind: 'loaded-wording',
      parts: { quote: { start: fields.start ?? start, end: fields.end ?? start + 3 } },
      alternatives: ['displease'],
      explanation: fields.explanation ?? 'Planted by a test.',
    },
  };
}

describe('POST /author/annotation (Save and Delete on the Annotate page)', () => {
  it('writes picked words that repeat in their paragraph with their occurrence, and Delete puts the file back byte for byte', async () => {
    const before = readFileSync(file(), 'utf8');
    const article = loadCorpus(corpusCopy()).corpus.articles.find((a) => a.id === ARTICLE)!;
    const paragraph = article.blocks.find((b) => b.paragraph === 1)!;
    const [, second] = [...article.text.slice(paragraph.start, paragraph.end).matchAll(/\bthe\b/g)];
    const start = paragraph.start + second!.index;
    const saved = await send({
      article: ARTICLE,
      annotation: {
        id: 'latimes-the',
        kind: 'loaded-wording',
        parts: { quote: { start, end: start + 3 } },
        alternatives: ['a'],
        explanation: 'Planted by a test.',
      },
    });
    expect(saved.status).toBe(200);
    const after = readFileSync(file(), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toContain(
      '- id: latimes-the\n    kind: loaded-wording\n    paragraph: 1\n    quote:\n      quote: the\n      occurrence: 2\n',
    );
    const reloaded = loadCorpus(corpusCopy()).corpus.articles.find((a) => a.id === ARTICLE)!;
    expect(reloaded.annotations.find((a) => a.id === 'latimes-the')?.span).toEqual({
      start,
      end: start + 3,
    });

    expect((await send({ article: ARTICLE, delete: 'latimes-the' })).status).toBe(200);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('shows the check’s problem and writes nothing when a save would break a lesson', async () => {
    const before = readFileSync(file(), 'utf8');
    // Lessons name this annotation (a Rewrite): deleting it breaks them.
    const response = await send({ article: ARTICLE, delete: 'latimes-battered' });
    expect(response.status).toBe(422);
    expect((await response.json()).problems[0]).toMatch(/latimes-battered/);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('edits an annotation in place: its changed lines only, the rest of the file as it was', async () => {
    const before = readFileSync(file(), 'utf8');
    const response = await send({
      ...vex({ explanation: 'Vex guesses at feelings.' }),
      replacing: 'latimes-vex',
    });
    expect(response.status).toBe(200);
    const lines = (s: string) => s.split('\n');
    const after = readFileSync(file(), 'utf8');
    const changed = lines(after).filter((l) => !lines(before).includes(l));
    expect(changed).toEqual([
      '    alternatives: [displease]',
      '    explanation: Vex guesses at feelings.',
    ]);
    expect(latimes().annotations.find((a) => a.id === 'latimes-vex')).toMatchObject({
      kind: 'loaded-wording',
      alternatives: ['displease'],
    });
  });

  it('says the words must start and end on whole words, and writes nothing, for a pick inside a word', async () => {
    const before = readFileSync(file(), 'utf8');
    const start = latimes().text.indexOf('vex');
    const response = await send(vex({ id: 'latimes-ex', start: start + 1, end: start + 3 }));
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([
      '“ex” does not start and end on whole words.',
    ]);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('says which field is wrong, with 400, for a kind the vocabulary does not have', async () => {
    const request = vex({ id: 'latimes-x' });
    const response = await send({ ...request, annotation: { ...request.annotation, kind: 'x' } });
    expect(response.status).toBe(400);
    expect((await response.json()).reason).toBe(
      `annotation.kind: choose one of ${Object.keys(ANNOTATION_KINDS).join(', ')}`,
    );
  });

  it.each([
    ['another site', { origin: 'http://evil.example' }, '127.0.0.1', ONLY_FROM_THE_KIT],
    ['another computer on the school network', {}, '192.168.1.23', ONLY_FROM_THIS_MACHINE],
  ])('refuses a request from %s with 403 and writes nothing', async (_who, parts, peer, reason) => {
    const before = readFileSync(file(), 'utf8');
    const response = await send(vex({ id: 'latimes-planted' }), parts, peer);
    expect(response.status).toBe(403);
    expect((await response.json()).reason).toBe(reason);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it.each(['latimes-headline', 'latimes-dateline'])(
    'saves %s through Edit unchanged as the file has it, headline without a paragraph: no line moves',
    async (id) => {
      const before = readFileSync(file(), 'utf8');
      const annotation = latimes().annotations.find((a) => a.id === id)!;
      const response = await send({
        article: ARTICLE,
        replacing: id,
        annotation: {
          id,
          kind: annotation.kind,
          parts: { quote: annotation.span },
          explanation: annotation.explanation,
        },
      });
      expect(response.status).toBe(200);
      expect(readFileSync(file(), 'utf8')).toBe(before);
    },
  );
});
