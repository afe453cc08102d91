// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { isPastTarget, responseStats } from './response-times.ts';

describe('[PARTICIPATION] response times', () => {
  it('counts answers within the target and the median in working days', () => {
    const stats = responseStats(
      [
        // Friday evening, answered the next Monday: 1 working day.
        { receivedAt: '2026-11-20T18:00:00.000Z', answeredAt: '2026-11-23T09:00:00.000Z', dueOn: '2026-11-27', status: 'answered' },
        // Monday, answered 8 working days later (past the target).
        { receivedAt: '2026-11-02T09:00:00.000Z', answeredAt: '2026-11-12T09:00:00.000Z', dueOn: '2026-11-09', status: 'answered' },
        // Still open, past its due date.
        { receivedAt: '2026-11-02T09:00:00.000Z', answeredAt: null, dueOn: '2026-11-09', status: 'received' },
        // Closed without an answer: not open.
        { receivedAt: '2026-11-02T09:00:00.000Z', answeredAt: null, dueOn: '2026-11-09', status: 'closed' },
      ],
      '2026-11-28',
    );
    expect(stats).toMatchObject({ targetWorkingDays: 5, answered: 2, answeredWithinTarget: 1, medianWorkingDays: 4.5, openPastTarget: 1 });
  });

  it('is not past the target on the due date itself', () => {
    expect(isPastTarget({ status: 'received', dueOn: '2026-11-28' }, '2026-11-28')).toBe(false);
    expect(isPastTarget({ status: 'forwarded', dueOn: '2026-11-27' }, '2026-11-28')).toBe(true);
  });

  it('has no median without answers', () => {
    expect(responseStats([], '2026-11-28').medianWorkingDays).toBeNull();
  });
});
