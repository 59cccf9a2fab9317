/**
 * What every exercise has in common, whatever the student answers with: the saved answer, attempts
 * and hints (through the device progress store), fetching the key once the student answers, the
 * answer-policy gates from the core, redrawing the last check after a reload, and the message for
 * the live region. The exercise supplies only how to judge its answer; the core does the judging.
 */
import { useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  canAttempt,
  canShowAnswer,
  passed,
  recordAnswer,
  recordAnswerShown,
  recordAttempt,
  recordHint,
  recordUnseenAttempt,
  sameAnswer,
  type ExerciseProgress,
  type ProgressState,
  type StoredAnswer,
} from '@sayswho/core/quiz';
import type { ExerciseKey, ExercisePublic, ExerciseType } from '@sayswho/lessons/exercise-spec';
import {
  exerciseProgressNow,
  nowIso,
  updateProgress,
  useExerciseProgress,
} from '@/lib/progress/progress-store';
import { exerciseText } from '@/lib/ui-text/exercise';
import { ExerciseHostContext, type HostJudgement } from './exercise-host';
import { loadKey } from './load-key';
import { answerText } from '@sayswho/lessons/answer-text';
import { plainText } from '@sayswho/lessons/plain-text';

export type Phase = 'answering' | 'reviewing' | 'answer';

export type Judgement<R> =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      readonly result: R;
      /** 0–1, or null when a teacher judges the answer (rewrites). */
      readonly score: number | null;
      /** What the live region reads and the feedback area leads with. */
      readonly summary: string;
      /** For exercises without a score: whether this answer finishes the exercise. */
      readonly completed?: boolean;
    };

/** The core's judging functions (./scoring.ts), fetched with the key. */
export type Scoring = typeof import('./scoring');

function loadScoring(): Promise<Scoring> {
  return import('./scoring');
}

const noSubscription = () => () => {};
// Idle time, or a second at most: after a keypress in a passage Chromium has held idle callbacks
// back for seconds on a page otherwise idle, and the first Check then fetched the key itself.
const whenIdle = (work: () => void) =>
  (self.requestIdleCallback ?? setTimeout)(work, { timeout: 1e3 });

export interface Hint {
  readonly html?: string;
  readonly text?: string;
}

export interface ExerciseState<K, R> {
  readonly progress: ExerciseProgress | undefined;
  readonly answer: StoredAnswer | null;
  readonly phase: Phase;
  readonly result: R | null;
  readonly summary: string;
  /** Set once a Check, an automatic hint or "show answer" has fetched it. */
  readonly key: K | null;
  /** The judging code, loaded with the key. */
  readonly scoring: Scoring | null;
  readonly busy: boolean;
  readonly notice: string | null;
  readonly message: string;
  readonly hints: readonly Hint[];
  readonly moreHints: boolean;
  readonly canCheck: boolean;
  /** The class's teacher closed Check for now (class lesson pages only). */
  readonly locked: boolean;
  readonly canShowAnswer: boolean;
  /**
   * Whether the lesson's explanation may be shown: with the answer, or after a check that reached
   * the pass mark. An explanation usually names the answers; below the pass mark the student
   * gets hints instead.
   */
  readonly explanationAllowed: boolean;
  readonly attemptsLeft: number | null;
  /** Saves the answer, with its text for the hand-in (as the teacher's export reads it). */
  saveAnswer(answer: StoredAnswer): void;
  check(): Promise<void>;
  tryAgain(): void;
  nextHint(): Promise<void>;
  showAnswer(): Promise<void>;
  announce(text: string): void;
}

/** A scored answer's judgement: the validator's reason, or the core's result with its score and summary. */
export function scoredJudgement<R extends { readonly score: number; readonly summary: string }>(
  valid: { readonly ok: true } | { readonly ok: false; readonly reason: string },
  score: () => R,
): Judgement<R> {
  if (!valid.ok) return valid;
  const result = score();
  return { ok: true, result, score: result.score, summary: result.summary };
}

/** How an exercise judges an answer with the core, given the key and the judging code. */
export type Judge<K, R> = (answer: StoredAnswer | null, key: K, scoring: Scoring) => Judgement<R>;

