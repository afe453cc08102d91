// SPDX-License-Identifier: EUPL-1.2
/**
 * Everything the public page of a location shows: what is planned, where, for how many people,
 * when and why; announcements and meetings; published reactions with their answers; and the
 * response times in aggregate. Only for locations marked public in the register.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { findPageLocation, listAnnouncements, type AnnouncementRecord, type PageLocationRecord } from './page.repository.ts';
import type { ReactionKind } from './participation.schema.ts';
import type { Announcement, PublicPage } from './participation-views.schema.ts';
import { listPublishedReactions, listReactionTimings } from './reaction.repository.ts';
import { responseStats, responseWorkingDays } from './response-times.ts';
import { dutchDateOf } from './working-days.ts';

export type GetPublicPageOptions = { db: Db; id: string; now: Date };

/** How many published reactions the page lists (newest first). */
export const reactionsOnPage = 100;

const presentAnnouncement = (row: AnnouncementRecord): Announcement => ({
  id: row.id,
  title: row.title,
  body: row.body,
  publishedAt: row.published_at,
  meeting: row.meeting_at ? { at: row.meeting_at, place: row.meeting_place } : null,
});

function presentLocation(row: PageLocationRecord): PublicPage['location'] {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    municipality: { code: row.municipality_code, name: row.municipality_name },
    kind: row.kind,
    capacity: row.capacity,
    plannedFrom: row.planned_from,
    plannedUntil: row.planned_until,
    status: row.status,
    decision:
      row.decision && row.decided_by && row.decided_on
        ? { outcome: row.decision, decidedBy: row.decided_by, decidedOn: row.decided_on }
        : null,
    summary: row.public_summary,
    weighingSummary: row.weighing_summary,
    spot: { longitude: row.longitude, latitude: row.latitude },
  };
}

export async function getPublicPage({ db, id, now }: GetPublicPageOptions): Promise<PublicPage> {
  const location = await findPageLocation(db, id);
  if (!location || !location.is_public) {
    throw new AppError('NOT_FOUND', 'There is no public page for this location.', { field: 'params.id' });
  }
  const [announcements, reactions, timings] = await Promise.all([
    listAnnouncements(db, id),
    listPublishedReactions(db, id, reactionsOnPage),
    listReactionTimings(db, id),
  ]);
  const nowIso = now.toISOString();
  return {
    location: presentLocation(location),
    moderation: location.moderation,
    contact: { name: location.contact_name, email: location.contact_email, phone: location.contact_phone, url: location.contact_url },
    announcements: announcements.map(presentAnnouncement),
    upcomingMeetings: announcements
      .filter((row) => row.meeting_at !== null && row.meeting_at >= nowIso)
      .sort((a, b) => (a.meeting_at ?? '').localeCompare(b.meeting_at ?? ''))
      .map(presentAnnouncement),
    reactions: reactions.map((row) => ({
      id: row.id,
      kind: row.kind as ReactionKind,
      text: row.public_body,
      status: row.status,
      receivedOn: dutchDateOf(new Date(row.received_at)),
      spot: row.longitude !== null && row.latitude !== null ? { longitude: row.longitude, latitude: row.latitude } : null,
      answer:
        row.answer && row.answered_at
          ? {
              text: row.answer,
              answeredOn: dutchDateOf(new Date(row.answered_at)),
              workingDays: responseWorkingDays(row.received_at, row.answered_at),
            }
          : null,
    })),
    responseTimes: responseStats(
      timings.map((row) => ({ receivedAt: row.received_at, answeredAt: row.answered_at, dueOn: row.due_on, status: row.status })),
      dutchDateOf(now),
    ),
  };
}
