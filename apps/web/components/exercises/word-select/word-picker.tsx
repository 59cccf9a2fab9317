/**
 * The passage as an ARIA multi-select listbox of words (after H5P Mark the Words, with phrases):
 * one tab stop, arrow keys move word by word, Space marks, Shift+arrows stretch a mark, Delete
 * unmarks a phrase; the mouse drags, a finger taps. The words are inserted once as HTML
 * (picker-html.ts); marks and the active word are applied straight to the changed elements, so a keypress on a 900-word article
 * costs a few attribute writes instead of a re-render of every word. The listbox keeps DOM focus
 * and points at the active word with aria-activedescendant: moving real focus word by word cost
 * most of a keypress's main-thread time at 4× CPU slowdown. The marks (`aria-selected`) and the
 * focus ring (a class on the active word while the passage has focus) are drawn by exercises.css
 * in paint alone: a mark or a move lays nothing out.
 */
import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { Span } from '@sayswho/core';
import type { FeedbackMark, drawFeedback } from './feedback-marks';
import type { PassageWords } from './passage-words';
import { pickerText } from '@/lib/ui-text/picker';
import { pickerHtml, wordId } from './picker-html';
import { WordMarks, inAnySpan, runsToSpans } from './word-marks';

export interface MarkChange {
  readonly marked: boolean;
  /** The phrase concerned, for the announcement. */
  readonly words: string;
}

/** What a screen reader hears after a change, with `total` phrases now marked. */
export function markAnnouncement(change: MarkChange, total: number): string {
  const say = change.marked ? pickerText.announce.marked : pickerText.announce.unmarked;
  return say(change.words, total);
}

/** Whether `element`'s focus came from the keyboard (false where `:focus-visible` is unknown). */
function focusedFromKeys(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
}

/** The events that start any action on the page: a pointer or a key, or a click alone (assistive technology). */
const PRESSES = ['pointerdown', 'keydown', 'click'] as const;

interface WordPickerProps {
  readonly text: string;
  readonly passage: PassageWords;
  readonly label: string;
  /** Id of the element that lists the keys. */
  readonly describedBy?: string;
  /** The marked spans (the saved answer); changes from outside, such as Clear, are applied. */
  readonly spans: readonly Span[];
  readonly onChange: (spans: Span[], change: MarkChange | null) => void;
  /** After a Check or with the answer: drawn on the words, and the marks cannot be changed. */
  readonly feedback?: readonly FeedbackMark[] | null;
  /**
   * Draws `feedback`. It travels with the judging code (../shell/scoring.ts), which any feedback
   * needs first, so a lesson page's first load does not carry it.
   */
  readonly draw?: typeof drawFeedback;
  /** Element id of the feedback notes but their number, for the words' accessible description. */
  readonly notePrefix?: string;
}

interface Engine {
  marks: WordMarks;
  elements: HTMLElement[];
  /** First word index of each block, for ↑ ↓. */
  blockStarts: number[];
  focus: number;
  emitted: readonly Span[] | null;
  /** The marks last sent to the exercise: the page renders them back, maybe after newer ones. */
  sent?: readonly Span[];
  /** Tells the exercise of the last change, once the frame showing it is painted. */
  send?: (() => void) | null;
  dragging: boolean;
  pointer: string;
  /** The word drawn with the focus ring, while the passage has focus. */
  ring: HTMLElement | null;
}

