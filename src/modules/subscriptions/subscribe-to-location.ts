// SPDX-License-Identifier: EUPL-1.2
/**
 * Following a location, step one of the double opt-in: store a pending subscription and queue a
 * mail with a single-use link. The answer is the same whether the address was new, pending or
 * already confirmed, so nobody can find out who follows a location.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { hashToken, randomToken } from '../accounts/secrets.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
import {
  findPublicLocationName,
  findSubscriptionByEmail,
  insertSubscription,
  insertToken,
} from './subscription.repository.ts';
import { confirmMail, confirmPath } from './subscription-mail.ts';
import type { SubscribeInput } from './subscription.schema.ts';

/** How long a confirmation link works. */
export const confirmValidDays = 7;
/** A pending address gets at most one confirmation mail per this many minutes. */
const resendAfterMinutes = 10;

export type SubscribeToLocationOptions = {
  database: Database;
  locationId: string;
  input: SubscribeInput;
  /** Base of the link in the mail, e.g. https://regietafel.example.nl */
  publicUrl: string;
  now?: Date;
};

/** Queues a confirmation mail when one is due; throws NOT_FOUND for a location without a public page. */
export async function subscribeToLocation(options: SubscribeToLocationOptions): Promise<void> {
  const { database, locationId, input, publicUrl } = options;
  const now = options.now ?? new Date();
  await inTransaction(database.db, 'system:public-subscriptions', async (tx) => {
    const locationName = await findPublicLocationName(tx, locationId);
    if (locationName === null) {
      throw new AppError('NOT_FOUND', 'There is no public page for this location.', { field: 'params.id' });
    }
    // A filled honeypot is a robot: same answer, nothing stored or sent.
    if (input.website) {
      return;
    }
    const email = input.email.trim().toLowerCase();
    const existing = await findSubscriptionByEmail(tx, locationId, email);
    if (existing?.status === 'confirmed') {
      return;
    }
    const lastMail = existing?.last_confirm_token_at ? new Date(existing.last_confirm_token_at) : null;
    if (lastMail && now.getTime() - lastMail.getTime() < resendAfterMinutes * 60_000) {
      return;
    }
    const subscriptionId = existing?.id ?? (await insertSubscription(tx, locationId, email));
    const token = randomToken();
    await insertToken(tx, {
      subscriptionId,
      purpose: 'confirm',
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + confirmValidDays * 86_400_000),
    });
    const mail = confirmMail({
      locationName,
      confirmUrl: `${publicUrl}${confirmPath}?token=${token}`,
      validDays: confirmValidDays,
    });
    await enqueueMail({ tx, to: email, ...mail, purpose: 'subscription_confirm', reference: subscriptionId });
  });
}
