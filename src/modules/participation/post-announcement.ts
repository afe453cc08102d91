// SPDX-License-Identifier: EUPL-1.2
/** An official posts an announcement (or a meeting invitation) on a location's public page. */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadPageLocation } from './load-records.ts';
import { insertAnnouncement } from './page.repository.ts';
import { participationPolicy } from './participation.policy.ts';
import type { AnnouncementInput } from './participation.schema.ts';
import { AppError } from '../../shared/errors.ts';

export type PostAnnouncementOptions = { db: Db; principal: Authenticated; locationId: string; input: AnnouncementInput; now: Date };

export async function postAnnouncement({ db, principal, locationId, input, now }: PostAnnouncementOptions): Promise<string> {
  await loadPageLocation({ db, principal, id: locationId, allowed: participationPolicy.canManagePage });
  if (input.meetingPlace && !input.meetingAt) {
    throw new AppError('VALIDATION_FAILED', 'A meeting place needs a meeting time.', { field: 'body.meetingAt' });
  }
  const actor = actorOf(principal);
  return inTransaction(db, actor, (tx) =>
    insertAnnouncement(tx, {
      locationId,
      title: input.title,
      body: input.body,
      meetingAt: input.meetingAt ? new Date(input.meetingAt) : null,
      meetingPlace: input.meetingPlace ?? null,
      publishedAt: now,
      createdBy: actor,
    }),
  );
}
