/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import { withCorpusCopy } from '@/lib/authoring/testing/corpus-copy';
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { classRequest } from '@/lib/class-server/testing/requests';
import { POST } from './route.author';

const ARTICLE = 'ap-landmines-latimes';
const corpusCopy = withCorpusCopy();
const file = () => path.join(corpusCopy(), 'ap-landmines-2024', `${ARTICLE}.yaml`);
const send = (body: unknown) =>
  POST(
    classRequest('/author/annotation', { body, headers: { [PEER_ADDRESS_HEADER]: '127.0.0.1' } }),
  );

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
});
