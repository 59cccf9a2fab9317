/**
 * The class load run (issue 17): simulated students join a class server on loopback and send a
 * lesson's worth of events each through the real routes, against the production build
 * (`next start`) on PGlite or on a throwaway PostgreSQL, optionally with the server restarted
 * halfway. Reports events per second, write latency, the server's memory, and the events lost or
 * recorded twice, counted in the server's own export.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadCorpus } from '@sayswho/core';
import type { ClassLesson } from '@sayswho/classroom';
import { startTestPostgres, type TestPostgres } from '@sayswho/classroom/testing';
import { checkLessons, readLessonSources } from '@sayswho/lessons';
import { freePort } from '../lib/free-port';
import { countEvents, exportClassData } from './class-load-count';
import type { ClassLoadRun, ClassLoadScenario } from './class-load-scenarios';
import { newRecorder, runStudent, type StudentOutcome } from './class-load-device';
import { seededRandom } from './class-load-events';
import { createTeacher, createClass } from './class-load-teacher';
import { treeRssBytes } from './process-memory';
import { treeCpuSeconds } from './process-idle';
import { acceptQueue } from './server-load';
import { progress, secondsSince } from './progress';
import { startNextServer, type RunningServer } from './next-server';
import { percentile, round } from './stats';

/** A class of 30, as in a school: also under the limit of 200 joins a class an hour. */
export const STUDENTS_PER_CLASS = 30;
/** How long a device keeps trying after its last event before the bench counts what is left as lost. */
const DRAIN_MS = 120_000;

/** The lesson every simulated student works through: the kit's lesson with the most exercises. */
export function benchLesson(lessonsDir: string): ClassLesson {
  const { corpus } = loadCorpus();
  const kit = checkLessons(readLessonSources(lessonsDir), corpus);
  const lessons = kit.lessons.filter((l) => !l.slug.startsWith('bench-'));
  const lesson = lessons.reduce((a, b) => (b.exercises.length > a.exercises.length ? b : a));
  return lesson;
}

interface Servers {
  readonly instances: RunningServer[];
  readonly dataDirs: string[];
  readonly env: Record<string, string>;
  readonly postgres: TestPostgres | null;
}

async function startServers(appDir: string, scenario: ClassLoadScenario): Promise<Servers> {
  const postgres = scenario.engine === 'postgres' ? await startTestPostgres() : null;
  const env: Record<string, string> = {
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...(scenario.schools > 1 ? { TRUST_PROXY: '1' } : {}),
  };
  const dataDirs: string[] = [];
  const instances: RunningServer[] = [];
  // One after another: the first migrates the database, under its lock.
  for (let i = 0; i < scenario.instances; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'sayswho-bench-class-'));
    dataDirs.push(dir);
    instances.push(
      await startNextServer(appDir, { classDataDir: dir, env, port: await freePort() }),
    );
  }
  return { instances, dataDirs, env, postgres };
}

async function stopServers(servers: Servers): Promise<void> {
  await Promise.all(servers.instances.map((s) => s.stop()));
  servers.postgres?.stop();
  for (const dir of servers.dataDirs) rmSync(dir, { recursive: true, force: true });
}

