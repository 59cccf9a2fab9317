import { liveTargets } from './class-dashboard-plan';

const student = (name: string, ...touched: string[]) => ({ name, touched: new Set(touched) });

describe('the live updates’ targets', () => {
  it('gives each run a different student with an exercise they have not touched', () => {
    const students = [
      student('all done', 'a/1', 'a/2'),
      student('did a/1', 'a/1'),
      student('new'),
      student('did a/2', 'a/2'),
    ];
    expect(
      liveTargets(students, ['a/1', 'a/2'], 2).map((t) => [t.student.name, t.exerciseKey]),
    ).toEqual([
      ['did a/1', 'a/2'],
      ['new', 'a/1'],
    ]);
  });

  it('gives fewer targets than runs when too few students have something left', () => {
    expect(liveTargets([student('done', 'a/1')], ['a/1'], 5)).toEqual([]);
  });
});
