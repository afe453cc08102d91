// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors.ts';
import { createReactionLimiter } from './reaction-limiter.ts';

const refusal = (take: () => void): Record<string, unknown> | undefined => {
  try {
    take();
    return undefined;
  } catch (error) {
    if (isAppError(error, 'RATE_LIMITED')) {
      return error.details;
    }
    throw error;
  }
};

describe('[PARTICIPATION] reaction limiter', () => {
  it('refuses an address past its limit with the seconds until the window ends', () => {
    let clock = 0;
    const limiter = createReactionLimiter({ perAddress: 2, perLocation: 100, windowMs: 60_000 }, () => clock);
    const take = () => limiter.take({ address: '10.0.0.1', locationId: 'a' });
    expect(refusal(take)).toBeUndefined();
    expect(refusal(take)).toBeUndefined();
    clock = 15_000;
    expect(refusal(take)).toEqual({ retryAfterSeconds: 45, limitedBy: ['address'] });
    expect(refusal(() => limiter.take({ address: '10.0.0.2', locationId: 'a' }))).toBeUndefined();
    clock = 60_000;
    expect(refusal(take)).toBeUndefined();
  });

  it('refuses a location past its limit, whatever the address', () => {
    const limiter = createReactionLimiter({ perAddress: 10, perLocation: 3, windowMs: 1000 }, () => 0);
    for (let i = 0; i < 3; i++) {
      expect(refusal(() => limiter.take({ address: `10.0.0.${i}`, locationId: 'a' }))).toBeUndefined();
    }
    expect(refusal(() => limiter.take({ address: '10.0.0.9', locationId: 'a' }))).toMatchObject({ limitedBy: ['location'] });
    expect(refusal(() => limiter.take({ address: '10.0.0.9', locationId: 'b' }))).toBeUndefined();
  });
});
