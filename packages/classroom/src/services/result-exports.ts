/** The teacher's downloads of a class's results: `results.csv` (names) and `xapi.jsonl` (pseudonymous). */
import type { Teacher } from '../access';
import type { Classroom } from '../classroom';
import { resultsCsv } from '../exports/results-csv';
import { xapiStatements } from '../exports/xapi-statements';
import { ok, type Result } from '../result';
import { readClassWork } from './class-work';
import { guarded } from './guard';

export const exportResultsCsv = guarded(
  async (classroom: Classroom, teacher: Teacher, classId: string): Promise<Result<string>> => {
    const work = await readClassWork(classroom, teacher, classId);
    return work.ok ? ok(resultsCsv(work.value)) : work;
  },
);

/**
 * The statements' accounts and activities live at the server's public origin: `PUBLIC_URL`, or
 * the origin the teacher's browser addressed (as for join links).
 */
export const exportXapi = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
    requestOrigin: string,
  ): Promise<Result<string>> => {
    const origin = classroom.config.publicUrl ?? requestOrigin;
    const work = await readClassWork(classroom, teacher, classId);
    if (!work.ok) return work;
    return ok(
      xapiStatements(work.value, origin)
        .map((s) => `${JSON.stringify(s)}\n`)
        .join(''),
    );
  },
);
