/**
 * The teacher path, kept working: fixtures/teacher-trial is what a new teacher made by following
 * only docs/authoring-guide.md — a made-up local news article added with `npm run new -- article`
 * and annotated (a byline, a dateline, a named and an anonymous attribution, an unverified claim,
 * three loaded words), and a lesson from `npm run new -- lesson` that uses Spot, Choice and
 * Rewrite on it. It lives here, not in the kit's corpus and lessons, because the kit's articles
 * are real news.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '@sayswho/core';
import { checkLessons, readLessonSources } from './check-lessons';
import { runCheck } from './cli/run-check';
import { runNew } from './cli/run-new';

const trial = path.join(__dirname, 'fixtures', 'teacher-trial');
const story = path.join(trial, 'corpus', 'board');

function capture() {
  const lines: string[] = [];
  return { out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) }, lines };
}

test('npm run check passes the teacher’s article and lesson with no error or warning', () => {
  const { out, lines } = capture();
  const code = runCheck(
    ['--corpus', path.join(trial, 'corpus'), '--lessons', path.join(trial, 'lessons')],
    out,
    trial,
  );
  expect(lines.filter((l) => /\b(error|warning):/.test(l))).toEqual([]);
  expect(lines.join('\n')).toContain(
    'Checked 1 lesson(s) with 3 exercise(s), and 1 article(s) in 1 story(ies).\n✓ All good.',
  );
  expect(code).toBe(0);
});

test('the teacher’s Spot, Choice and Rewrite have answer keys drawn from the annotations', () => {
  const { corpus } = loadCorpus(path.join(trial, 'corpus'));
  const [lesson] = checkLessons(readLessonSources(path.join(trial, 'lessons')), corpus).lessons;
  const keys = Object.fromEntries(lesson!.exercises.map((e) => [e.type, e.key]));
  expect(Object.keys(keys)).toEqual(['spot', 'choice', 'rewrite']);

  const spot = keys.spot!.type === 'spot' ? keys.spot!.key : null;
  expect(spot?.gold.map((g) => g.id)).toEqual([
    'ledger-delgado-buses',
    'ledger-employee-cheaper-schedule',
  ]);
  expect(spot?.gold.map((g) => g.label)).toEqual(['said', 'said']);

  const choice = keys.choice!.type === 'choice' ? keys.choice!.key : null;
  expect(choice?.options.filter((o) => o.correct).map((o) => o.id)).toEqual(['option-2']);

  const rewrite = keys.rewrite!.type === 'rewrite' ? keys.rewrite!.key : null;
  expect(rewrite?.original).toBe(
    "Supporters of the later start called the decision a betrayal of students' health.",
  );
  expect(rewrite?.loaded.map((l) => l.text)).toEqual(['betrayal']);
});

test('npm run new -- article still turns the teacher’s plain text into the article the annotations were written for', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-trial-'));
  try {
    mkdirSync(path.join(dir, 'corpus'));
    cpSync(path.join(story, 'board-millbrook-ledger.txt'), path.join(dir, 'board.txt'));
    const args = [
      'article',
      '--text',
      'board.txt',
      '--outlet',
      'Millbrook Ledger',
      '--corpus',
      'corpus',
    ];
    expect(runNew(args, capture().out, dir)).toBe(0);

    const made = path.join(dir, 'corpus', 'board');
    expect(readFileSync(path.join(made, 'board-millbrook-ledger.txt'), 'utf8')).toBe(
      readFileSync(path.join(story, 'board-millbrook-ledger.txt'), 'utf8'),
    );
    cpSync(
      path.join(story, 'board-millbrook-ledger.yaml'),
      path.join(made, 'board-millbrook-ledger.yaml'),
    );
    expect(loadCorpus(path.join(dir, 'corpus')).diagnostics).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
