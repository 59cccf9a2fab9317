/**
 * The window's view of what is saved for offline use: which lessons this device can open without
 * the network, and asking the worker to save one (used by the offline page and the fallback).
 */
import { useCallback, useEffect, useState } from 'react';
import {
  CACHES,
  OFFLINE_LESSONS_URL,
  pageKey,
  type OfflineLesson,
  type OfflineLessonList,
  type SaveLessonReply,
  type WorkerRequest,
} from './sw-protocol';

export interface LessonOnDevice extends OfflineLesson {
  /** Its page, answer keys and articles are all in this device's cache. */
  readonly saved: boolean;
}

/** Why offline saving cannot be offered here, or null when it can. */
export function offlineUnavailableReason(): 'preview' | 'unsupported' | null {
  if (process.env.NODE_ENV !== 'production') return 'preview';
  if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return 'unsupported';
  return null;
}

export async function lessonsOnDevice(): Promise<LessonOnDevice[]> {
  // Through the worker: the network when there is one, else the copy saved with a lesson.
  const response = await fetch(OFFLINE_LESSONS_URL);
  if (!response.ok) throw new Error(`${OFFLINE_LESSONS_URL}: HTTP ${response.status}`);
  const { lessons } = (await response.json()) as OfflineLessonList;
  const cache = await caches.open(CACHES.pages);
  const isSaved = async (url: string) =>
    Boolean(await cache.match(pageKey(url, window.location.origin), { ignoreVary: true }));
  return Promise.all(
    lessons.map(async (lesson) => ({
      ...lesson,
      saved: (await Promise.all(lesson.urls.map(isSaved))).every(Boolean),
    })),
  );
}

export async function saveLessonOnDevice(slug: string): Promise<SaveLessonReply> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return { ok: false, failed: [`/lessons/${slug}/`] };
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SaveLessonReply>) => resolve(event.data);
    const message: WorkerRequest = { type: 'SAVE_LESSON', slug };
    worker.postMessage(message, [channel.port2]);
  });
}

export type LessonsState =
  | { readonly status: 'loading' }
  | { readonly status: 'unavailable'; readonly reason: 'preview' | 'unsupported' | 'unreachable' }
  | { readonly status: 'ready'; readonly lessons: readonly LessonOnDevice[] };

async function readLessonsState(): Promise<LessonsState> {
  const reason = offlineUnavailableReason();
  if (reason) return { status: 'unavailable', reason };
  try {
    return { status: 'ready', lessons: await lessonsOnDevice() };
  } catch {
    return { status: 'unavailable', reason: 'unreachable' };
  }
}

/** The lessons and whether each is saved on this device; `reload` reads the cache again. */
export function useLessonsOnDevice(): { state: LessonsState; reload: () => void } {
  const [state, setState] = useState<LessonsState>({ status: 'loading' });
  const [readings, setReadings] = useState(0);
  useEffect(() => {
    let current = true;
    void readLessonsState().then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [readings]);
  return { state, reload: useCallback(() => setReadings((n) => n + 1), []) };
}
