/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import { withCorpusCopy } from '@/lib/authoring/testing/corpus-copy';
import { ONLY_FROM_THE_KIT, ONLY_FROM_THIS_MACHINE } from '@/lib/authoring/teacher-here';
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { classRequest, type RequestParts } from '@/lib/class-server/testing/requests';
import { POST } from './route.author';

const BRIDGE = `Bridge reopens after repairs
By Dana Whitfield
SPRINGFIELD — The Elm Street bridge reopened on Monday, the mayor said.
Critics slammed the delay.
`;

const form = {
  text: BRIDGE,
  headline: true,
  outlet: 'Springfield Gazette',
  published: '2026-01-05',
  story: 'bridge',
  byline: 'Dana Whitfield',
  dateline: 'SPRINGFIELD',
  wire: 'none',
  url: 'none',
};

const corpusCopy = withCorpusCopy();
const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
const save = (body: unknown, parts: RequestParts = {}, peer = '127.0.0.1') =>
  POST(
    classRequest('/author/article', {
      body,
      ...parts,
      headers: { [PEER_ADDRESS_HEADER]: peer, ...parts.headers },
    }),
  );

describe('POST /author/article (Save on the New article page)', () => {
  it('writes the text and annotation file as npm run new -- article does, and the corpus checks pass', async () => {
    const response = await save(form);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      articleId: 'bridge-springfield-gazette',
      written: [
        'bridge/story.yaml',
        'bridge/bridge-springfield-gazette.txt',
        'bridge/bridge-springfield-gazette.yaml',
      ],
    });
    expect(
      readFileSync(path.join(corpusCopy(), 'bridge/bridge-springfield-gazette.txt'), 'utf8'),
    ).toBe(BRIDGE);
    const loaded = loadCorpus(corpusCopy());
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.corpus.articles.find((a) => a.id === 'bridge-springfield-gazette')).toMatchObject(
      { outlet: 'Springfield Gazette', byline: 'Dana Whitfield', wire: null },
    );
  });

  it('adds a second version to its story, with the file for its differences', async () => {
    await save(form);
    const response = await save({ ...form, outlet: 'Herald', byline: 'none' });
    expect((await response.json()).written).toEqual([
      'bridge/story.yaml (added bridge-herald to its articles)',
      'bridge/differences.yaml',
      'bridge/bridge-herald.txt',
      'bridge/bridge-herald.yaml',
    ]);
    const story = loadCorpus(corpusCopy()).corpus.stories.find((s) => s.id === 'bridge');
    expect(story?.articleIds).toEqual(['bridge-springfield-gazette', 'bridge-herald']);
  });

  it('shows what npm run check would say, and writes nothing, when a detail is wrong', async () => {
    const before = listing(corpusCopy());
    const response = await save({ ...form, url: 'www.gazette.example/bridge' });
    expect(response.status).toBe(422);
    const { problems } = await response.json();
    expect(problems).toEqual([expect.stringContaining('bridge/bridge-springfield-gazette.yaml:')]);
    expect(problems[0]).toMatch(/url/);
    expect(listing(corpusCopy())).toEqual(before);
  });

  it('refuses an article saved twice, saying how to choose another id, and writes nothing', async () => {
    await save(form);
    const before = listing(corpusCopy());
    const again = await save(form);
    expect(again.status).toBe(422);
    expect((await again.json()).problems).toEqual([
      expect.stringMatching(/already has an article "bridge-springfield-gazette"; choose another/),
    ]);
    expect(listing(corpusCopy())).toEqual(before);
  });

  it('says which field is missing, with 400', async () => {
    const response = await save({ ...form, outlet: ' ' });
    expect(response.status).toBe(400);
    expect((await response.json()).reason).toBe('outlet: say who published it');
  });

  it.each([
    ['another site', { origin: 'http://evil.example' }, '127.0.0.1', ONLY_FROM_THE_KIT],
    ['another computer on the school network', {}, '192.168.1.23', ONLY_FROM_THIS_MACHINE],
  ])('refuses a request from %s with 403 and writes nothing', async (_who, parts, peer, reason) => {
    const before = listing(corpusCopy());
    const response = await save(form, parts, peer);
    expect(response.status).toBe(403);
    expect((await response.json()).reason).toBe(reason);
    expect(listing(corpusCopy())).toEqual(before);
  });
});
