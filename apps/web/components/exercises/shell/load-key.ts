/**
 * Fetches an exercise's answer key once the student answers (or checks, or asks for an automatic
 * hint): answers and explanations are never part of the student page. One request per key and page;
 * a failed request is forgotten so that the next Check tries again (classroom wifi drops).
 */
import type { ExerciseKey, ExerciseType } from '@sayswho/lessons/exercise-spec';

const requests = new Map<string, Promise<ExerciseKey>>();

export function loadKey<T extends ExerciseType>(
  url: string,
  type: T,
): Promise<Extract<ExerciseKey, { type: T }>> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as ExerciseKey;
    });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request.then((key) => {
    if (key.type !== type)
      throw new Error(`${url} holds the key of a ${key.type} exercise, not a ${type} exercise.`);
    return key as Extract<ExerciseKey, { type: T }>;
  });
}

/** Forgets fetched keys (tests load a different key at the same address). */
export function forgetKeys(): void {
  requests.clear();
}
