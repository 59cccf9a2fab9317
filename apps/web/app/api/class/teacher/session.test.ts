/** Signing in with the link (the cookie and where it lands) and signing out. */
import { issueSignInLink, teacherFromSession } from '@sayswho/classroom';
import { aTeacher, value } from '@sayswho/classroom/testing';
import { NextRequest } from 'next/server';
import { classRequest } from '@/lib/class-server/testing/requests';
import { aSignedInTeacher } from '@/lib/class-server/testing/signed-in-teacher';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import * as signIn from './sign-in/route.class';
import * as signOut from './sign-out/route.class';

describe('signing a teacher in and out', () => {
  const classroom = useTestClassroom();

  async function aLink(name = 'Ms Rivera'): Promise<string> {
    await aTeacher(classroom(), name);
    const link = value(
      await issueSignInLink(classroom(), { name, origin: 'http://127.0.0.1:3000' }),
    );
    const url = new URL(link.url);
    return `${url.pathname}${url.search}`;
  }

  it('sets an HttpOnly, SameSite=Lax session cookie and lands on /teacher', async () => {
    const response = await signIn.GET(classRequest(await aLink()));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/teacher');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^sayswho_teacher=[\w-]{20,}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=lax$/i,
    );
    const session = /^sayswho_teacher=([^;]+)/.exec(cookie)![1];
    expect(value(await teacherFromSession(classroom(), session)).name).toBe('Ms Rivera');
  });

  it('marks the cookie Secure when the kit is served over https', async () => {
    const path = await aLink();
    const response = await signIn.GET(new NextRequest(new URL(path, 'https://kit.school.test')));
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('sends a used or made-up link to /teacher, which says it expired; no cookie', async () => {
    const path = await aLink();
    await signIn.GET(classRequest(path));
    for (const again of [
      path,
      '/api/class/teacher/sign-in?token=made-up',
      '/api/class/teacher/sign-in',
    ]) {
      const response = await signIn.GET(classRequest(again));
      expect(response.headers.get('location')).toBe('/teacher?signin=expired');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('ends the session and clears the cookie', async () => {
    const { session } = await aSignedInTeacher(classroom());
    const response = await signOut.POST(
      classRequest('/api/class/teacher/sign-out', { method: 'POST', session }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/teacher');
    expect(response.headers.get('set-cookie')).toMatch(
      /^sayswho_teacher=; Path=\/; Expires=Thu, 01 Jan 1970/,
    );
    expect(await teacherFromSession(classroom(), session)).toMatchObject({ status: 401 });
  });

  it('lets no other site sign a teacher out (403), and signs out nobody without a session', async () => {
    const { session } = await aSignedInTeacher(classroom());
    const crossSite = await signOut.POST(
      classRequest('/api/class/teacher/sign-out', {
        method: 'POST',
        session,
        origin: 'https://evil.example',
      }),
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('set-cookie')).toBeNull();
    expect(value(await teacherFromSession(classroom(), session)).name).toBe('Ms Rivera');
    const stranger = await signOut.POST(
      classRequest('/api/class/teacher/sign-out', { method: 'POST' }),
    );
    expect(stranger.headers.get('location')).toBe('/teacher');
  });
});
