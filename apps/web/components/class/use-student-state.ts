/**
 * Keeps the class server's view of this student fresh while a class page is open: fetched at
 * once, then again on every live message (locks, reviews, a rename, removal); each time the live
 * stream opens again, the outbox is sent. A removed student's device leaves the class and keeps
 * its work; a rename updates the name the page shows.
 */
import { useEffect, useState } from 'react';
import { fetchState } from '@/lib/class-device/class-api';
import { classOutbox } from '@/lib/class-device/class-outbox';
import type { ClassDevice } from '@/lib/class-device/device-place';
import { readLive } from '@/lib/class-device/live-stream';
import { setStudentState } from './class-state';
import { setClassDevice } from './use-class-device';

export function useStudentState(device: ClassDevice | null | undefined): { removed: boolean } {
  const [removed, setRemoved] = useState(false);
  const token = device?.token;
  useEffect(() => {
    if (!device || !token) return;
    let live = true;
    const leave = () => {
      if (!live) return;
      setRemoved(true);
      setStudentState(null);
      setClassDevice(null);
    };
    const refresh = async () => {
      const state = await fetchState(token);
      if (!live) return;
      if (state.ok) {
        setStudentState(state.value);
        const { student, class: klass } = state.value;
        if (student.id !== device.student.id || student.name !== device.student.name)
          setClassDevice({
            ...device,
            student,
            class: { ...device.class, lessons: klass.lessons },
          });
      } else if (state.status === 401 || state.status === 410) leave();
    };
    void refresh();
    const close = readLive({
      token,
      onChange: () => void refresh(),
      onRefused: leave,
      // The server answers again (it was restarted, or the network is back): what waits in the
      // outbox goes now, not at the end of the outbox's own backoff (up to a minute).
      onOpen: () => void classOutbox().flush(),
    });
    return () => {
      live = false;
      close();
    };
    // The device object changes on a rename; the stream belongs to the token.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  return { removed };
}
