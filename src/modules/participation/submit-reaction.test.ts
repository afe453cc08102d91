// SPDX-License-Identifier: EUPL-1.2
/** The due date of a reaction: 5 Dutch working days, computed once per day of receipt. */
import { describe, expect, it } from 'vitest';
import type { PageLocationRecord } from './page.repository.ts';
import type { ReactionWriter } from './reaction-writer.ts';
import { submitReaction } from './submit-reaction.ts';

const writer: ReactionWriter = { write: async () => 'id' };
const location = { id: 'loc', is_public: true, moderation: 'before' } as PageLocationRecord;
const submitAt = (iso: string) =>
  submitReaction({ writer, location, input: { kind: 'question', text: 'Wanneer is de avond?' }, now: new Date(iso), admit: () => {} });

describe('[PARTICIPATION] due date of a reaction', () => {
  it.each([
    // Thursday 24 December: Christmas (25, 26), the weekend and New Year's Day do not count.
    ['2026-12-24T10:00:00Z', '2027-01-04'],
    // Monday 28 December: 29, 30, 31 December, 4 and 5 January.
    ['2026-12-28T10:00:00Z', '2027-01-05'],
    // The same day again after another: the remembered due date follows the day of receipt.
    ['2026-12-24T15:00:00Z', '2027-01-04'],
    // 23:30 UTC on 27 December is already Monday 28 December in Amsterdam.
    ['2026-12-27T23:30:00Z', '2027-01-05'],
  ])('received %s is due %s', async (now, due) => {
    expect((await submitAt(now)).dueOn).toBe(due);
  });
});
