/**
 * The teacher's dashboard with a big class (issue 18): a PGlite data folder filled with one class
 * of 300 students × 30 events over three lessons (`fillBigClass`, the services with an injected
 * clock), the production build started on it, the teacher signed in through their link, then in
 * Chromium (no CPU slowdown: the teacher's laptop, this machine):
 *   - the class page and the projector (one Spot revealed), each loaded in a fresh browser context
 *     (a first view, nothing cached): the server's time (responseStart − requestStart) and the
 *     first view (navigation start → first contentful paint, → load); first each on a freshly
 *     started server once it has read ahead (the first view after a restart), then 5 times;
 *   - a live update: with the class page open and its live stream connected, the bench marks the
 *     page, then one student's device posts a Check to /api/class/events; the window ends when the
 *     student's row of the roster shows it and the next frame is produced (the interaction's
 *     method). Main-thread time in that window from a trace, and its wall time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '@sayswho/core';
import type { ClassLesson } from '@sayswho/classroom';
import { anAnswer, anEvent, fillBigClass, type BigClassStudent } from '@sayswho/classroom/testing';
import { checkLessons, readLessonSources } from '@sayswho/lessons';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { classResultsText } from '../../apps/web/lib/ui-text/class-results';
import { CHROMIUM_FLAGS, ensureChromium } from '../lib/chromium';
import { freePort } from '../lib/free-port';
import { benchTmp } from './bench-paths';
import { liveTargets, type LiveTarget } from './class-dashboard-plan';
import { signInWithLink } from './class-load-teacher';
import { mainThreadBetweenMarks, type MainThreadWindow } from './main-thread-time';
import { startNextServer } from './next-server';
import { tracePage } from './page-trace';
import { waitUntilIdle } from './process-idle';
import { progress, secondsSince } from './progress';
import { medianOf, round, roundedFigures } from './stats';

export const DASHBOARD_STUDENTS = 300;
const EVENTS_EACH = 30;
const RUNS = 5;
const HOUR = 3_600_000;
const SENT_MARK = 'bench:check-sent';
const SHOWN_MARK = 'bench:check-shown';
/** The server's line once it has read ahead, or could not (`packages/classroom/src/services/warm-up.ts`). */
const WARM_UP_LINE = /Says Who class mode: warm(ed up|ing up failed)/;
/** Reading ahead 300 students' events takes seconds on a busy machine; a server without it never says so. */
const WARM_UP_WAIT_MS = 60_000;
/** The last live update's trace, to open in Chromium's Performance panel. */
export const DASHBOARD_TRACE_FILE = join(benchTmp, 'class-dashboard-trace.json');

/** One page load, in ms from navigation start, and the document's size in bytes. */
export interface PageLoad {
  serverMs: number;
  firstContentfulPaintMs: number;
  loadMs: number;
  /** The HTML as sent (compressed) and as parsed. */
  htmlBytes: number;
  htmlDecodedBytes: number;
}

export interface LiveUpdate extends MainThreadWindow {
  /** The refreshed page's data (Next's RSC payload) as sent and as parsed. */
  refreshBytes: number;
  refreshDecodedBytes: number;
}

/** A page's first view on a server just started, after it answered and read ahead (if it does). */
export interface FirstViewAfterStart extends PageLoad {
  /** From starting `next start` to its first answer. */
  answeredMs: number;
  /** Its warm-up line (`warm-up.ts`) and when it came, ms from the start; null when none came. */
  warmUp: { line: string; atMs: number } | null;
  /** How long after that line its process went quiet (under 5% of a core for 1 s); null: never, in 60 s. */
  quietAfterMs: number | null;
}

export interface ClassDashboardResult {
  generatedAt: string;
  students: number;
  events: number;
  lessons: string[];
  fillSeconds: number;
  classPage: { median: PageLoad; samples: PageLoad[] };
  projector: { exercise: string; median: PageLoad; samples: PageLoad[] };
  /** Each page opened first on a freshly started server (the medians are a warm server's). */
  firstViewAfterStart: { classPage: FirstViewAfterStart; projector: FirstViewAfterStart };
  liveUpdate: { median: LiveUpdate; samples: LiveUpdate[] };
  loadAverage: { before: number[]; after: number[] };
}

