import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics';
import { loadCorpus } from './load-corpus';

const FIXTURES = 'packages/core/src/corpus/fixtures';
const load = (fixture: string) => loadCorpus(path.join(__dirname, 'fixtures', fixture));

interface Expected {
  /** The file, relative to the fixture's story folder (`demo/`). */
  readonly file: string;
  readonly line: number;
  readonly message: RegExp;
  readonly fix: RegExp;
  readonly severity?: 'error' | 'warning';
}

// One planted mistake per fixture folder (named after the mistake), and the one message a teacher should see.
const PLANTED: Record<string, Expected> = {
  'field-indented-one-space-too-few': {
    file: 'demo-a.yaml',
    line: 39,
    message:
      /^line 39 is indented by 3 spaces, but `quote:` on line 38 by 4: YAML cannot tell what `alternatives:` belongs to\. Until it is fixed, annotation `a-battered` is left out; the rest of the file loads\.$/,
    fix: /^indent `alternatives:` by 4 spaces, like `quote:` above it$/,
  },
  'unclosed-list': {
    file: 'demo-a.yaml',
    line: 39,
    message: /^the “\[” on line 39 is never closed with “\]”/,
    fix: /end it with “\]” on the same line/,
  },
  'unclosed-quote': {
    file: 'demo-a.yaml',
    line: 38,
    message:
      /^the text on line 38 starts with a quote mark \(“?"”?\) that is never closed.*annotations `a-battered` and `a-newsletter` are left out/,
    fix: /end the text with " on the same line/,
  },
  'dash-missing': {
    file: 'demo-a.yaml',
    line: 36,
    message:
      /^line 36 starts a new item without “- ”, so YAML adds its fields to the item above.*annotations `a-repairs-claim` and `a-battered` are left out/,
    fix: /write “- id:” with the “-” 2 spaces in/,
  },
  'missing-colon': {
    file: 'demo-a.yaml',
    line: 37,
    message: /^line 37 has no “:” after `kind`/,
    fix: /^write `kind: loaded-wording`$/,
  },
  'text-after-closing-quote': {
    file: 'demo-a.yaml',
    line: 31,
    message:
      /^the text on line 31 starts with a quote mark, so YAML ends it at the next " and cannot read “were finished” after it/,
    fix: /wrap the whole text in single quotes: quote: '"repairs" were finished'/,
  },
  'list-item-joined': {
    file: 'demo-a.yaml',
    line: 41,
    message:
      /^line 41 starts with “- ” but is indented 1 space more than the “-” on line 40, so YAML joined the two into one item: “hit - damaged”/,
    fix: /start line 41 with 6 spaces before the “-”/,
  },
  'comma-in-braces': {
    file: 'demo-a.yaml',
    line: 22,
    message:
      /^the comma after “Reopening is what the bridge will do” ends the note, so YAML reads “not a word of speaking” as another field/,
    fix: /^put the whole note in quotes: note: "Reopening is what the bridge will do, not a word of speaking"$/,
  },
  'duplicate-field': {
    file: 'demo-a.yaml',
    line: 40,
    message: /^the field `quote` appears twice in the same place\./,
    fix: /keep one of the two/,
  },
  'unquoted-colon': {
    file: 'demo-a.yaml',
    line: 40,
    message: /^the text on line 40 contains “: ”, which YAML reads as the start of another field/,
    fix: /wrap the whole text in quotes: explanation: "Note: battered sounds more violent than hit\."/,
  },
  'tab-indentation': {
    file: 'demo-a.yaml',
    line: 39,
    message: /^line 39 is indented with a tab, and YAML only understands spaces/,
    fix: /indent it with 4 spaces/,
  },
  'unknown-status-in-a-list': {
    file: 'demo-a.yaml',
    line: 32,
    message: /^annotation `a-repairs-claim` has an unknown status `anonymous-sorce` in its list$/,
    fix: /^did you mean `anonymous-source`\? \(use one of: not-verified, one-side, anonymous-source, speculation\)$/,
  },
  'status-listed-twice': {
    file: 'demo-a.yaml',
    line: 32,
    message: /^annotation `a-repairs-claim`: `status` lists `not-verified` twice$/,
    fix: /^remove the second `not-verified`$/,
  },
  'refers-to-without-source': {
    file: 'demo-a.yaml',
    line: 20,
    message:
      /^annotation `a-minister`: `refersTo` names who the source is, so it needs a `source` \(a pronoun such as “he”\)$/,
    fix: /^add `source:` with the pronoun from the text, or remove `refersTo`$/,
  },
  'disclaimer-with-a-status': {
    file: 'demo-a.yaml',
    line: 44,
    message: /^annotation `a-cannot-verify`: a disclaimer annotation has no `status` field$/,
    fix: /^remove it; the fields of each kind are in packages\/core\/corpus\/README\.md$/,
  },
  'placeholder-left-in': {
    file: 'demo-a.yaml',
    line: 5,
    message:
      /^article `demo-a`: `byline` still holds the template’s words \(“FILL IN who wrote it, as the page says, or none”\)$/,
    fix: /^write who wrote it, as the page says, or `byline: none` if there is none$/,
  },
  'empty-article-file': {
    file: 'demo-a.yaml',
    line: 0,
    message: /the file is empty/,
    fix: /README/,
  },
  'empty-story-file': { file: 'story.yaml', line: 0, message: /the file is empty/, fix: /README/ },
  'wrong-type-borderline': {
    file: 'demo-a.yaml',
    line: 40,
    message: /`a-battered`: `borderline` must be true or false, not the text “maybe”/,
    fix: /^$/,
  },
  'wrong-type-alternatives': {
    file: 'demo-a.yaml',
    line: 39,
    message: /`a-battered`: `alternatives` must be a list of plainer words.*not the text “hit”/,
    fix: /^$/,
  },
  'wrong-type-selector': {
    file: 'demo-a.yaml',
    line: 38,
    message: /`a-battered`: `quote` must be the quoted text.*not a list/,
    fix: /^$/,
  },
  'missing-explanation': {
    file: 'demo-a.yaml',
    line: 36,
    message: /annotation `a-battered` is missing the required field `explanation`/,
    fix: /add `explanation: …`/,
  },
  'missing-kind': {
    file: 'demo-a.yaml',
    line: 36,
    message: /annotation `a-battered` is missing the required field `kind`/,
    fix: /loaded-wording/,
  },
  'missing-cue': {
    file: 'demo-a.yaml',
    line: 14,
    message: /annotation `a-minister` is missing the required field `cue`/,
    fix: /add `cue: …`; only `sourceType: unattributed` \(or `vague`\) has no cue/,
  },
  'unattributed-with-source': {
    file: 'demo-a.yaml',
    line: 17,
    message:
      /`a-minister`: `source` must be left out, and so must `cue`, when `sourceType: unattributed`.*pick the source type that fits/,
    fix: /^$/,
  },
  'unknown-kind': {
    file: 'demo-a.yaml',
    line: 37,
    message: /`a-battered` has an unknown kind `loaded-word`/,
    fix: /did you mean `loaded-wording`\?/,
  },
  'unknown-source-type': {
    file: 'demo-a.yaml',
    line: 20,
    message: /`a-minister` has an unknown sourceType `named-oficial`/,
    fix: /did you mean `named-official`\?/,
  },
  'unknown-claim-status': {
    file: 'demo-a.yaml',
    line: 32,
    message: /`a-repairs-claim` has an unknown status `unverfied`/,
    fix: /use one of: not-verified, one-side, anonymous-source, speculation/,
  },
  'unknown-difference-kind': {
    file: 'differences.yaml',
    line: 7,
    message: /difference `battered-clobbered` has an unknown kind `reword`/,
    fix: /did you mean `reworded`\?/,
  },
  'unknown-field': {
    file: 'demo-a.yaml',
    line: 40,
    message: /`a-battered` has an unknown field `explaination`/,
    fix: /did you mean `explanation`\?/,
  },
  'bad-annotation-id': {
    file: 'demo-a.yaml',
    line: 36,
    message: /annotation `A Battered`: `id` must be a URL-safe id/,
    fix: /^$/,
  },
  'bad-date': {
    file: 'demo-a.yaml',
    line: 4,
    message: /article `demo-a`: `published` must be a real date written YYYY-MM-DD/,
    fix: /^$/,
  },
  'impossible-date': {
    file: 'demo-a.yaml',
    line: 4,
    message: /article `demo-a`: `published` must be a real date written YYYY-MM-DD/,
    fix: /^$/,
  },
  'article-url-javascript': {
    file: 'demo-a.yaml',
    line: 8,
    message:
      /article `demo-a`: `url` must be the address of the article on the web, starting with https:\/\//,
    fix: /^$/,
  },
  'article-url-http': {
    file: 'demo-a.yaml',
    line: 8,
    message:
      /article `demo-a`: `url` must be the address of the article on the web, starting with https:\/\//,
    fix: /^$/,
  },
  'annotations-not-a-list': {
    file: 'demo-a.yaml',
    line: 9,
    message: /`annotations` must be a list of annotations/,
    fix: /^$/,
  },
  'quote-not-found': {
    file: 'demo-a.yaml',
    line: 38,
    message: /`a-battered`: quote “batterd” is not in the article/,
    fix: /did you mean “battered” \(paragraph 4\)\?/,
  },
  'quote-ambiguous': {
    file: 'demo-a.yaml',
    line: 17,
    message:
      /`a-minister`: quote “said” appears 2 times in the article: 1\. paragraph 1: .*2\. paragraph 2:/,
    fix: /`occurrence: N`.*`prefix`\/`suffix`.*`paragraph: N`/,
  },
  'occurrence-out-of-range': {
    file: 'demo-a.yaml',
    line: 38,
    message: /quote “bridge” has occurrence: 3 but appears only 2 time\(s\) in paragraph 4/,
    fix: /use an occurrence from 1 to 2/,
  },
  'prefix-mismatch': {
    file: 'demo-a.yaml',
    line: 38,
    message:
      /quote “battered” is in the article 1 time\(s\) but never with the given prefix\/suffix/,
    fix: /The bridge was \[battered\]/,
  },
  'paragraph-does-not-exist': {
    file: 'demo-a.yaml',
    line: 16,
    message: /`a-minister`: `paragraph: 40` does not exist in this article/,
    fix: /use a number from 1 to 5/,
  },
  'headline-with-paragraph-number': {
    file: 'demo-a.yaml',
    line: 12,
    message: /`a-headline`: a headline cannot use a paragraph number/,
    fix: /remove `paragraph:`/,
  },
  'headline-not-whole-line': {
    file: 'demo-a.yaml',
    line: 10,
    message:
      /`a-headline`: a headline must cover whole lines of the text, but “Minister says bridge” is only part of line 1 of the \.txt/,
    fix: /every word of the line/,
  },
  'overlap-same-kind': {
    file: 'demo-a.yaml',
    line: 50,
    message:
      /loaded-wording annotations `a-by-storms` and `a-storms-and` partly overlap on “storms” \(paragraph 4\)/,
    fix: /nest/,
  },
  'duplicate-annotation-id': {
    file: 'demo-a.yaml',
    line: 41,
    message: /id `a-battered` is used twice in this story \(first at .*demo-a\.yaml:36\)/,
    fix: /its own id/,
  },
  'duplicate-id-across-articles': {
    file: 'demo-b.yaml',
    line: 10,
    message: /id `a-battered` is used twice in this story \(first at .*demo-a\.yaml:36\)/,
    fix: /its own id/,
  },
  'claim-attribution-unknown': {
    file: 'demo-a.yaml',
    line: 34,
    message: /`a-repairs-claim`: `attribution: a-enginers` is not the id of any annotation/,
    fix: /did you mean `a-engineers`\?/,
  },
  'claim-attribution-wrong-kind': {
    file: 'demo-a.yaml',
    line: 34,
    message: /`attribution: a-battered` names a loaded-wording annotation, not an attribution/,
    fix: /a-minister, a-engineers/,
  },
  'article-text-missing': {
    file: 'story.yaml',
    line: 5,
    message: /article `demo-b` has no demo-b\.txt/,
    fix: /add demo-b\.txt beside demo-b\.yaml/,
  },
  'article-not-listed': {
    file: 'demo-b.yaml',
    line: 0,
    message: /article `demo-b` is not listed in story\.yaml/,
    fix: /add it to `articles:`/,
  },
  'article-id-mismatch': {
    file: 'demo-a.yaml',
    line: 1,
    message: /article id `demo-x` does not match its file name demo-a\.yaml/,
    fix: /write `id: demo-a`/,
  },
  'story-id-mismatch': {
    file: 'story.yaml',
    line: 1,
    message: /story id `bridge-story` does not match its folder name `demo`/,
    fix: /write `id: demo`/,
  },
  'differences-unknown-article': {
    file: 'differences.yaml',
    line: 2,
    message: /`to: demo-bb` is not the story's second article/,
    fix: /did you mean `demo-b`\?/,
  },
  'difference-quote-not-found': {
    file: 'differences.yaml',
    line: 9,
    message: /difference `battered-clobbered`: quote “clobered” is not in the Demo Times version/,
    fix: /did you mean “clobbered” \(paragraph 3\)\?/,
  },
  'alignment-paragraph-missing': {
    file: 'differences.yaml',
    line: 4,
    message: /alignment: demo-b has no paragraph 9/,
    fix: /from 1 to 3/,
  },
  'alignment-pairs-cross': {
    file: 'differences.yaml',
    line: 4,
    message: /alignment pair could not be kept: it crosses another pinned pair/,
    fix: /reading order/,
  },
  'text-with-nul': {
    file: 'demo-a.txt',
    line: 2,
    message: /NUL character/,
    fix: /plain-text file saved as UTF-8/,
  },
  'empty-article-text': {
    file: 'demo-a.txt',
    line: 0,
    message: /^the file is empty$/,
    fix: /paste the article into it/,
  },
  'text-not-nfc': {
    file: 'demo-a.txt',
    line: 6,
    message: /not NFC.*joined/,
    fix: /NFC/,
    severity: 'warning',
  },
};

