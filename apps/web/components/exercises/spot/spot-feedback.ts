/**
 * Turns the core's Spot result (or key, for "show the answer") into marks on the text and numbered
 * notes. Only what the core says may be drawn is drawn (`marks`: never an answer word the student
 * did not select); missed items and selections that take in too much get a note but no mark. The
 * corpus explanations may quote any answer, so they come only with `explain` (the answer shown,
 * or a check that reached the pass mark).
 */
import type { Span } from '@sayswho/core';
import type { SpotKey, SpotResult } from '@sayswho/core/quiz';
import { feedbackText } from '@/lib/ui-text/feedback';
import type { Note } from '../shell/feedback-notes';
import type { FeedbackMark, MarkStatus } from '../word-select/feedback-marks';

export interface SpotFeedback {
  readonly marks: FeedbackMark[];
  readonly notes: Note[];
}

interface Said {
  readonly marks: readonly Span[];
  readonly status: MarkStatus;
  readonly message: string;
  readonly explanation?: string | undefined;
}

export function feedbackFromResult(result: SpotResult, explain: boolean): SpotFeedback {
  const said: Said[] = [
    ...result.items
      .filter((i) => i.status !== 'too-much')
      .map((i) => ({
        marks: i.marks,
        status: i.status,
        message: i.message,
        explanation: i.explanation,
      })),
    ...result.extras.map((e) => ({
      marks: e.marks,
      status: e.status,
      message: e.note,
      explanation: e.explanation,
    })),
  ];
  const placed = said
    .filter((s) => s.marks.length > 0)
    .sort((a, b) => a.marks[0]!.start - b.marks[0]!.start);
  // Missed items and too-much selections are listed after the marks, unnumbered in the text.
  const unplaced = said
    .filter((s) => s.marks.length === 0)
    .sort((a, b) => Number(b.status === 'too-much') - Number(a.status === 'too-much'));
  const notes = [...placed, ...unplaced].map((s, i): Note =>
    note(i + 1, s.status, s.message, explain && s.status !== 'missed' ? s.explanation : undefined),
  );
  const marks = placed.flatMap((s, i) => s.marks.map((span) => mark(span, s.status, i + 1)));
  return { marks, notes };
}

export function feedbackFromKey(key: SpotKey): SpotFeedback {
  const gold = key.gold.filter((g) => !g.borderline);
  return {
    marks: gold.map((g, i) => mark(g.span, 'answer', i + 1)),
    notes: gold.map((g, i) => note(i + 1, 'answer', `“${g.label}”.`, g.explanation)),
  };
}

function mark(span: Span, status: MarkStatus, n: number): FeedbackMark {
  return { span, status, note: n, symbol: feedbackText.statusSymbol[status] };
}

function note(n: number, status: MarkStatus, message: string, explanation?: string): Note {
  return {
    note: n,
    status,
    label: feedbackText.status[status],
    symbol: feedbackText.statusSymbol[status],
    message,
    ...(explanation ? { explanation } : {}),
  };
}
