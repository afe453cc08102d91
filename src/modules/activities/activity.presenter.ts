// SPDX-License-Identifier: EUPL-1.2
/** Shapes activities for the board and the queue; the original text only goes to moderators. */
import type { ActivityRecord } from './activity.repository.ts';
import type { PublicActivity, QueuedActivity } from './activity.schema.ts';

export function presentPublicActivity(row: ActivityRecord): PublicActivity {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.public_description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    schedule: row.schedule,
    place: row.place,
    municipality: { code: row.municipality_code, name: row.municipality_name },
    location: row.location_id && row.location_name ? { id: row.location_id, name: row.location_name } : null,
    organiser: { name: row.organiser_name, email: row.organiser_email, url: row.organiser_url },
  };
}

export function presentQueuedActivity(row: ActivityRecord): QueuedActivity {
  return {
    ...presentPublicActivity(row),
    originalDescription: row.description,
    containsContact: row.contains_contact,
    submittedAt: row.created_at,
    status: row.status,
    moderationReason: row.moderation_reason,
    moderatedAt: row.moderated_at,
  };
}