describe('a planted mistake gives one located message with a fix', () => {
  test.each(Object.entries(PLANTED))('%s', (fixture, expected) => {
    const { diagnostics } = load(fixture);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({
      file: `${FIXTURES}/${fixture}/demo/${expected.file}`,
      line: expected.line,
      severity: expected.severity ?? 'error',
    });
    if (expected.line > 0) expect(d.column).toBeGreaterThan(0);
    expect(d.message).toMatch(expected.message);
    expect(d.fix ?? '').toMatch(expected.fix);
  });
});

// YAML slips met by teachers: each message comes with the one change that fixes it.
const WITH_EDITS = [
  'field-indented-one-space-too-few',
  'unclosed-list',
  'unclosed-quote',
  'dash-missing',
  'missing-colon',
  'text-after-closing-quote',
  'list-item-joined',
  'comma-in-braces',
  'unquoted-colon',
  'tab-indentation',
  'unknown-status-in-a-list',
];

describe('a suggested change passes the check once applied', () => {
  const withEdits = Object.keys(PLANTED).filter((fixture) => load(fixture).diagnostics[0]?.edit);
  test('every YAML slip teachers met comes with one', () => {
    expect(withEdits).toEqual(expect.arrayContaining(WITH_EDITS));
  });
  test.each(withEdits)('%s', (fixture) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-edit-'));
    try {
      cpSync(path.join(__dirname, 'fixtures', fixture), dir, { recursive: true });
      const [d] = load(fixture).diagnostics;
      const file = path.join(dir, d!.file.slice(`${FIXTURES}/${fixture}/`.length));
      const text = readFileSync(file, 'utf8');
      const { offset, length, text: replacement } = d!.edit!;
      writeFileSync(file, text.slice(0, offset) + replacement + text.slice(offset + length));
      expect(loadCorpus(dir).diagnostics.map(formatDiagnostic)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The annotations of demo-a other than `a-battered`, the one the fixtures below break. */
const AROUND_THE_BROKEN_ONE = [
  'a-headline',
  'a-minister',
  'a-engineers',
  'a-repairs-claim',
  'a-newsletter',
];
const annotationIdsOf = (fixture: string) =>
  load(fixture)
    .corpus.articles.find((a) => a.id === 'demo-a')!
    .annotations.map((a) => a.id);

test('a YAML slip in one annotation leaves out that annotation only, and names it', () => {
  const { corpus } = load('field-indented-one-space-too-few');
  expect(annotationIdsOf('field-indented-one-space-too-few')).toEqual(AROUND_THE_BROKEN_ONE);
  expect(corpus.leftOut).toEqual([
    expect.objectContaining({ what: 'annotation', id: 'a-battered', in: 'demo-a' }),
  ]);
});

test('a YAML slip in an article’s details leaves the article out, with the slip as the reason', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-meta-'));
  try {
    cpSync(path.join(__dirname, 'fixtures', 'valid-story'), dir, { recursive: true });
    const file = path.join(dir, 'demo', 'demo-a.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'byline: Dee Reporter, Demo Wire',
        'byline: Dee: Reporter',
      ),
    );
    const { corpus, diagnostics } = loadCorpus(dir);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the text on line 5 contains “: ”, which YAML reads as the start of another field. Until it is fixed, nothing in this file can be read.',
    ]);
    expect(corpus.leftOut).toEqual([
      { what: 'article', id: 'demo-a', in: 'demo', cause: diagnostics[0] },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('none is a valid answer where there is none: no byline, no dateline, no wire', () => {
  const { corpus, diagnostics } = load('none-where-there-is-none');
  expect(diagnostics).toEqual([]);
  const article = corpus.articles.find((a) => a.id === 'demo-a')!;
  expect([article.byline, article.dateline, article.wire]).toEqual([null, null, null]);
});

test('a placeholder left in is an error, but the article still loads for the preview', () => {
  const { corpus } = load('placeholder-left-in');
  expect(corpus.articles.map((a) => a.id)).toEqual(['demo-a', 'demo-b']);
  expect(corpus.leftOut).toEqual([]);
});

test('there are at least 30 planted mistakes, each in a fixture folder of its own', () => {
  expect(Object.keys(PLANTED).length).toBeGreaterThanOrEqual(30);
});

test('a story listing an article that does not exist names it and suggests the unlisted one', () => {
  const { diagnostics } = load('story-lists-unknown-article');
  const messages = diagnostics.map((d: Diagnostic) => `${d.message} — ${d.fix}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /article `demo-c` is listed in story\.yaml but there is no demo-c\.yaml or demo-c\.txt.*did you mean `demo-b`\?/,
      ),
      expect.stringMatching(/article `demo-b` is not listed in story\.yaml/),
    ]),
  );
});

test('a folder without story.yaml is reported, not skipped', () => {
  const { diagnostics } = load('story-without-story-yaml');
  expect(diagnostics).toEqual([
    expect.objectContaining({
      file: `${FIXTURES}/story-without-story-yaml/notes`,
      message: 'story folder `notes` has no story.yaml',
    }),
  ]);
});

test('the valid demo story loads without a single diagnostic', () => {
  const { corpus, diagnostics } = load('valid-story');
  expect(diagnostics).toEqual([]);
  expect(corpus.stories.map((s) => s.id)).toEqual(['demo']);
  expect(corpus.articles.map((a) => a.annotations.length)).toEqual([6, 1]);
});

test('an unnamed group has a source and a cue; a vague source may have both, or a cue alone', () => {
  const { corpus, diagnostics } = load('vague-and-unnamed-sources');
  expect(diagnostics).toEqual([]);
  const article = corpus.articles.find((a) => a.id === 'demo-a')!;
  const quoted = (id: string) => {
    const a = article.annotations.find((x) => x.id === id)!;
    if (a.kind !== 'attribution') throw new Error(`${id} is not an attribution`);
    const words = (s: { start: number; end: number } | null) =>
      s && article.text.slice(s.start, s.end);
    return [a.sourceType, words(a.source), words(a.cue)];
  };
  expect(quoted('a-opponents')).toEqual(['unnamed-group', 'Opponents', 'slammed']);
  expect(quoted('a-reportedly')).toEqual(['vague', null, 'Reportedly']);
  expect(quoted('a-some-say')).toEqual(['vague', 'Some', 'say']);
});

test('one bad annotation does not cost the good ones around it', () => {
  expect(annotationIdsOf('quote-not-found')).toEqual(AROUND_THE_BROKEN_ONE);
});

test('a mistyped kind still keeps the rest of the article', () => {
  const { corpus } = load('unknown-kind');
  expect(corpus.articles.find((a) => a.id === 'demo-a')!.annotations).toHaveLength(5);
});

test('straight quotes typed by a teacher anchor on the curly quotes of the text, with exact offsets', () => {
  const article = load('valid-story').corpus.articles.find((a) => a.id === 'demo-a')!;
  const engineers = article.annotations.find((a) => a.id === 'a-engineers')!;
  expect(
    engineers.kind === 'attribution' &&
      article.text.slice(engineers.source!.start, engineers.source!.end),
  ).toBe('the city’s engineers');
  expect(article.text.slice(engineers.span.start, engineers.span.end)).toBe(
    'Officials said the “repairs” were finished, according to the city’s engineers',
  );
});

test('a text with a BOM, CRLF line ends or decomposed accents anchors as if it were clean', () => {
  const clean = load('valid-story').corpus.articles.find((a) => a.id === 'demo-a')!;
  for (const fixture of ['text-with-bom', 'text-with-crlf']) {
    // What every editor may write, repaired without changing a letter: nothing for an author to do.
    expect(load(fixture).diagnostics).toEqual([]);
    const article = load(fixture).corpus.articles.find((a) => a.id === 'demo-a')!;
    expect(article.text).toBe(clean.text);
    expect(article.annotations).toEqual(
      clean.annotations.map((a) => ({
        ...a,
        location: { ...a.location, file: a.location.file.replace('valid-story', fixture) },
      })),
    );
  }
  const accented = load('text-not-nfc').corpus.articles.find((a) => a.id === 'demo-a')!;
  const cafe = accented.annotations.find((a) => a.id === 'a-cafe')!;
  expect(accented.text.slice(cafe.span.start, cafe.span.end)).toBe('café readers');
});

test('blocks get their roles and paragraph numbers from the structure annotations', () => {
  const article = load('valid-story').corpus.articles.find((a) => a.id === 'demo-a')!;
  expect(article.headline).toBe('Minister says bridge will reopen');
  expect(article.blocks.map((b) => [b.role, b.paragraph])).toEqual([
    ['headline', null],
    ['paragraph', 1],
    ['paragraph', 2],
    ['paragraph', 3],
    ['paragraph', 4],
    ['boilerplate', 5],
  ]);
});
