// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors.ts';
import { createSignInLimiter, signInWindowMs } from './sign-in-limiter.ts';

describe('[ACCOUNTS] sign-in limiter', () => {
  const setup = (limit = 3) => {
    let now = 1_000_000;
    const limiter = createSignInLimiter({ limit, now: () => now });
    const attempt = (email: string, ip: string) => {
      try {
        return limiter.attempt({ email, ip });
      } catch (error) {
        if (isAppError(error, 'RATE_LIMITED')) {
          return 'limited' as const;
        }
        throw error;
      }
    };
    return { attempt, advance: (ms: number) => (now += ms) };
  };

  it('allows `limit` attempts per e-mail address in the window, then refuses', () => {
    const { attempt } = setup(3);
    expect([1, 2, 3].map((i) => attempt('a@x.nl', `10.0.0.${i}`) === 'limited')).toEqual([false, false, false]);
    expect(attempt('a@x.nl', '10.0.0.9')).toBe('limited');
    expect(attempt('b@x.nl', '10.0.0.9')).not.toBe('limited');
  });

  it('limits per IP address across e-mail addresses', () => {
    const { attempt } = setup(2);
    attempt('a@x.nl', '10.0.0.1');
    attempt('b@x.nl', '10.0.0.1');
    expect(attempt('c@x.nl', '10.0.0.1')).toBe('limited');
    expect(attempt('c@x.nl', '10.0.0.2')).not.toBe('limited');
  });

  it('slides: attempts older than 15 minutes no longer count', () => {
    const { attempt, advance } = setup(2);
    attempt('a@x.nl', '10.0.0.1');
    advance(10 * 60_000);
    attempt('a@x.nl', '10.0.0.1');
    expect(attempt('a@x.nl', '10.0.0.1')).toBe('limited');
    advance(signInWindowMs - 10 * 60_000 + 1);
    expect(attempt('a@x.nl', '10.0.0.1')).not.toBe('limited');
    expect(attempt('a@x.nl', '10.0.0.1')).toBe('limited');
  });

  it('gives the place back after a successful sign-in', () => {
    const { attempt } = setup(1);
    const first = attempt('a@x.nl', '10.0.0.1');
    if (first === 'limited') {
      throw new Error('first attempt refused');
    }
    first.release();
    expect(attempt('a@x.nl', '10.0.0.1')).not.toBe('limited');
  });
});
