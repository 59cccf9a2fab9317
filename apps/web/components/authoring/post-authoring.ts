/**
 * Sends a save to an authoring route and says what came of it, in words the page can show: the
 * route's answer, the problems `npm run check` found (nothing written), or why it was refused.
 */
import { authoringText } from '@/lib/ui-text/authoring';

export type SaveOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function postAuthoring<T>(path: string, body: unknown): Promise<SaveOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, problems: [authoringText.unreachable] };
  }
  const answer = (await response.json().catch(() => ({}))) as {
    problems?: string[];
    reason?: string;
  };
  if (response.ok) return { ok: true, value: answer as T };
  if (answer.problems) return { ok: false, problems: answer.problems };
  return { ok: false, problems: [authoringText.refused(answer.reason ?? response.statusText)] };
}
