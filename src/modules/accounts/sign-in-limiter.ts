// SPDX-License-Identifier: EUPL-1.2
/**
 * Sign-in rate limiting: a sliding window of 15 minutes per e-mail address and per IP address,
 * kept in this process's memory. That is enough for one server process (the laptop and the
 * single-server deployment); several server processes behind a load balancer would each count
 * on their own, so the effective limit multiplies by their number.
 *
 * Each attempt takes a place in both windows before the password is checked, so parallel
 * guesses cannot slip past the limit; a successful sign-in gives its place back, so people who
 * sign in often (or tests) are not locked out by their own successes.
 */
import { AppError } from '../../shared/errors.ts';

export const signInWindowMs = 15 * 60 * 1000;
/** Upper bound on remembered keys, so a flood of made-up addresses cannot exhaust memory. */
const maxKeys = 50_000;

export type SignInAttempt = { release: () => void };

export type SignInLimiter = {
  /** Takes a place for an attempt, or throws RATE_LIMITED when a window is full. */
  attempt: (keys: { email: string; ip: string }) => SignInAttempt;
};

/** A limiter allowing `limit` attempts per window per e-mail address and per IP address. */
export function createSignInLimiter(options: { limit: number; windowMs?: number; now?: () => number }): SignInLimiter {
  const windowMs = options.windowMs ?? signInWindowMs;
  const now = options.now ?? Date.now;
  const windows = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => {
    const times = (windows.get(key) ?? []).filter((time) => time > at - windowMs);
    if (times.length === 0) {
      windows.delete(key);
    } else {
      windows.set(key, times);
    }
    return times;
  };

  const forget = (key: string, time: number): void => {
    const times = windows.get(key);
    const index = times?.indexOf(time) ?? -1;
    if (times && index >= 0) {
      times.splice(index, 1);
    }
  };

  return {
    attempt: ({ email, ip }) => {
      const at = now();
      const keys = [`email:${email}`, `ip:${ip}`];
      const full = keys.some((key) => recent(key, at).length >= options.limit);
      if (full) {
        throw new AppError('RATE_LIMITED', 'Too many sign-in attempts. Wait 15 minutes and try again.', {
          details: { retryAfterSeconds: Math.ceil(windowMs / 1000) },
        });
      }
      if (windows.size > maxKeys) {
        // Drop the oldest keys (Map keeps insertion order).
        for (const key of [...windows.keys()].slice(0, windows.size - maxKeys + keys.length)) {
          windows.delete(key);
        }
      }
      for (const key of keys) {
        windows.set(key, [...(windows.get(key) ?? []), at]);
      }
      return { release: () => keys.forEach((key) => forget(key, at)) };
    },
  };
}
