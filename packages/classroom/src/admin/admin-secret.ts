/**
 * The secret that lets `npm run class` reach the running server's admin endpoint when the server
 * holds the PGlite folder: written into the folder by the server at start (readable by its user
 * only), read by the CLI from the same folder. Whoever can read the folder could read the
 * database anyway, so the secret adds no new way in.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ADMIN_SECRET_FILE = 'admin.secret';

export function writeAdminSecret(dataDir: string): string {
  const secret = randomBytes(32).toString('base64url');
  const file = path.join(dataDir, ADMIN_SECRET_FILE);
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its mode on write
  return secret;
}

export function readAdminSecret(dataDir: string): string | null {
  try {
    return readFileSync(path.join(dataDir, ADMIN_SECRET_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Compares in constant time, so the secret cannot be guessed a character at a time. */
export function isAdminSecret(dataDir: string, given: string | null | undefined): boolean {
  const secret = readAdminSecret(dataDir);
  if (!secret || !given) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
