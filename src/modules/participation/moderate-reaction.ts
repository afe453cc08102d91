// SPDX-License-Identifier: EUPL-1.2
/** A moderator (or an official of the location) publishes or hides a reaction; hiding needs a reason. */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadReaction } from './load-records.ts';
import { participationPolicy } from './participation.policy.ts';
import type { ModerationInput } from './participation.schema.ts';
import { lockReaction, updateReaction, type ReactionRecord } from './reaction.repository.ts';

export type ModerateReactionOptions = { db: Db; principal: Authenticated; id: string; input: ModerationInput; now: Date };

/** Returns the reaction as it was before (its location id tells the caller which page changed). */
export async function moderateReaction({ db, principal, id, input, now }: ModerateReactionOptions): Promise<ReactionRecord> {
  const record = await loadReaction({ db, principal, id, allowed: participationPolicy.canModerate });
  if (input.decision === 'hide' && !input.reason) {
    throw new AppError('VALIDATION_FAILED', 'Say why the reaction is hidden.', { field: 'body.reason' });
  }
  const actor = actorOf(principal);
  await inTransaction(db, actor, async (tx) => {
    await lockReaction(tx, id);
    await updateReaction(tx, id, {
      visibility: input.decision === 'publish' ? 'published' : 'hidden',
      moderationReason: input.reason ?? null,
      moderatedBy: actor,
      moderatedAt: now,
      ...(input.theme ? { theme: input.theme } : {}),
    });
  });
  return record;
}
