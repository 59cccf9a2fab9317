/**
 * A class's page for a student: the class's lessons, who is signed in on this device, and "New
 * student". Everything in it is the device's (its place in the class is in localStorage), so the
 * server sends only the frame.
 */
import type { Metadata } from 'next';
import { ClassHome } from '@/components/class/class-home.client';

export const metadata: Metadata = { title: 'Class' };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  return (
    <div className="prose">
      <ClassHome classId={classId} />
    </div>
  );
}
