/** A teacher signed in as through their link, for route tests: who they are and their session. */
import { issueSignInLink, signIn, type Classroom, type Teacher } from '@sayswho/classroom';
import { aTeacher, value } from '@sayswho/classroom/testing';

export interface SignedInTeacher {
  readonly teacher: Teacher;
  /** The `sayswho_teacher` cookie's value. */
  readonly session: string;
}

export async function aSignedInTeacher(
  classroom: Classroom,
  name = 'Ms Rivera',
): Promise<SignedInTeacher> {
  const teacher = await aTeacher(classroom, name);
  const link = value(await issueSignInLink(classroom, { name, origin: 'http://x.test' }));
  const token = new URL(link.url).searchParams.get('token')!;
  return { teacher, session: value(await signIn(classroom, { token })).sessionToken };
}
