// SPDX-License-Identifier: EUPL-1.2
/**
 * Secrets: random tokens (stored only as SHA-256 hashes), the CSRF token derived from the session
 * token, and argon2id password hashes.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random token of 32 bytes (256 bits), base64url, with an optional readable prefix. */
export function randomToken(prefix = ''): string {
  return `${prefix}${crypto.randomBytes(32).toString('base64url')}`;
}

/** SHA-256 (hex) of a token: what the database stores and looks up by. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The CSRF token of a session: an HMAC of the (HttpOnly) session token, so the server stores
 * nothing extra and can give it out again on GET /session, while a page on another site, which
 * cannot read the cookie, cannot compute it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return crypto.createHmac('sha256', sessionToken).update('regietafel-csrf-v1').digest('base64url');
}

/** Compares two strings in constant time (for equal lengths; the length itself is not secret). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/**
 * argon2id (the library's default algorithm) with its default cost (19 MiB, 2 passes, 1 lane),
 * which is the OWASP-recommended minimum.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Computes the dummy hash ahead (at server start), so that not even the first sign-in with an
 * unknown address takes longer than one with a known address.
 */
export async function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomToken());
  return dummyHash;
}

/**
 * Verifies a password against a stored hash. Without a hash (unknown or inactive account), it
 * verifies against a dummy hash so that the work, and so the response time, is the same.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await prepareDummyHash(), password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** A strong random password for people created from the command line (about 120 bits). */
export function randomPassword(): string {
  return crypto.randomBytes(15).toString('base64url').replace(/[-_]/g, 'x');
}
