// SPDX-License-Identifier: EUPL-1.2
/**
 * An official posts an announcement (or a meeting invitation) on a location's public page; the
 * location's confirmed subscribers get a mail, queued in the same transaction.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadPageLocation } from './load-records.ts';
import { insertAnnouncement } from './page.repository.ts';
import { participationPolicy } from './participation.policy.ts';
import type { AnnouncementInput } from './participation.schema.ts';
import { AppError } from '../../shared/errors.ts';
import { notifySubscribers } from '../subscriptions/notify-subscribers.ts';

export type PostAnnouncementOptions = {
  db: Db;
  principal: Authenticated;
  locationId: string;
  input: AnnouncementInput;
  now: Date;
  /** Base URL of the public pages, for the link in the subscribers' mail. */
  publicUrl: string;
};

export async function postAnnouncement({ db, principal, locationId, input, now, publicUrl }: PostAnnouncementOptions): Promise<string> {
  await loadPageLocation({ db, principal, id: locationId, allowed: participationPolicy.canManagePage });
  if (input.meetingPlace && !input.meetingAt) {
    throw new AppError('VALIDATION_FAILED', 'A meeting place needs a meeting time.', { field: 'body.meetingAt' });
  }
  const actor = actorOf(principal);
  return inTransaction(db, actor, async (tx) => {
    const id = await insertAnnouncement(tx, {
      locationId,
      title: input.title,
      body: input.body,
      meetingAt: input.meetingAt ? new Date(input.meetingAt) : null,
      meetingPlace: input.meetingPlace ?? null,
      publishedAt: now,
      createdBy: actor,
    });
    await notifySubscribers({ tx, locationId, kind: 'announcement', title: input.title, url: `${publicUrl}/inwoners/locaties/${locationId}` });
    return id;
  });
}
