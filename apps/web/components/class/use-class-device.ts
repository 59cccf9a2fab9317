/**
 * The device's place in a class as React state: null on the server and during hydration (it lives
 * in localStorage), then what the device holds; pages that join, rename or leave say so here.
 */
import { useSyncExternalStore } from 'react';
import {
  forgetDevice,
  readDevice,
  saveDevice,
  type ClassDevice,
} from '@/lib/class-device/device-place';

let device: ClassDevice | null | undefined;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function setClassDevice(next: ClassDevice | null): boolean {
  const saved = next ? saveDevice(next) : (forgetDevice(), true);
  device = next;
  emit();
  return saved;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** `undefined` until the page has hydrated (not known yet), then the device's place or null. */
export function useClassDevice(): ClassDevice | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => (device === undefined ? (device = readDevice()) : device),
    () => undefined,
  );
}
