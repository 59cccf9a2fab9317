/**
 * Secrets and codes. Tokens (sign-in links, sessions, devices) are 32 random bytes; the database
 * keeps only their SHA-256, so a copy of it signs nobody in. Codes people type (join, rejoin)
 * are 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L).
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: capitals, no spaces or dashes ("ab3 d-ef" → "AB3DEF"). */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