export function WordPicker({
  text,
  passage,
  label,
  describedBy,
  spans,
  onChange,
  feedback,
  draw,
  notePrefix,
}: WordPickerProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<Engine | null>(null);
  const idPrefix = useId();
  const html = useMemo(() => pickerHtml(text, passage, idPrefix), [text, passage, idPrefix]);

  function engine(): Engine {
    let next = 0;
    const e = (engineRef.current ??= {
      marks: new WordMarks(passage.words.length),
      elements: [],
      blockStarts: passage.blocks.map((b) => {
        const start = next;
        next += b.pieces.filter((p) => 'word' in p).length;
        return start;
      }),
      focus: 0,
      emitted: null,
      dragging: false,
      pointer: 'mouse',
      ring: null,
    });
    // Read when first needed, and again while some are missing: hydration can run while the
    // browser is still parsing a slowly streamed passage (seen in next dev under load), and the
    // keys would stop where the words read then stopped. Draw the late words' marks.
    const read = e.elements.length;
    if (read < passage.words.length) {
      e.elements = [...(boxRef.current?.querySelectorAll<HTMLElement>('[data-w]') ?? [])];
      if (read)
        paint(
          e,
          e.elements.map((_, i) => i),
        );
    }
    return e;
  }

  // Saved answers (after hydration) and Clear come in as new spans: draw them.
  useLayoutEffect(() => {
    const e = engine();
    // The marks sent a moment ago, rendered back by a page that keeps them in React state
    // (Annotate) after newer keys marked more: not a change from outside, so nothing is redrawn
    // and the newer marks, still to be sent, stay (a CI run lost two words of a phrase so).
    if (spans === e.emitted || spans === e.sent) return;
    e.send = null;
    paint(
      e,
      e.marks.setAll((i) => inAnySpan(passage.words[i]!, spans)),
    );
    e.emitted = spans;
    // engine() reads the rendered words once; spans are the only input that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spans]);

  // A mark waiting for its frame is sent at once when the picker goes away or the page is hidden,
  // so a tab closed within that frame keeps it. Both events: a phone may discard a hidden tab
  // without a pagehide, and some browsers (Safari before 14.1) leave a page without a
  // visibilitychange. Sending early is harmless, so either way of visibilitychange sends.
  // It is sent too before anything outside the passage is pressed, or a Check pressed within that
  // frame judges the marks without it: a blur does not cover it (iOS Safari gives a tapped button
  // no focus; a screen reader's browse mode presses a button with a click alone). Listening on the
  // document, in the capture phase, runs before every handler on the page, so no button that reads
  // marks (Check, Annotate's, another island's) can forget to ask for them; presses inside the
  // passage wait, to keep a drag's or a key's changes in one frame.
  useLayoutEffect(() => {
    // Focus can arrive before hydration (a quick Tab): the ring shows at once.
    drawRing(engine());
    const flush = () => send(engine());
    const flushOutside = (event: Event) => {
      if (!boxRef.current?.contains(event.target as Node)) flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    for (const type of PRESSES) document.addEventListener(type, flushOutside, true);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      for (const type of PRESSES) document.removeEventListener(type, flushOutside, true);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one engine for the picker's life
  }, []);

  const readOnly = Boolean(feedback);
  useLayoutEffect(() => {
    if (!feedback || !draw) return;
    return draw(engine().elements, passage.words, feedback, notePrefix ?? '');
    // engine() reads the rendered words once; notePrefix is derived from the exercise id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [feedback]);

  function paint(e: Engine, changed: readonly number[]) {
    for (const i of changed)
      e.elements[i]?.setAttribute('aria-selected', e.marks.isMarked(i) ? 'true' : 'false');
  }

  /** The focus ring on the active word while the passage has focus: a class on that one word, so
   * focus coming or going restyles one word, not the passage. */
  function drawRing(e: Engine) {
    const active = boxRef.current === document.activeElement ? (e.elements[e.focus] ?? null) : null;
    if (e.ring === active) return;
    e.ring?.classList.remove('wp-word--ring');
    active?.classList.add('wp-word--ring');
    e.ring = active;
  }

  function phraseAround(e: Engine, i: number): string {
    const run = e.marks.runs().find(([first, last]) => first <= i && i <= last) ?? [i, i];
    return text.slice(passage.words[run[0]]!.start, passage.words[run[1]]!.end);
  }

  function commit(e: Engine, changed: readonly number[], at: number) {
    if (changed.length === 0) return;
    paint(e, changed);
    const marked = e.marks.isMarked(at);
    const words = marked
      ? phraseAround(e, at)
      : text.slice(
          passage.words[changed[0]!]!.start,
          passage.words[changed[changed.length - 1]!]!.end,
        );
    const next = runsToSpans(passage.words, e.marks.runs());
    e.emitted = next;
    // The mark shows in this frame; the status line, announcement and save it causes re-render
    // the exercise (most of a mark's main-thread time, measured), so they wait for the frame
    // after, and the changes of one frame (a drag) go as one. Leaving the passage sends at once.
    if (!e.send) requestAnimationFrame(() => setTimeout(() => send(e)));
    e.send = () => onChange((e.sent = next), { marked, words });
  }

  function send(e: Engine) {
    const pending = e.send;
    e.send = null;
    pending?.();
  }

  function moveFocus(e: Engine, to: number) {
    const target = Math.max(0, Math.min(passage.words.length - 1, to));
    const next = e.elements[target];
    if (!next) return;
    // Measure before changing anything, while layout is still clean.
    const box = next.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) next.scrollIntoView?.({ block: 'nearest' });
    boxRef.current?.setAttribute('aria-activedescendant', next.id);
    e.focus = target;
    drawRing(e);
  }

  function blockTarget(e: Engine, direction: 1 | -1): number {
    const current = e.blockStarts.findLastIndex((start) => start <= e.focus);
    if (direction === -1 && (e.blockStarts[current] ?? 0) < e.focus)
      return e.blockStarts[current] ?? 0;
    const target = e.blockStarts[current + direction];
    return target === undefined || target >= passage.words.length ? e.focus : target;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const e = engine();
    const last = passage.words.length - 1;
    const moves: Record<string, () => number> = {
      ArrowRight: () => e.focus + 1,
      ArrowLeft: () => e.focus - 1,
      ArrowDown: () => blockTarget(e, 1),
      ArrowUp: () => blockTarget(e, -1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const from = e.focus;
      const to = Math.max(0, Math.min(last, move()));
      if (event.shiftKey && !readOnly) {
        if (!e.marks.inRange) commit(e, e.marks.beginRange(from, false), from);
        moveFocus(e, to);
        commit(e, e.marks.extendRange(to), to);
      } else {
        e.marks.endRange();
        moveFocus(e, to);
      }
      return;
    }
    if (readOnly) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      commit(e, e.marks.toggle(e.focus), e.focus);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      commit(e, e.marks.unmarkRun(e.focus), e.focus);
    }
  }

  /**
   * Draws or takes back the focus ring; leaving sends the marks (sending early is harmless). Focus
   * from the keys brings the active word into view: for a passage taller than the screen (a phone,
   * a long article) the browser scrolls the passage's middle into view, and the ring can be left
   * off screen. The browser scrolls after the focus event, so the word's turn comes before the
   * frame is drawn. Focus from a pointer does not: the word pressed becomes the active one.
   */
  function focusChanged() {
    const e = engine();
    send(e);
    drawRing(e);
    if (e.ring && focusedFromKeys(boxRef.current!))
      requestAnimationFrame(() => {
        if (e.ring) moveFocus(e, e.focus);
      });
  }

  function onKeyUp(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Shift') engine().marks.endRange();
  }

  function wordAt(target: EventTarget): number | null {
    const index = (target as HTMLElement).closest?.('[data-w]')?.getAttribute('data-w');
    return index == null ? null : Number(index);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const e = engine();
    e.pointer = event.pointerType;
    const i = wordAt(event.target);
    if (i === null || event.pointerType !== 'mouse' || event.button !== 0) return;
    if (readOnly) {
      moveFocus(e, i);
      return;
    }
    // Dragging marks words; without this the browser would start its own text selection (and,
    // as a side effect, not focus the passage, so focus it here for the keys that may follow).
    event.preventDefault();
    boxRef.current?.focus({ preventScroll: true });
    moveFocus(e, i);
    e.dragging = true;
    commit(e, e.marks.beginRange(i, true), i);
    const stop = () => {
      e.dragging = false;
      e.marks.endRange();
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
    };
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
  }

  function onPointerOver(event: PointerEvent<HTMLDivElement>) {
    const e = engine();
    const i = wordAt(event.target);
    if (!e.dragging || i === null) return;
    moveFocus(e, i);
    commit(e, e.marks.extendRange(i), i);
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const e = engine();
    const i = wordAt(event.target);
    // Mouse clicks were handled as a one-word drag; touch and pen mark by tapping.
    if (i === null || e.pointer === 'mouse' || readOnly) return;
    moveFocus(e, i);
    commit(e, e.marks.toggle(i), i);
  }

  return (
    <div
      ref={boxRef}
      role="listbox"
      tabIndex={0}
      aria-activedescendant={wordId(idPrefix, 0)}
      aria-multiselectable="true"
      aria-readonly={readOnly || undefined}
      aria-label={label}
      aria-describedby={describedBy}
      className="word-picker passage-text"
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      onFocus={focusChanged}
      onBlur={focusChanged}
      onPointerDown={onPointerDown}
      onPointerOver={onPointerOver}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