export async function measureClassLoad(
  appDir: string,
  lesson: ClassLesson,
  scenario: ClassLoadScenario,
): Promise<ClassLoadRun> {
  const loadBefore = loadavg();
  const servers = await startServers(appDir, scenario);
  try {
    const first = servers.instances[0]!;
    const teacherCookie = await createTeacher(first.origin, {
      ...servers.env,
      SAYSWHO_DATA_DIR: servers.dataDirs[0]!,
    });
    const classes = Math.ceil(scenario.students / STUDENTS_PER_CLASS);
    const joinCodes: string[] = [];
    for (let i = 0; i < classes; i++)
      joinCodes.push(await createClass(first.origin, teacherCookie, `Class ${i + 1}`, lesson.slug));

    const random = seededRandom(17);
    const recorder = newRecorder();
    const perSchool = Math.ceil(scenario.students / scenario.schools);
    const joinWithinMs = scenario.seconds * 100; // the first tenth of the run
    const startedAt = Date.now();
    const cpuBefore = process.cpuUsage();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    let rssPeak = 0;
    let acceptQueuePeak = 0;
    // Each server process's CPU seconds at its first and latest sample (a restarted server is a
    // new process, counted from its first sample).
    const cpuSeconds = new Map<number, { first: number; last: number }>();
    const sampleServers = () => {
      const rss = servers.instances.reduce((sum, s) => sum + treeRssBytes(s.pid), 0);
      rssPeak = Math.max(rssPeak, rss);
      for (const { pid, origin } of servers.instances) {
        acceptQueuePeak = Math.max(acceptQueuePeak, acceptQueue(Number(new URL(origin).port)));
        const now = treeCpuSeconds(pid);
        if (now > 0) cpuSeconds.set(pid, { first: cpuSeconds.get(pid)?.first ?? now, last: now });
      }
    };
    sampleServers();
    const sampler = setInterval(sampleServers, 500);

    let restartSeconds: number | null = null;
    let stopSeconds: number | null = null;
    const restarted = scenario.restart
      ? (async () => {
          await new Promise((resolve) => setTimeout(resolve, (scenario.seconds * 1000) / 2));
          const stoppedAt = Date.now();
          const old = servers.instances[0]!;
          sampleServers();
          await old.stop();
          stopSeconds = secondsSince(stoppedAt);
          servers.instances[0] = await startNextServer(appDir, {
            port: Number(new URL(old.origin).port),
            classDataDir: servers.dataDirs[0]!,
            env: servers.env,
          });
          restartSeconds = secondsSince(stoppedAt);
          progress(
            `    restarted the server: stopped in ${stopSeconds!.toFixed(1)} s, answering again ${restartSeconds.toFixed(1)} s after the stop began`,
          );
        })()
      : Promise.resolve();

    const outcomes: StudentOutcome[] = await Promise.all(
      Array.from({ length: scenario.students }, (_, i) =>
        runStudent(
          {
            origin: servers.instances[i % scenario.instances]!.origin,
            joinCode: joinCodes[Math.floor(i / STUDENTS_PER_CLASS)]!,
            name: `Student ${i + 1}`,
            lesson,
            events: scenario.eventsPerStudent,
            joinAtMs: random() * joinWithinMs,
            doneByMs: scenario.seconds * 1000,
            forwardedFor:
              scenario.schools > 1 ? `198.51.100.${Math.floor(i / perSchool) + 1}` : null,
            drainMs: DRAIN_MS,
          },
          startedAt,
          recorder,
          random,
        ),
      ),
    );
    const seconds = secondsSince(startedAt);
    await restarted;
    clearInterval(sampler);
    sampleServers();
    loopDelay.disable();
    const cpu = process.cpuUsage(cpuBefore);

    const made = outcomes.flatMap((o) => o.made);
    const count = countEvents(
      made,
      exportClassData({ ...servers.env, SAYSWHO_DATA_DIR: servers.dataDirs[0]! }),
      outcomes.flatMap((o) => o.acknowledged),
    );
    const ms = recorder.writeMs;
    const figure = (value: number) => round(value, 1);
    return {
      scenario,
      lesson: lesson.slug,
      ...count,
      eventsPerSecond: round(count.held / seconds, 1),
      writeMs: {
        p50: figure(percentile(ms, 50)),
        p95: figure(percentile(ms, 95)),
        p99: figure(percentile(ms, 99)),
        max: figure(percentile(ms, 100)),
      },
      writes: ms.length,
      failedRequests: Object.fromEntries(recorder.failed),
      joinRetries: recorder.joinRetries,
      answersReplaced: outcomes.reduce((sum, o) => sum + o.replaced, 0),
      duplicateAnswers: outcomes.reduce((sum, o) => sum + o.duplicates, 0),
      rejected: outcomes.flatMap((o) => o.rejected).slice(0, 5),
      unsent: outcomes.reduce((sum, o) => sum + o.unsent, 0),
      serverRssPeakBytes: rssPeak,
      serverCpuCores: round(
        [...cpuSeconds.values()].reduce((sum, { first, last }) => sum + last - first, 0) / seconds,
        2,
      ),
      acceptQueuePeak,
      restartSeconds,
      stopSeconds,
      client: {
        cpuCores: round((cpu.user + cpu.system) / 1e6 / seconds, 2),
        loopDelayP99Ms: figure(loopDelay.percentile(99) / 1e6),
      },
      seconds: round(seconds, 1),
      loadAverage: { before: loadBefore, after: loadavg() },
    };
  } finally {
    await stopServers(servers);
  }
}
