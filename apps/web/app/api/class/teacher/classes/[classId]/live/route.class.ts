/**
 * The class's live channel for its teacher: every message of the class, as server-sent events
 * (part 2's dashboard reads it). A message names what changed by id; the page fetches the rest.
 */
import { teachersClass } from '@sayswho/classroom';
import { liveStream } from '@/lib/class-server/live-stream';
import { teacherRoute } from '@/lib/teacher-class/teacher-route';

export const GET = teacherRoute<{ classId: string }>(
  async ({ classroom, teacher, params, request }) => {
    const found = await teachersClass(classroom, teacher, params.classId);
    return found.ok ? liveStream(request, classroom, params.classId, () => true) : found;
  },
);
