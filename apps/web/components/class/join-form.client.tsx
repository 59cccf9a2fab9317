'use client';
/**
 * Joining a class: the code (from the join link's `?code=`, or typed) and a first name or
 * nickname; or, from another device, the class code and the rejoin code the teacher shows. A
 * device with answers from before asks whether to bring them in; then the class's page opens.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Joined } from '@sayswho/classroom';
import { useHydrated } from '@/components/use-hydrated';
import { joinClass, rejoinClass, type ApiResult } from '@/lib/class-device/class-api';
import { classOutbox, queueEvent } from '@/lib/class-device/class-outbox';
import type { ClassDevice } from '@/lib/class-device/device-place';
import { classText } from '@/lib/ui-text/class';
import { ClassStatus } from './class-status.client';
import { earlierWork } from './earlier-work';
import { setClassDevice } from './use-class-device';
import '../exercises/exercises.css';
import './class.css';

const NAME_MAX = 40;

function problemOf(answer: Extract<ApiResult<Joined>, { ok: false }>): string {
  if (answer.status === 0) return classText.networkDown;
  if (answer.status === 429) return classText.waitRateLimit(answer.retryAfterSeconds);
  return answer.reason;
}

function deviceOf(joined: Joined): ClassDevice {
  return { token: joined.deviceToken, student: joined.student, class: joined.class };
}

export function JoinForm({ initialCode }: { initialCode: string }) {
  const ids = { code: useId(), name: useId(), rejoin: useId(), rejoinCode: useId() };
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState('');
  const [rejoinError, setRejoinError] = useState('');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [joined, setJoined] = useState<{ device: ClassDevice; earlier: number } | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    classOutbox();
  }, []);
  useEffect(() => {
    if (joined) questionRef.current?.focus();
  }, [joined]);

  const open = (device: ClassDevice) => window.location.assign(`/class/${device.class.id}`);

  async function finish(answer: ApiResult<Joined>, fail: (text: string) => void) {
    if (!answer.ok) return fail(problemOf(answer));
    const device = deviceOf(answer.value);
    if (!setClassDevice(device)) return fail(classText.storageBlocked);
    const earlier = earlierWork(device.class.lessons.map((l) => l.slug));
    if (earlier.length === 0) return open(device);
    setJoined({ device, earlier: new Set(earlier.map((e) => e.lesson.slug)).size });
  }

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    if (!code.trim()) return setError(classText.codeMissing);
    if (!name || name.length > NAME_MAX) return setError(classText.nameMissing);
    setBusy(true);
    setError('');
    try {
      await finish(await joinClass(code.trim(), name), setError);
    } finally {
      setBusy(false);
    }
  }

  async function rejoin(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const rejoinCode = String(data.get('rejoinCode') ?? '').trim();
    const classCode = String(data.get('code') ?? '').trim();
    if (!classCode) return setRejoinError(classText.codeMissing);
    if (!rejoinCode) return setRejoinError(classText.rejoinMissing);
    setBusy(true);
    setRejoinError('');
    try {
      await finish(await rejoinClass(classCode, rejoinCode), setRejoinError);
    } finally {
      setBusy(false);
    }
  }

  async function bringIn(yes: boolean) {
    if (!joined) return;
    if (yes)
      for (const event of earlierWork(joined.device.class.lessons.map((l) => l.slug)))
        await queueEvent(joined.device, event);
    open(joined.device);
  }

  if (joined)
    return (
      <div role="group" aria-labelledby={`${ids.name}-q`} className="class-form">
        <p id={`${ids.name}-q`} ref={questionRef} tabIndex={-1}>
          {classText.earlierWorkQuestion(joined.earlier)}
        </p>
        <div>
          <button
            type="button"
            className="ex-button ex-button--primary"
            onClick={() => void bringIn(true)}
          >
            {classText.bringWork}
          </button>{' '}
          <button type="button" className="ex-button" onClick={() => void bringIn(false)}>
            {classText.leaveWork}
          </button>
        </div>
      </div>
    );

  return (
    <>
      <ClassStatus />
      <form className="class-form" onSubmit={(e) => void join(e)} noValidate>
        <label htmlFor={ids.code}>{classText.codeLabel}</label>
        <input
          id={ids.code}
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
        <label htmlFor={ids.name}>{classText.nameLabel}</label>
        <p id={`${ids.name}-help`} className="class-form__help">
          {classText.nameHelp}
        </p>
        <input
          id={ids.name}
          name="name"
          maxLength={NAME_MAX}
          autoComplete="given-name"
          aria-describedby={`${ids.name}-help ${ids.name}-error`}
          required
        />
        <p id={`${ids.name}-error`} role="alert" className="class-form__error">
          {error}
        </p>
        <div>
          <button
            type="submit"
            className="ex-button ex-button--primary"
            disabled={busy || !hydrated}
          >
            {busy ? classText.joining : classText.join}
          </button>
        </div>
      </form>

      <h2 id={ids.rejoin}>{classText.rejoinHeading}</h2>
      <form
        className="class-form"
        aria-labelledby={ids.rejoin}
        onSubmit={(e) => void rejoin(e)}
        noValidate
      >
        <p className="class-form__help">{classText.rejoinIntro}</p>
        <label htmlFor={`${ids.rejoin}-code`}>{classText.codeLabel}</label>
        <input
          id={`${ids.rejoin}-code`}
          name="code"
          defaultValue={initialCode}
          autoComplete="off"
          spellCheck={false}
        />
        <label htmlFor={ids.rejoinCode}>{classText.rejoinLabel}</label>
        <input
          id={ids.rejoinCode}
          name="rejoinCode"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids.rejoinCode}-error`}
        />
        <p id={`${ids.rejoinCode}-error`} role="alert" className="class-form__error">
          {rejoinError}
        </p>
        <div>
          <button type="submit" className="ex-button" disabled={busy || !hydrated}>
            {classText.rejoin}
          </button>
        </div>
      </form>
    </>
  );
}
