import { render, screen } from '@testing-library/react';
import {
  emptyProgress,
  recordAttempt,
  serialiseProgress,
  type ProgressState,
} from '@sayswho/core/quiz';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-storage';
import { reloadProgress } from '@/lib/progress/progress-store';
import { LessonProgress } from './lesson-progress.client';

const lesson = {
  slug: 'who-says-so',
  fingerprint: 'v1',
  exerciseIds: ['find-cues', 'find-sources'],
};

function finish(state: ProgressState, exerciseId: string, fingerprint = 'v1'): ProgressState {
  return recordAttempt(state, {
    lesson: { slug: lesson.slug, fingerprint },
    exerciseId,
    answer: { type: 'choice', chosen: ['a'] },
    answerText: 'a',
    score: 1,
    completed: true,
    now: '2024-11-20T10:00:00.000Z',
  });
}

function saved(state: ProgressState) {
  localStorage.setItem(PROGRESS_STORAGE_KEY, serialiseProgress(state));
  reloadProgress();
}

describe('a lesson’s progress on the home page', () => {
  afterEach(() => localStorage.clear());

  it('says “Not started” when this device has nothing saved for the lesson', () => {
    render(<LessonProgress {...lesson} />);
    expect(screen.getByText('Not started')).toBeInTheDocument();
  });

  it('finds no progress in Object’s own properties when exercises are called constructor or toString', () => {
    render(<LessonProgress {...lesson} exerciseIds={['constructor', 'toString']} />);
    expect(screen.getByText('Not started')).toBeInTheDocument();
  });

  it('counts the exercises this student finished', () => {
    saved(finish(emptyProgress(), 'find-cues'));
    render(<LessonProgress {...lesson} />);
    expect(screen.getByText('1 of 2 exercises done')).toBeInTheDocument();
  });

  it('says “Done” once every exercise is finished', () => {
    saved(finish(finish(emptyProgress(), 'find-cues'), 'find-sources'));
    render(<LessonProgress {...lesson} />);
    expect(screen.getByText('Done')).toBeInTheDocument();
  });

  it('ignores progress recorded against an older version of the lesson', () => {
    saved(finish(emptyProgress(), 'find-cues', 'v0'));
    render(<LessonProgress {...lesson} />);
    expect(screen.getByText('Not started')).toBeInTheDocument();
  });
});
