'use client';

import { useState } from 'react';
import { offlineText } from '@/lib/ui-text/offline';
import { saveLessonOnDevice, useLessonsOnDevice } from './lessons-on-device';

type Run =
  | { readonly status: 'idle' }
  | {
      readonly status: 'saving';
      readonly done: number;
      readonly total: number;
      readonly title: string;
    }
  | {
      readonly status: 'done';
      readonly saved: number;
      readonly total: number;
      readonly bytes: number;
      readonly failed: readonly string[];
    };

const T = offlineText.saveAll;

/**
 * The teacher's "Make all lessons available offline", for preparing a class's devices before a
 * lesson: saves every lesson with its answer keys and articles, one lesson at a time, with progress.
 */
export function SaveAllLessons() {
  const { state, reload } = useLessonsOnDevice();
  const [run, setRun] = useState<Run>({ status: 'idle' });

  if (state.status === 'loading') return <p>{T.checking}</p>;
  if (state.status === 'unavailable')
    return <p className="offline-callout">{T.unavailable[state.reason]}</p>;

  const { lessons } = state;
  const saveAll = async () => {
    // Ask the browser not to clear the kit's storage when the disk fills up (saved lessons and
    // students' answers alike). Asked here, on the teacher's click, because some browsers ask the
    // user; a refusal changes nothing else.
    await navigator.storage?.persist?.().catch(() => false);
    const sizes = new Map<string, number>();
    const failed: string[] = [];
    for (const [i, lesson] of lessons.entries()) {
      setRun({ status: 'saving', done: i, total: lessons.length, title: lesson.title });
      const reply = await saveLessonOnDevice(lesson.slug);
      if (reply.ok) for (const [url, size] of Object.entries(reply.sizes)) sizes.set(url, size);
      else failed.push(lesson.title);
    }
    const bytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    setRun({
      status: 'done',
      saved: lessons.length - failed.length,
      total: lessons.length,
      bytes,
      failed,
    });
    reload();
  };

  return (
    <div className="offline-save-all">
      <button
        type="button"
        className="offline-notice__button"
        onClick={saveAll}
        disabled={run.status === 'saving'}
      >
        {T.button}
      </button>
      <div role="status" className="offline-save-all__status">
        {run.status === 'saving' && (
          <>
            <progress value={run.done} max={run.total} aria-label={T.progressLabel} />{' '}
            <span>{T.saving(run.done + 1, run.total, run.title)}</span>
          </>
        )}
        {run.status === 'done' && (
          <p>
            {run.failed.length === 0
              ? T.allSaved(run.total, megabytes(run.bytes))
              : T.someFailed(run.saved, run.total, run.failed)}
          </p>
        )}
      </div>
      <h2>{T.listHeading}</h2>
      <ul className="offline-lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <a href={lesson.urls[0] ?? '/'}>{lesson.title}</a>
            {' — '}
            <span>{lesson.saved ? T.saved : T.notSaved}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
