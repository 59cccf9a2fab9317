import { pageKind } from './build-output';

describe('the kind of each built page', () => {
  it('counts only student lesson pages as lessons, the ones the JS budget is about', () => {
    expect(pageKind('/lessons/who-says-so')).toBe('lesson');
    expect(pageKind('/lessons/who-says-so/teacher')).toBe('teacher');
    expect(pageKind('/lessons/who-says-so/hand-in')).toBe('other');
    expect(pageKind('/lessons/bench-full-article-spot')).toBe('bench fixture');
  });

  it('tells the reading pages apart', () => {
    expect(pageKind('/')).toBe('home');
    expect(pageKind('/articles/ap-landmines-latimes')).toBe('reader');
    expect(pageKind('/compare/ap-landmines-2024')).toBe('compare');
    expect(pageKind('/compare')).toBe('other');
    expect(pageKind('/guide')).toBe('guide');
  });
});
