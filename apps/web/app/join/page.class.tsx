/**
 * /join: a student joins a class by its code (prefilled from the join link's `?code=`) and a first
 * name, or rejoins from another device with the rejoin code the teacher shows. Class mode only
 * (page.static.tsx stands in for it in the static export).
 */
import type { Metadata } from 'next';
import { JoinForm } from '@/components/class/join-form.client';
import { classText } from '@/lib/ui-text/class';

export const metadata: Metadata = { title: classText.joinTitle };

export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { code } = await searchParams;
  return (
    <div className="prose">
      <h1>{classText.joinTitle}</h1>
      <p>{classText.joinIntro}</p>
      <JoinForm initialCode={typeof code === 'string' ? code.slice(0, 40) : ''} />
    </div>
  );
}
