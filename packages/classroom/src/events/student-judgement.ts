/**
 * What a student's device receives of the server's judgement: what the exercise shows after a
 * Check, and nothing more. The full judgement holds the answers (where a missed item is, which
 * option was right, an item's right category, the corpus explanations that quote answers); in a
 * class the answer is shown only when the lesson's policy allows (through the key), so the
 * judgement must not carry it beforehand. It follows the rules of the browser's own feedback:
 * only the marks the core allows are drawn, and the explanations come only with a check that
 * reached the pass mark. The teacher's views read the full judgement from the database.
 */
import type {
  ChoiceResult,
  ClassifyResult,
  SpotExtra,
  SpotItemResult,
  SpotResult,
} from '@sayswho/core/quiz';
import type { AnswerJudgement } from '@sayswho/lessons/score-answer';

/**
 * A missed item, or one inside a selection that takes in too much: only what happened and where
 * to look again (its `marks` are empty: nothing of it is drawn on the text).
 */
export interface MissedItem {
  readonly status: 'missed' | 'too-much';
  readonly message: string;
  readonly paragraph: number | null;
  readonly marks: readonly [];
}

/**
 * A found item, or one with a boundary to fix. A boundary item has no `span` (the whole answer,
 * words the student has not selected); `explanation` is there only after a pass.
 */
export type StudentSpotItem = Omit<SpotItemResult, 'span' | 'explanation'> & {
  readonly span?: SpotItemResult['span'];
  readonly explanation?: string;
};

/** A borderline selection's `explanation` is there only after a pass, as an item's. */
export type StudentSpotExtra = Omit<SpotExtra, 'explanation'> & { readonly explanation?: string };

export type StudentSpotResult = Omit<SpotResult, 'items' | 'extras'> & {
  readonly items: readonly (StudentSpotItem | MissedItem)[];
  readonly extras: readonly StudentSpotExtra[];
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

/**
 * `explain`: whether the check reached the pass mark (`passedCheck`), which lets the corpus
 * explanations through.
 */
export function judgementForStudent(
  judgement: AnswerJudgement,
  explain: boolean,
): StudentJudgement {
  if (!judgement.ok) return judgement;
  const spotForStudent = (result: SpotResult) => spotResultForStudent(result, explain);
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

function spotResultForStudent(result: SpotResult, explain: boolean): StudentSpotResult {
  const explanation = (text: string | undefined) => (explain && text ? { explanation: text } : {});
  return {
    ...result,
    items: result.items.map(({ span, explanation: text, ...item }) =>
      item.status === 'missed' || item.status === 'too-much'
        ? {
            status: item.status,
            message: item.message,
            paragraph: item.paragraph,
            marks: [] as const,
          }
        : { ...item, ...(item.status === 'found' ? { span } : {}), ...explanation(text) },
    ),
    extras: result.extras.map(({ explanation: text, ...extra }) => ({
      ...extra,
      ...explanation(text),
    })),
  };
}

function chosenOnly(result: ChoiceResult): ChoiceResult {
  return { ...result, options: result.options.filter((o) => o.chosen) };
}
