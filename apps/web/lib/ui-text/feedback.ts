/**
 * Interface text of the feedback drawn after a Check: each kind of mark's name and symbol. Part of
 * UI (./index.ts). Only the judging code, loaded on the first Check, imports it, so a lesson page
 * ships none of it.
 */
export const feedbackText = {
  status: {
    found: 'Found',
    boundary: 'Right place, wrong boundary',
    missed: 'Missed',
    'not-an-instance': 'Does not count',
    'too-much': 'Takes in too much',
    borderline: 'Debatable',
    answer: 'Answer',
  },
  /** Symbols beside the colours and patterns, so no state is told by colour alone. */
  statusSymbol: {
    found: '✓',
    boundary: '↔',
    missed: '○',
    'not-an-instance': '✗',
    'too-much': '!',
    borderline: '?',
    answer: '★',
  },
} as const;
