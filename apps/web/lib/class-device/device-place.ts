/**
 * The device's place in a class: its device token, the student it belongs to and the class, kept
 * in localStorage so a reload or a closed tab finds it again. One place per device: "New student"
 * forgets it (the outbox keeps each event's own token, so unsent work still goes to its author).
 */
export const CLASS_DEVICE_KEY = 'sayswho:class-device';

export interface ClassLessonLink {
  readonly slug: string;
  readonly title: string;
}

export interface ClassDevice {
  readonly token: string;
  readonly student: { readonly id: string; readonly name: string };
  readonly class: {
    readonly id: string;
    readonly name: string;
    readonly lessons: readonly ClassLessonLink[];
  };
}

function isDevice(value: unknown): value is ClassDevice {
  const d = value as Partial<ClassDevice> | null;
  return (
    typeof d?.token === 'string' &&
    typeof d.student?.id === 'string' &&
    typeof d.student.name === 'string' &&
    typeof d.class?.id === 'string' &&
    typeof d.class.name === 'string' &&
    Array.isArray(d.class.lessons)
  );
}

/** The saved place, or null (none, unreadable, or storage blocked). */
export function readDevice(): ClassDevice | null {
  try {
    const raw = localStorage.getItem(CLASS_DEVICE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isDevice(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Saves the place; false when the browser refuses storage (the page then says so). */
export function saveDevice(device: ClassDevice): boolean {
  try {
    localStorage.setItem(CLASS_DEVICE_KEY, JSON.stringify(device));
    return true;
  } catch {
    return false;
  }
}

export function forgetDevice(): void {
  try {
    localStorage.removeItem(CLASS_DEVICE_KEY);
  } catch {
    // Storage blocked: nothing was saved either.
  }
}
