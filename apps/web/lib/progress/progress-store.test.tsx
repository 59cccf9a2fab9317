import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { emptyProgress, recordAnswer, recordHint, serialiseProgress } from '@sayswho/core/quiz';
import { PROGRESS_STORAGE_KEY } from './progress-storage';
import {
  clearDeviceProgress,
  reloadProgress,
  updateProgress,
  useProgress,
  type LessonRef,
} from './progress-store';

const lesson: LessonRef = { slug: 'who-says-so', fingerprint: 'fp-1' };
const other: LessonRef = { slug: 'loaded-words', fingerprint: 'fp-9' };
const now = '2026-11-23T08:00:00.000Z';

function Hints({ of }: { of: LessonRef }) {
  const { state, notices } = useProgress(of);
  const hints = state.lessons[of.slug]?.exercises['find-cues']?.hintsUsed ?? 0;
  return (
    <p>
      hints: {hints}; notices: {notices.join(' | ') || 'none'}
    </p>
  );
}

/**
 * The page as the server sent it, then taken over by script: what it shows and how often it
 * rendered there. The root is unmounted after, so its store subscription ends with the test.
 */
async function hydrated(of: LessonRef): Promise<{ text: string | null; renders: number }> {
  let renders = 0;
  const page = (
    <Profiler id="hints" onRender={() => (renders += 1)}>
      <Hints of={of} />
    </Profiler>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(page);
  const root = await act(async () => hydrateRoot(container, page));
  const text = container.textContent;
  act(() => root.unmount());
  return { text, renders };
}

beforeEach(() => {
  localStorage.clear();
  act(() => reloadProgress());
  jest.restoreAllMocks();
});

describe('the device progress store', () => {
  it('renders nothing again when script takes over a device with nothing saved', async () => {
    const { text, renders } = await hydrated(lesson);
    expect(text).toBe('hints: 0; notices: none');
    expect(renders).toBe(1);
  });

  it('shows the saved progress as soon as script takes over', async () => {
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      serialiseProgress(recordHint(emptyProgress(), lesson, 'find-cues', now)),
    );
    act(() => reloadProgress());
    const { text } = await hydrated(lesson);
    expect(text).toBe('hints: 1; notices: none');
  });

  it('saves every change at once, in the core’s versioned format', () => {
    render(<Hints of={lesson} />);
    act(() => updateProgress(lesson, (s) => recordHint(s, lesson, 'find-cues', now)));
    expect(screen.getByText(/hints: 1;/)).toBeInTheDocument();
    const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.lessons['who-says-so'].exercises['find-cues'].hintsUsed).toBe(1);
  });

  it('keeps the other lessons’ progress when a lesson page saves its own', () => {
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      serialiseProgress(
        recordAnswer(emptyProgress(), other, 'q1', { type: 'rewrite', text: 'hit' }, 'hit', now),
      ),
    );
    act(() => reloadProgress());
    act(() => updateProgress(lesson, (s) => recordHint(s, lesson, 'find-cues', now)));
    const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!);
    expect(Object.keys(saved.lessons).sort()).toEqual(['loaded-words', 'who-says-so']);
  });

  it('picks up what another tab saved', () => {
    render(<Hints of={lesson} />);
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      serialiseProgress(recordHint(emptyProgress(), lesson, 'find-cues', now)),
    );
    act(
      () => void window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY })),
    );
    expect(screen.getByText(/hints: 1;/)).toBeInTheDocument();
  });

  it('warns, without crashing, when the browser will not save', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    render(<Hints of={lesson} />);
    act(() => updateProgress(lesson, (s) => recordHint(s, lesson, 'find-cues', now)));
    expect(
      screen.getByText(/hints: 1; notices: This browser is not letting Says Who save your work/),
    ).toBeInTheDocument();
  });

  it('recovers from stored state that is not progress at all', () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, 'null');
    act(() => reloadProgress());
    render(<Hints of={lesson} />);
    expect(
      screen.getByText(
        'hints: 0; notices: Your saved progress could not be read, so it was cleared.',
      ),
    ).toBeInTheDocument();
  });

  it('forgets everything for a new student', () => {
    render(<Hints of={lesson} />);
    act(() => updateProgress(lesson, (s) => recordHint(s, lesson, 'find-cues', now)));
    act(() => clearDeviceProgress());
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
    expect(screen.getByText('hints: 0; notices: none')).toBeInTheDocument();
  });
});
