/** Class views: many students' answers combined into per-word and per-option counts. */
import type { Span } from '../corpus/types';
import type { Token } from './words';

/** Per word of the passage, how many submissions selected it (each student counts once). */
export function aggregateSpans(
  text: string,
  passage: Span,
  submissions: readonly (readonly Span[])[],
): { tokens: Token[]; counts: number[] } {
  void text;
  void passage;
  void submissions;
  throw new Error('aggregateSpans: not yet');
}

/** Per option id, how many submissions chose it (each student counts once). */
export function aggregateChoices(submissions: readonly (readonly string[])[]): Record<string, number> {
  void submissions;
  throw new Error('aggregateChoices: not yet');
}
