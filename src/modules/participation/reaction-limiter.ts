// SPDX-License-Identifier: EUPL-1.2
/**
 * Rate limits for residents' reactions: a fixed window per client address and per location, in
 * this process's memory (like the sign-in limiter: enough for one server process; several
 * processes each count on their own). Both counters are checked before either is taken, so a
 * refused request does not use up the location's allowance.
 */
import { AppError } from '../../shared/errors.ts';

export type ReactionLimits = { perAddress: number; perLocation: number; windowMs: number };

export type ReactionLimiter = {
  /** Takes one place for this address and location, or throws RATE_LIMITED with retryAfterSeconds. */
  take: (keys: { address: string; locationId: string }) => void;
};

type Window = { count: number; resetAt: number };

/** Upper bound on remembered keys, so a flood of made-up addresses cannot exhaust memory. */
const maxKeys = 100_000;

export function createReactionLimiter(limits: ReactionLimits, now: () => number = Date.now): ReactionLimiter {
  const windows = new Map<string, Window>();

  const current = (key: string, at: number): Window => {
    const window = windows.get(key);
    if (window && window.resetAt > at) {
      return window;
    }
    if (windows.size >= maxKeys) {
      for (const [oldKey, old] of windows) {
        if (old.resetAt <= at || windows.size >= maxKeys) {
          windows.delete(oldKey);
        }
        if (windows.size < maxKeys / 2) {
          break;
        }
      }
    }
    const fresh = { count: 0, resetAt: at + limits.windowMs };
    windows.set(key, fresh);
    return fresh;
  };

  return {
    take: ({ address, locationId }) => {
      const at = now();
      const byAddress = current(`address:${address}`, at);
      const byLocation = current(`location:${locationId}`, at);
      const full = [
        { window: byAddress, limit: limits.perAddress, field: 'address' },
        { window: byLocation, limit: limits.perLocation, field: 'location' },
      ].filter(({ window, limit }) => window.count >= limit);
      if (full.length > 0) {
        const resetAt = Math.max(...full.map(({ window }) => window.resetAt));
        throw new AppError('RATE_LIMITED', 'Too many reactions. Wait a moment and try again.', {
          details: { retryAfterSeconds: Math.max(1, Math.ceil((resetAt - at) / 1000)), limitedBy: full.map(({ field }) => field) },
        });
      }
      byAddress.count += 1;
      byLocation.count += 1;
    },
  };
}