export function useExercise<T extends ExerciseType, R>(
  spec: ExercisePublic & { readonly type: T },
  judge: Judge<Extract<ExerciseKey, { type: T }>, R>,
  automaticHints: (
    key: Extract<ExerciseKey, { type: T }>,
    scoring: Scoring,
  ) => readonly string[] = () => [],
): ExerciseState<Extract<ExerciseKey, { type: T }>, R> {
  type K = Extract<ExerciseKey, { type: T }>;
  const { lesson, policy } = spec;
  const host = useContext(ExerciseHostContext);
  const locked = useSyncExternalStore(
    host?.subscribe ?? noSubscription,
    () => host?.locked(lesson.slug, spec.id) ?? false,
    () => false,
  );
  const lessonRef = { slug: lesson.slug, fingerprint: lesson.fingerprint };
  // In a class the key comes from the class server, under the lesson's policy.
  const keyOf = () =>
    (host ? host.key(lessonRef, spec.id) : loadKey(spec.keyUrl, spec.type as T)) as Promise<
      Extract<ExerciseKey, { type: T }>
    >;
  const progress = useExerciseProgress(lesson, spec.id);
  const update = (change: (s: ProgressState) => ProgressState) => updateProgress(lesson, change);
  const attempts = progress?.attempts ?? 0;

  const [phase, setPhase] = useState<Phase>('answering');
  const [result, setResult] = useState<R | null>(null);
  const [summary, setSummary] = useState('');
  const [key, setKey] = useState<K | null>(null);
  const [scoring, setScoring] = useState<Scoring | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [autoHints, setAutoHints] = useState<readonly string[] | null>(null);
  const [checkPassed, setCheckPassed] = useState(false);
  const [redrawn, setRedrawn] = useState(false);
  // One attempt per answer, however fast the clicks: a Check while one is running does nothing,
  // and checking the answer already checked (a double-click, a held-down Enter, a reload) shows its
  // feedback again without spending an attempt. Refs: the state the first click sets has not
  // reached the handler of the second.
  const checking = useRef(false);
  const checkedAnswer = useRef<StoredAnswer | null>(null);
  // The key and the judging code once fetched for this key address (ahead in idle time, or by a
  // Check, a hint or "show answer"). A Check with them at hand is judged within its own event, so
  // its verdict is one render: awaiting even settled promises rendered it four times (“Checking…”,
  // the key, the end of the fetch, the verdict), most of a Check's main-thread time (bench/README.md).
  const fetched = useRef<{ readonly url: string; readonly loaded: readonly [K, Scoring] } | null>(
    null,
  );

  // Every check and "show answer" leaves a saved record, so feedback without one means the record
  // was cleared ("New student" on a shared device): the last student's feedback goes with it.
  if (progress === undefined && phase !== 'answering') {
    setPhase('answering');
    setResult(null);
    setSummary('');
    setMessage('');
  }

  const authored = spec.hintsHtml.length;
  const used = progress?.hintsUsed ?? 0;
  const hints: Hint[] = [
    ...spec.hintsHtml.slice(0, used).map((html) => ({ html })),
    ...(autoHints ?? []).slice(0, Math.max(0, used - authored)).map((text) => ({ text })),
  ];
  const moreHints =
    used < authored || (policy.hints && (autoHints === null || used < authored + autoHints.length));

  // After a reload, automatic hints the student already saw, and the last check when the answer
  // has not changed since, need the key and the judging code again: fetched only for those. In a
  // class the server gave both: the hints are asked of it again, the verdict was kept on the device.
  const needsAutoHints = policy.hints && used > authored && autoHints === null;
  const redraw = !redrawn && progress?.answerChecked === true;
  useEffect(() => {
    if (!needsAutoHints && !redraw) return;
    let live = true;
    const kept = redraw && host?.lastCheck(lessonRef, spec.id, progress.answer!);
    // Off a class, as a Check fetches them, so that they are at hand for the next one (`fetched`).
    const loading: Promise<readonly [K | false | readonly string[], Scoring]> = host
      ? Promise.all([needsAutoHints && host.hints(lessonRef, spec.id), loadScoring()])
      : keyAndScoring();
    loading.then(
      ([loaded, scoring]) => {
        if (!live) return;
        if (host) {
          setScoring(scoring);
          if (loaded) setAutoHints(loaded as readonly string[]);
        } else accept(loaded as K, scoring);
        if (!redraw) return;
        setRedrawn(true);
        const judgement = host ? kept : judge(progress?.answer ?? null, loaded as K, scoring);
        if (judgement && judgement.ok) show(judgement as Extract<Judgement<R>, { ok: true }>);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // judge and automaticHints are pure functions of the key and the saved answer; a new identity
    // each render must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsAutoHints, redraw, spec.keyUrl, spec.type]);

  function accept(loaded: K, scoring: Scoring) {
    setKey(loaded);
    setScoring(scoring);
    setAutoHints(policy.hints ? automaticHints(loaded, scoring) : []);
  }

  /** Whether a check passed: a score at the pass mark, or an unscored answer that completes it. */
  function passes(judgement: Extract<Judgement<R>, { ok: true }>): boolean {
    return judgement.completed ?? passed(policy, judgement.score ?? 0);
  }

  function show(judgement: Extract<Judgement<R>, { ok: true }>) {
    setNotice(null);
    setResult(judgement.result);
    setSummary(judgement.summary);
    setCheckPassed(passes(judgement));
    setPhase('reviewing');
  }

  const ofThis = () => ({ lesson: lessonRef, exerciseId: spec.id, now: nowIso() });

  /** One attempt spent on `answer`, with its score. */
  function countCheck(
    answer: StoredAnswer,
    text: string,
    judgement: Extract<Judgement<R>, { ok: true }>,
  ) {
    checkedAnswer.current = answer;
    const completed = passes(judgement) || !canAttempt(policy, attempts + 1);
    update((s) =>
      recordAttempt(s, {
        ...ofThis(),
        answer,
        answerText: text,
        score: judgement.score,
        completed,
      }),
    );
  }

  function showChecked(judgement: Extract<Judgement<R>, { ok: true }>) {
    // This check is on screen now; the saved one need not be redrawn.
    setRedrawn(true);
    show(judgement);
    setMessage(exerciseText.announce.checked(judgement.summary));
  }

  // In a class, a Check sent before a reload is judged after it: its attempt counts here, and its
  // verdict shows if the answer on screen is still the one it judged (else only the attempt counts).
  const verdictArrived = useRef<(answer: StoredAnswer, judgement: HostJudgement) => void>(
    () => undefined,
  );
  verdictArrived.current = (answer, judgement) => {
    if (!judgement.ok || checking.current) return;
    const onScreen = progress?.answer;
    if (!onScreen || !sameAnswer(onScreen, answer)) {
      update((s) => recordUnseenAttempt(s, { ...ofThis(), score: judgement.score }));
      return;
    }
    const verdict = judgement as Extract<Judgement<R>, { ok: true }>;
    if (!progress.answerChecked) countCheck(onScreen, progress.answerText, verdict);
    if (phase === 'answering') showChecked(verdict);
  };
  useEffect(
    () =>
      host?.onVerdict(lessonRef, spec.id, (answer, judgement) =>
        verdictArrived.current(answer, judgement),
      ),
    // lessonRef is a new object each render; its slug and fingerprint say when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [host, lesson.slug, lesson.fingerprint, spec.id],
  );

  /** What the exercise needs from the network, on first need; null (with a notice) offline. */
  async function fetching<T>(load: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    try {
      const loaded = await load();
      setNotice(null);
      return loaded;
    } catch (error) {
      return failed(error);
    } finally {
      setBusy(false);
    }
  }

  /** What the student is told when the key or the judging fails. */
  function failed(error: unknown): null {
    // A class server's refusal is a sentence for the student ("Check your answer first…").
    const text = host && error instanceof Error ? error.message : exerciseText.keyUnavailable;
    setNotice(text);
    setMessage(text);
    return null;
  }

  /** Judged with the key and the judging code at hand, within the press (see `fetched`). */
  function judgedNow(answer: StoredAnswer | null, loaded: readonly [K, Scoring]) {
    try {
      if (key !== loaded[0]) accept(...loaded);
      return judge(answer, ...loaded);
    } catch (error) {
      return failed(error);
    }
  }

  /** The key and the judging code, fetched together (kept at hand off a class: see `fetched`). */
  const keyAndScoring = () =>
    Promise.all([keyOf(), loadScoring()]).then((loaded) => {
      if (!host) fetched.current = { url: spec.keyUrl, loaded };
      return loaded;
    });
  async function loadKeyAndScoring() {
    const loaded = await keyAndScoring();
    accept(...loaded);
    return loaded;
  }
  const fetchKey = () => fetching(loadKeyAndScoring);

  /** The automatic hints: from the key, or in a class those the server has given so far. */
  const loadAutoHints = () =>
    host
      ? fetching(() => host.hints(lessonRef, spec.id)).then(
          (pool) => (pool && setAutoHints(pool), pool),
        )
      : fetchKey().then((loaded) => loaded && (policy.hints ? automaticHints(...loaded) : []));

  /** Judged here with the key, or in a class by the server (the Check waits in the outbox offline). */
  const judgementOf = (answer: StoredAnswer | null) =>
    fetching(async (): Promise<Judgement<R>> => {
      if (!host) return judge(answer, ...(await loadKeyAndScoring()));
      const judgement = await host.check(lessonRef, spec.id, answer, (text) => {
        setBusy(false);
        setNotice(text);
        setMessage(text);
      });
      // The feedback views draw from the judging code (Spot's marks).
      setScoring(await loadScoring());
      return judgement as Judgement<R>;
    });

  return {
    progress,
    answer: progress?.answer ?? null,
    phase,
    result,
    summary,
    key,
    scoring,
    busy,
    notice,
    message,
    hints,
    moreHints,
    canCheck: canAttempt(policy, attempts) && !locked,
    locked,
    canShowAnswer: phase !== 'answer' && canShowAnswer(policy, attempts),
    explanationAllowed: phase === 'answer' || (phase === 'reviewing' && checkPassed),
    attemptsLeft: policy.maxAttempts === null ? null : Math.max(0, policy.maxAttempts - attempts),

    saveAnswer(answer) {
      const text = answerText(spec, answer);
      update((s) => recordAnswer(s, lessonRef, spec.id, answer, text, nowIso()));
      host?.record('answer', lessonRef, spec.id, answer);
      // Each answer is judged in idle time, the first after fetching the key and the judging
      // code: the first Check then costs what a later one does (bench/README.md). A class's keys
      // stay on its server until the student checks. What fails here is told at the Check.
      if (!host)
        whenIdle(() =>
          keyAndScoring()
            .then((loaded) => judge(answer, ...loaded))
            .catch(() => undefined),
        );
    },

    async check() {
      if (!canAttempt(policy, attempts) || locked || checking.current) return;
      checking.current = true;
      try {
        // The answer as saved now, not as last rendered: the press that started this Check may
        // have just sent a waiting mark (the word picker sends it on any press outside the
        // passage), and the render with it need not have run before this handler.
        const saved = exerciseProgressNow(lesson, spec.id);
        const answer = saved?.answer ?? null;
        const atHand =
          !host && fetched.current?.url === spec.keyUrl ? fetched.current.loaded : null;
        const judgement = atHand ? judgedNow(answer, atHand) : await judgementOf(answer);
        if (!judgement) return;
        if (!judgement.ok) {
          const { unseen } = judgement as HostJudgement & { ok: false };
          if (unseen) update((s) => recordUnseenAttempt(s, { ...ofThis(), score: unseen.score }));
          setNotice(judgement.reason);
          setMessage(exerciseText.announce.notChecked(judgement.reason));
          return;
        }
        if (answer && saved && !saved.answerChecked && answer !== checkedAnswer.current)
          countCheck(answer, saved.answerText, judgement);
        showChecked(judgement);
      } finally {
        checking.current = false;
      }
    },

    tryAgain() {
      setPhase('answering');
      setResult(null);
      setMessage(exerciseText.announce.tryAgain);
    },

    async nextHint() {
      if (!moreHints || busy) return;
      let pool = autoHints;
      // In a class, asked of the server every time: offline, no hint is spent unseen.
      if (used >= authored && (host || pool === null)) {
        pool = await loadAutoHints();
        if (!pool) return;
      }
      let next = used < authored ? spec.hintsHtml[used] : pool?.[used - authored];
      if (next === undefined) {
        setMessage(exerciseText.noMoreHints);
        return;
      }
      update((s) => recordHint(s, lessonRef, spec.id, nowIso()));
      host?.record('hint', lessonRef, spec.id);
      // A class server gives an automatic hint once it has the hint just recorded.
      if (host && used >= authored) next = (await loadAutoHints())?.[used - authored] ?? next;
      setMessage(exerciseText.announce.hint(used + 1, used < authored ? plainText(next) : next));
    },

    async showAnswer() {
      if (!canShowAnswer(policy, attempts)) return;
      const loaded = await fetchKey();
      if (!loaded) return;
      update((s) => recordAnswerShown(s, lessonRef, spec.id, nowIso()));
      host?.record('show-answer', lessonRef, spec.id);
      setPhase('answer');
      setMessage(exerciseText.announce.answerShown);
    },

    announce: setMessage,
  };
}
