import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { loadCorpus } from '../corpus/load-corpus';
import { exportArticle, exportDifferences, type W3cAnnotation } from './export-w3c';
import { importArticle, importDifferences } from './import-w3c';
import { writeW3cExport } from './write-w3c-export';

const { corpus, diagnostics } = loadCorpus();
const exported = corpus.articles.map((article) => ({ article, json: exportArticle(article) }));
const differences = corpus.stories.flatMap((story) => exportDifferences(story, corpus));
const everything: W3cAnnotation[] = [...exported.flatMap((e) => e.json), ...differences];

test('the seed corpus loads without errors, so the export covers every annotation', () => {
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(everything.length).toBeGreaterThan(100);
});

describe('W3C export', () => {
  test('every annotation has an absolute urn:sayswho IRI, unique in the export', () => {
    const ids = everything.map((a) => a.id);
    expect(
      ids.every((id) => /^urn:sayswho:(annotation|difference):[a-z0-9-]+:[a-z0-9-]+$/.test(id)),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('positions count code points into the exported .txt and hold the quoted text', () => {
    for (const { article, json } of exported) {
      const codePoints = Array.from(article.text);
      for (const annotation of json) {
        const [quote, position] = (
          annotation.target as { selector: [{ exact: string }, { start: number; end: number }] }
        ).selector;
        expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      }
    }
  });

  test('a kind is a tagging body and the explanation a TextualBody', () => {
    const loaded =
      exported.flatMap((e) => e.json).find((a) => a.id.endsWith(':latimes-battered')) ??
      exported[0]!.json[0]!;
    expect(loaded.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: expect.any(String) },
      expect.objectContaining({
        type: 'TextualBody',
        purpose: 'describing',
        value: expect.any(String),
      }),
    ]);
    const tags = new Set(everything.map((a) => (a.body as { value: string }[])[0]!.value));
    for (const tag of [
      'attribution',
      'unverified-claim',
      'loaded-wording',
      'disclaimer',
      'boilerplate',
      'version-difference',
    ])
      expect(tags).toContain(tag);
  });

  test('a claim with several statuses exports them as a list, a claim with one as one id', () => {
    const byId = (id: string) => everything.find((a) => a.id.endsWith(`:${id}`))!;
    expect(byId('latimes-kovalenko-factory-claim')['sayswho:status']).toEqual([
      'not-verified',
      'one-side',
    ]);
    expect(byId('latimes-austin-safer-mines-claim')['sayswho:status']).toBe('one-side');
  });

  test('a pronoun source says whom it refers to; a disclaimer is tagged as one', () => {
    const byId = (id: string) => everything.find((a) => a.id.endsWith(`:${id}`))!;
    expect(byId('latimes-kovalenko-arsenal')['sayswho:refersTo']).toBe('Andrii Kovalenko');
    expect(byId('latimes-kovalenko-factory')['sayswho:refersTo']).toBeNull();
    expect((byId('latimes-cannot-verify').body as { value: string }[])[0]!.value).toBe(
      'disclaimer',
    );
  });

  test('a difference found in both versions targets both articles, an addition only the second', () => {
    const sourcesOf = (kind: string) =>
      (
        differences.find((d) => d['sayswho:differenceKind'] === kind)!.target as {
          source: string;
        }[]
      ).map((t) => t.source);
    expect(sourcesOf('punctuation')).toEqual([
      'urn:sayswho:article:ap-landmines-latimes',
      'urn:sayswho:article:ap-landmines-spectrum',
    ]);
    expect(sourcesOf('added')).toEqual(['urn:sayswho:article:ap-landmines-spectrum']);
  });

  test('the export command writes a .txt and a .json per article and the story differences', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-w3c-'));
    try {
      writeW3cExport(corpus, dir);
      const files = readdirSync(dir).sort();
      expect(files).toEqual(
        expect.arrayContaining([
          'ap-landmines-latimes.txt',
          'ap-landmines-latimes.json',
          'ap-landmines-2024.differences.json',
        ]),
      );
      const latimes = corpus.articles.find((a) => a.id === 'ap-landmines-latimes')!;
      expect(readFileSync(path.join(dir, 'ap-landmines-latimes.txt'), 'utf8')).toBe(latimes.text);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('W3C import', () => {
  test('reads every exported annotation back identically (kinds, fields, offsets)', () => {
    for (const { article, json } of exported) {
      expect(importArticle(JSON.parse(JSON.stringify(json)), article)).toEqual(article.annotations);
    }
  });

  test('reads every exported version difference back identically', () => {
    const texts = Object.fromEntries(corpus.articles.map((a) => [a.id, a.text]));
    for (const story of corpus.stories) {
      const json = JSON.parse(JSON.stringify(exportDifferences(story, corpus)));
      expect(importDifferences(json, texts)).toEqual(story.comparison?.differences ?? []);
    }
  });

  test('refuses positions that no longer hold the quoted text', () => {
    const { article, json } = exported[0]!;
    expect(() => importArticle(json, { id: article.id, text: `X${article.text}` })).toThrow(
      /not the quoted/,
    );
  });
});

// The W3C Web Annotation test suite stays outside the repo; CI provides it beside the checkout.
const SUITE = path.resolve(__dirname, '../../../../../shared/w3c-annotation-tests');
const suiteTest = existsSync(SUITE) ? test : test.skip;
if (!existsSync(SUITE)) console.log(`W3C conformance test NOT RUN: ${SUITE} does not exist.`);

function mustValidators(): {
  assertion: string;
  message: string;
  validate: (data: unknown) => boolean;
}[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  for (const name of readdirSync(path.join(SUITE, 'definitions')).filter((n) =>
    n.endsWith('.json'),
  )) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(SUITE, 'definitions', name), 'utf8')));
  }
  const musts = JSON.parse(
    readFileSync(path.join(SUITE, 'annotations/annotationMusts.test'), 'utf8'),
  ) as { assertions: string[] };
  return musts.assertions.map((assertion) => {
    const schema = JSON.parse(readFileSync(path.join(SUITE, assertion), 'utf8'));
    const validate = ajv.compile(schema);
    return {
      assertion,
      message: schema.errorMessage,
      validate: (data: unknown) => validate(data) as boolean,
    };
  });
}

suiteTest('every exported annotation passes the W3C test suite MUST assertions', () => {
  const validators = mustValidators();
  expect(validators.length).toBeGreaterThan(40);
  const failures = validators.flatMap(({ assertion, message, validate }) =>
    everything.filter((a) => !validate(a)).map((a) => `${a.id} fails ${assertion}: ${message}`),
  );
  expect(failures).toEqual([]);

  // The suite has teeth: an annotation without the W3C context, or with body and bodyValue, fails.
  const sample = everything[0]!;
  const { '@context': _, ...contextless } = sample;
  const broken = [contextless, { ...sample, bodyValue: 'x' }];
  for (const annotation of broken)
    expect(validators.some(({ validate }) => !validate(annotation))).toBe(true);
});
