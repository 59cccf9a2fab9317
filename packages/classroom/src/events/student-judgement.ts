/**
 * What a student's device receives of the server's judgement: what the exercise shows after a
 * Check, and nothing more. The full judgement holds the answers (where a missed item is, which
 * option was right, an item's right category); in a class the answer is shown only when the
 * lesson's policy allows (through the key), so the judgement must not carry it beforehand.
 * The teacher's views read the full judgement from the database.
 */
import type { ChoiceResult, ClassifyResult, SpotItemResult, SpotResult } from '@sayswho/core/quiz';
import type { AnswerJudgement } from '@sayswho/lessons/score-answer';

/** A missed item says only that it was missed, and where to look again. */
export interface MissedItem {
  readonly status: 'missed';
  readonly message: string;
  readonly paragraph: number | null;
}

export type StudentSpotResult = Omit<SpotResult, 'items'> & {
  readonly items: readonly (SpotItemResult | MissedItem)[];
};

/** Only the options the student chose. */
export type StudentChoiceResult = ChoiceResult;

/** The right category of an item is named only when the student placed it there. */
export type StudentClassifyResult = Omit<ClassifyResult, 'items'> & {
  readonly items: readonly (Omit<ClassifyResult['items'][number], 'category'> & {
    readonly category?: string;
  })[];
};

type Withheld<J> = J extends { type: 'spot'; result: SpotResult }
  ? Omit<J, 'result'> & { readonly result: StudentSpotResult }
  : J extends { type: 'classify'; result: ClassifyResult }
    ? Omit<J, 'result'> & { readonly result: StudentClassifyResult }
    : J extends { type: 'compare-spot'; result: infer R }
      ? Omit<J, 'result'> & {
          readonly result: Omit<R, 'from' | 'to'> & {
            readonly from: StudentSpotResult;
            readonly to: StudentSpotResult;
          };
        }
      : J;

export type StudentJudgement = Withheld<AnswerJudgement>;

export function judgementForStudent(judgement: AnswerJudgement): StudentJudgement {
  if (!judgement.ok) return judgement;
  switch (judgement.type) {
    case 'spot':
      return { ...judgement, result: spotForStudent(judgement.result) };
    case 'compare-spot':
      return {
        ...judgement,
        result: {
          ...judgement.result,
          from: spotForStudent(judgement.result.from),
          to: spotForStudent(judgement.result.to),
        },
      };
    case 'choice':
      return { ...judgement, result: chosenOnly(judgement.result) };
    case 'compare-kind':
      return { ...judgement, result: judgement.result.map((r) => (r ? chosenOnly(r) : null)) };
    case 'classify':
      return {
        ...judgement,
        result: {
          ...judgement.result,
          items: judgement.result.items.map(({ category, ...item }) =>
            item.correct ? { ...item, category } : item,
          ),
        },
      };
    case 'rewrite':
      return judgement;
  }
}

function spotForStudent(result: SpotResult): StudentSpotResult {
  return {
    ...result,
    items: result.items.map((item) =>
      item.status === 'missed'
        ? { status: 'missed', message: item.message, paragraph: item.paragraph }
        : item,
    ),
  };
}

function chosenOnly(result: ChoiceResult): ChoiceResult {
  return { ...result, options: result.options.filter((o) => o.chosen) };
}
