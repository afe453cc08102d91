// SPDX-License-Identifier: EUPL-1.2
/**
 * An official answers a reaction. The answer is public with the reaction (an answer to a reaction
 * still waiting for moderation publishes it: answering is a moderation decision too). When the
 * resident left an e-mail address, the answer mail is queued in the same transaction, and the
 * address's retention period starts (deleted after REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS). The
 * location's confirmed subscribers get a notice of the new answer.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
import { notifySubscribers } from '../subscriptions/notify-subscribers.ts';
import { answerMail } from './answer-mail.ts';
import { loadReaction, refOfReaction } from './load-records.ts';
import { participationPolicy } from './participation.policy.ts';
import type { AnswerInput } from './participation.schema.ts';
import { findReactionEmail, lockReaction, releaseReactionEmail, updateReaction, type ReactionRecord } from './reaction.repository.ts';

export type AnswerReactionOptions = {
  db: Db;
  principal: Authenticated;
  id: string;
  input: AnswerInput;
  now: Date;
  /** Base URL of the public pages, for the link in the mail. */
  publicUrl: string;
};

export async function answerReaction({ db, principal, id, input, now, publicUrl }: AnswerReactionOptions): Promise<ReactionRecord> {
  // A moderator sees the reaction (403 when answering); anyone outside the scope gets 404.
  const record = await loadReaction({ db, principal, id, allowed: participationPolicy.canReadReactions });
  authorize(principal, participationPolicy.canAnswer(principal, refOfReaction(record)), 'to answer reactions of this location');
  if (record.visibility === 'hidden') {
    throw new AppError('CONFLICT', 'A hidden reaction gets no public answer; close it instead.', { field: 'params.id' });
  }
  const actor = actorOf(principal);
  await inTransaction(db, actor, async (tx) => {
    await lockReaction(tx, id);
    await updateReaction(tx, id, {
      answer: input.answer,
      answeredBy: actor,
      answeredAt: now,
      status: 'answered',
      visibility: 'published',
      ...(record.visibility === 'pending' ? { moderatedBy: actor, moderatedAt: now } : {}),
      ...(input.theme ? { theme: input.theme } : {}),
    });
    const email = await findReactionEmail(tx, id);
    if (email) {
      await enqueueMail({ tx, to: email, ...answerMail({ record, answer: input.answer, publicUrl }), purpose: 'reaction_answer', reference: id });
      await releaseReactionEmail(tx, id, now);
    }
    const title = record.public_body.length > 80 ? `${record.public_body.slice(0, 79)}…` : record.public_body;
    await notifySubscribers({ tx, locationId: record.location_id, kind: 'answer', title, url: `${publicUrl}/inwoners/locaties/${record.location_id}` });
  });
  return record;
}
