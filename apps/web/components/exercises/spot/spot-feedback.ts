/**
 * Turns the core's Spot result (or key, for "show the answer") into marks on the text and numbered
 * notes. Missed items get a note but no mark, and their explanation waits for the answer: both
 * would give away the words the student has still to find.
 */
import type { SpotKey, SpotResult } from '@sayswho/core/quiz';
import type { Note } from '../shell/feedback-notes';
import type { FeedbackMark } from '../word-select/feedback-marks';

export interface SpotFeedback {
  readonly marks: FeedbackMark[];
  readonly notes: Note[];
}

export function feedbackFromResult(result: SpotResult): SpotFeedback {
  const placed = [
    ...result.items
      .filter((i) => i.status !== 'missed')
      .map((i) => ({
        span: i.span,
        status: i.status,
        message: i.message,
        explanation: i.explanation,
      })),
    ...result.extras.map((e) => ({
      span: e.span,
      status: e.status,
      message: e.note,
      explanation: undefined,
    })),
  ].sort((a, b) => a.span.start - b.span.start);
  const missed = result.items.filter((i) => i.status === 'missed');
  const marks = placed.map((p, i) => ({ span: p.span, status: p.status, note: i + 1 }));
  const notes: Note[] = [
    ...placed.map((p, i) => ({
      note: i + 1,
      status: p.status,
      message: p.message,
      explanation: p.explanation,
    })),
    ...missed.map((m, i) => ({
      note: placed.length + i + 1,
      status: 'missed' as const,
      message: m.message,
    })),
  ];
  return { marks, notes };
}

export function feedbackFromKey(key: SpotKey): SpotFeedback {
  const gold = key.gold.filter((g) => !g.borderline);
  return {
    marks: gold.map((g, i) => ({ span: g.span, status: 'answer', note: i + 1 })),
    notes: gold.map((g, i) => ({
      note: i + 1,
      status: 'answer',
      message: `“${g.label}”.`,
      explanation: g.explanation,
    })),
  };
}