// Page scripts are strings: functions compiled by tsx carry a `__name` helper the page lacks.
const PAGE_LOAD_SCRIPT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    serverMs: nav.responseStart - nav.requestStart,
    firstContentfulPaintMs: fcp ? fcp.startTime : NaN,
    loadMs: nav.loadEventEnd,
    htmlBytes: nav.encodedBodySize,
    htmlDecodedBytes: nav.decodedBodySize,
  };
})()`;

/** The student's row of the roster, as classes and text: it changes when their Check shows. */
function watchRowScript(studentId: string): string {
  return `(() => {
    const row = () => document
      .querySelector('.work-table a[href$="/students/${studentId}"]')
      ?.closest('tr');
    const cells = () => [...(row()?.querySelectorAll('td') ?? [])]
      .map((td) => td.className + ':' + td.textContent).join('|');
    const before = cells();
    if (!before) throw new Error('no roster row for student ${studentId}');
    window.__benchShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (cells() === before) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark(${JSON.stringify(SHOWN_MARK)});
          resolve(true);
        }, 0));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  })()`;
}

// What the page fetched to show the change: its live view (\`/view?\`), or a refresh's RSC payload.
const REFRESH_BYTES_SCRIPT = `(() => {
  const sent = performance.getEntriesByName(${JSON.stringify(SENT_MARK)})[0].startTime;
  const rsc = performance.getEntriesByType('resource')
    .filter((r) => r.startTime >= sent && (r.name.includes('_rsc=') || r.name.includes('/view?')));
  return {
    refreshBytes: rsc.reduce((sum, r) => sum + r.encodedBodySize, 0),
    refreshDecodedBytes: rsc.reduce((sum, r) => sum + r.decodedBodySize, 0),
  };
})()`;

async function signedInContext(browser: Browser, origin: string, cookie: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const [name, ...value] = cookie.split('=');
  await context.addCookies([{ name: name!, value: value.join('='), url: origin }]);
  return context;
}

/** `runs` first views of `url`, each in a fresh context; `ready` is a selector the view must show. */
async function measureLoads(
  browser: Browser,
  origin: string,
  cookie: string,
  url: string,
  ready: string,
  runs = RUNS,
): Promise<PageLoad[]> {
  const samples: PageLoad[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await signedInContext(browser, origin, cookie);
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      if ((await page.locator(ready).count()) === 0)
        throw new Error(`${url} shows no ${ready}: not the page to measure (${page.url()}).`);
      await page.waitForFunction(`performance.getEntriesByType('navigation')[0].loadEventEnd > 0`);
      samples.push((await page.evaluate(PAGE_LOAD_SCRIPT)) as PageLoad);
    } finally {
      await context.close();
    }
  }
  return samples;
}

/** The ids of the students whose rows the roster's progress shows on the page at `url`. */
async function studentsShown(browser: Browser, origin: string, cookie: string, url: string) {
  const context = await signedInContext(browser, origin, cookie);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const hrefs = await page
      .locator('.work-table a[href*="/students/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return new Set(hrefs.map((href) => href.split('/').at(-1)!));
  } finally {
    await context.close();
  }
}

async function postCheck(
  origin: string,
  target: LiveTarget<BigClassStudent>,
  classLessons: readonly ClassLesson[],
  n: number,
): Promise<void> {
  const [slug, exerciseId] = target.exerciseKey.split('/') as [string, string];
  const lesson = classLessons.find((l) => l.slug === slug)!;
  const exercise = lesson.exercises.find((e) => e.id === exerciseId)!;
  const event = anEvent(lesson, exercise, 'check', anAnswer(exercise, n), {
    at: new Date().toISOString(),
  });
  const response = await fetch(`${origin}/api/class/events`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${target.student.deviceToken}`,
      Origin: origin,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ events: [event] }),
  });
  const body = (await response.json()) as { results?: { status: string; reason?: string }[] };
  if (response.status !== 200 || body.results?.[0]?.status !== 'recorded')
    throw new Error(`The Check was not recorded (${response.status}): ${JSON.stringify(body)}`);
}

async function measureLiveUpdate(
  context: BrowserContext,
  url: string,
  origin: string,
  target: LiveTarget<BigClassStudent>,
  classLessons: readonly ClassLesson[],
  n: number,
): Promise<LiveUpdate> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Connected: the live island has hydrated and its stream is open.
    await page
      .getByRole('status')
      .filter({ hasText: classResultsText.live.open })
      .waitFor({ timeout: 30_000 });
    await page.evaluate(watchRowScript(target.student.id));
    let shown: unknown = false;
    const events = await tracePage(page, DASHBOARD_TRACE_FILE, async () => {
      await page.evaluate(`performance.mark(${JSON.stringify(SENT_MARK)})`);
      await postCheck(origin, target, classLessons, n);
      let timer: ReturnType<typeof setTimeout> | undefined;
      shown = await Promise.race([
        page.evaluate('window.__benchShown'),
        new Promise((resolve) => (timer = setTimeout(() => resolve(false), 30_000))),
      ]);
      clearTimeout(timer);
    });
    if (!shown)
      throw new Error(
        `The roster did not show ${target.student.id}'s Check on ${target.exerciseKey} within 30 s.`,
      );
    const busy = mainThreadBetweenMarks(events, SENT_MARK, SHOWN_MARK);
    return {
      ...busy,
      ...((await page.evaluate(REFRESH_BYTES_SCRIPT)) as {
        refreshBytes: number;
        refreshDecodedBytes: number;
      }),
    };
  } finally {
    await page.close();
  }
}

