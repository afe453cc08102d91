// SPDX-License-Identifier: EUPL-1.2
/**
 * Called by the participation module when an announcement or an answer is published: one mail
 * per confirmed follower, queued in the caller's transaction, each with its own unsubscribe link
 * (in the text and as List-Unsubscribe / List-Unsubscribe-Post headers, RFC 8058).
 */
import type { Executor } from '../../db/client.ts';
import { hashToken, randomToken } from '../accounts/secrets.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
import { findPublicLocationName, insertToken, listConfirmedSubscribers } from './subscription.repository.ts';
import { noticeMail, unsubscribePath, type NoticeKind } from './subscription-mail.ts';

export type NotifySubscribersOptions = {
  /** The caller's open transaction: no mail when the publication rolls back. */
  tx: Executor;
  locationId: string;
  kind: NoticeKind;
  /** The announcement's title, or the start of the answered question. */
  title: string;
  /** Absolute link to the item on the public page; its origin is also used for the unsubscribe link. */
  url: string;
};

/** Queues the notices; returns how many were queued (0 for a location without a public page). */
export async function notifySubscribers(options: NotifySubscribersOptions): Promise<number> {
  const { tx, locationId, kind, title, url } = options;
  const locationName = await findPublicLocationName(tx, locationId);
  if (locationName === null) {
    return 0;
  }
  const origin = new URL(url).origin;
  const subscribers = await listConfirmedSubscribers(tx, locationId);
  for (const subscriber of subscribers) {
    const token = randomToken();
    await insertToken(tx, {
      subscriptionId: subscriber.subscription_id,
      purpose: 'unsubscribe',
      tokenHash: hashToken(token),
      expiresAt: null,
    });
    const unsubscribeUrl = `${origin}${unsubscribePath}?token=${token}`;
    const mail = noticeMail({ locationName, kind, title, url, unsubscribeUrl });
    await enqueueMail({
      tx,
      to: subscriber.email,
      ...mail,
      purpose: 'subscription_notice',
      reference: subscriber.subscription_id,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  }
  return subscribers.length;
}
