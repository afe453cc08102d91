// SPDX-License-Identifier: EUPL-1.2
/**
 * An official forwards or closes a reaction. Closing starts the retention period of the e-mail
 * address left for it, as an answer does.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadReaction, refOfReaction } from './load-records.ts';
import { participationPolicy } from './participation.policy.ts';
import type { StatusInput } from './participation.schema.ts';
import { lockReaction, releaseReactionEmail, updateReaction, type ReactionRecord } from './reaction.repository.ts';

export type SetReactionStatusOptions = { db: Db; principal: Authenticated; id: string; input: StatusInput; now: Date };

export async function setReactionStatus({ db, principal, id, input, now }: SetReactionStatusOptions): Promise<ReactionRecord> {
  // A moderator sees the reaction (403 when answering); anyone outside the scope gets 404.
  const record = await loadReaction({ db, principal, id, allowed: participationPolicy.canReadReactions });
  authorize(principal, participationPolicy.canAnswer(principal, refOfReaction(record)), 'to answer reactions of this location');
  if (record.status === 'closed') {
    throw new AppError('CONFLICT', 'This reaction is closed already.', { field: 'body.status' });
  }
  await inTransaction(db, actorOf(principal), async (tx) => {
    await lockReaction(tx, id);
    await updateReaction(tx, id, { status: input.status, statusNote: input.note ?? null });
    if (input.status === 'closed') {
      await releaseReactionEmail(tx, id, now);
    }
  });
  return record;
}