/** Fills a data folder with the big class (before the server starts: PGlite has one owner). */
async function fillDataFolder(dataDir: string, lessonsDir: string, origin: string) {
  const { corpus } = loadCorpus();
  // Joined two hours ago (two hours: a class admits 200 joins an hour); the class ends in a month.
  const { classroom, ...filled } = await fillBigClass({
    dataDir,
    lessons: checkLessons(readLessonSources(lessonsDir), corpus).lessons,
    students: DASHBOARD_STUDENTS,
    eventsEach: EVENTS_EACH,
    startAt: new Date(Date.now() - 2 * HOUR),
    endsOn: new Date(Date.now() + 30 * 24 * HOUR).toISOString().slice(0, 10),
    origin,
  });
  await classroom.database.close();
  return filled;
}

export async function measureClassDashboard(
  appDir: string,
  lessonsDir: string,
): Promise<ClassDashboardResult> {
  const loadBefore = loadavg();
  const dataDir = mkdtempSync(join(tmpdir(), 'sayswho-bench-dashboard-'));
  // BENCH_PORT: a machine shared by several people hands each a range of ports.
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  try {
    const fillStarted = Date.now();
    const filled = await fillDataFolder(dataDir, lessonsDir, origin);
    const fillSeconds = secondsSince(fillStarted);
    progress(
      `  filled ${DASHBOARD_STUDENTS} students × ${EVENTS_EACH} events in ${fillSeconds.toFixed(1)} s`,
    );
    const start = () => startNextServer(appDir, { classDataDir: dataDir, port });
    let server = await start();
    const browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: CHROMIUM_FLAGS,
    });
    try {
      // The session outlives a restart (it is in the database), as a teacher's does.
      const cookie = await signInWithLink(origin, filled.signInUrl);
      const classUrl = `${origin}/teacher/classes/${filled.klass.id}`;
      const exerciseKeys = filled.classLessons.flatMap((l) =>
        l.exercises.filter((e) => e.type !== 'compare').map((e) => `${l.slug}/${e.id}`),
      );
      const spot = filled.classLessons
        .flatMap((l) =>
          l.exercises.filter((e) => e.type === 'spot').map((e) => `${l.slug}/${e.id}`),
        )
        .at(0);
      if (!spot) throw new Error('None of the class’s lessons has a Spot exercise to project.');
      const projectorUrl = `${classUrl}/project?exercise=${encodeURIComponent(spot)}&reveal=1`;

      // The first view after a start, once the server has answered, read ahead and gone quiet
      // (Next loads every route's code after its first request): a teacher opening the page a
      // minute after a restart. Each page on a server of its own, so neither finds what the
      // other's first view read; the second server serves the rest.
      const firstAfterStart = async (url: string, ready: string): Promise<FirstViewAfterStart> => {
        const warmUp = await server.waitForLine(WARM_UP_LINE, WARM_UP_WAIT_MS);
        const quiet = await waitUntilIdle(server.pid);
        const [load] = await measureLoads(browser, origin, cookie, url, ready, 1);
        return {
          ...roundedFigures(load!),
          answeredMs: server.answeredMs,
          warmUp,
          quietAfterMs: quiet.idle ? quiet.waitedMs : null,
        };
      };
      progress('  class page: the first view after a server start…');
      const classPageFirst = await firstAfterStart(classUrl, '.work-table');
      await server.stop();
      server = await start();
      progress('  projector: the first view after a server start…');
      const projectorFirst = await firstAfterStart(projectorUrl, '.projector');

      progress(`  class page: ${RUNS} first views…`);
      const classPage = await measureLoads(browser, origin, cookie, classUrl, '.work-table');
      progress(`  projector (${spot} revealed): ${RUNS} first views…`);
      const projector = await measureLoads(browser, origin, cookie, projectorUrl, '.projector');

      // The roster shows a page of students at a time: the Checks come from students on the first.
      const shown = await studentsShown(browser, origin, cookie, classUrl);
      const targets = liveTargets(
        filled.students.filter((s) => shown.has(s.id)),
        exerciseKeys,
        RUNS,
      );
      if (targets.length < RUNS)
        throw new Error(`Only ${targets.length} students have an exercise left to Check.`);
      progress(`  live update: ${RUNS} Checks, each on a freshly loaded class page…`);
      const context = await signedInContext(browser, origin, cookie);
      const live: LiveUpdate[] = [];
      try {
        for (const [n, target] of targets.entries())
          live.push(
            await measureLiveUpdate(context, classUrl, origin, target, filled.classLessons, n),
          );
      } finally {
        await context.close();
      }

      return {
        generatedAt: new Date().toISOString(),
        students: DASHBOARD_STUDENTS,
        events: DASHBOARD_STUDENTS * EVENTS_EACH,
        lessons: filled.classLessons.map((l) => l.slug),
        fillSeconds: round(fillSeconds, 1),
        classPage: {
          median: roundedFigures(medianOf(classPage)),
          samples: classPage.map((sample) => roundedFigures(sample)),
        },
        projector: {
          exercise: spot,
          median: roundedFigures(medianOf(projector)),
          samples: projector.map((sample) => roundedFigures(sample)),
        },
        firstViewAfterStart: { classPage: classPageFirst, projector: projectorFirst },
        liveUpdate: {
          median: roundedFigures(medianOf(live)),
          samples: live.map((sample) => roundedFigures(sample)),
        },
        loadAverage: { before: loadBefore, after: loadavg() },
      };
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
