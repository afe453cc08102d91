// SPDX-License-Identifier: EUPL-1.2
/** Shapes reactions for officials and moderators: never the e-mail address, only whether one was left. */
import type { ReactionKind } from './participation.schema.ts';
import type { QueueItem } from './participation-views.schema.ts';
import type { ReactionRecord } from './reaction.repository.ts';
import { isPastTarget } from './response-times.ts';

export function presentQueueItem(record: ReactionRecord, today: string): QueueItem {
  return {
    id: record.id,
    location: { id: record.location_id, name: record.location_name },
    kind: record.kind as ReactionKind,
    text: record.body,
    publicText: record.public_body,
    containsContact: record.contains_contact,
    visibility: record.visibility,
    moderationReason: record.moderation_reason,
    status: record.status,
    statusNote: record.status_note,
    theme: record.theme,
    answer: record.answer,
    receivedAt: record.received_at,
    dueOn: record.due_on,
    pastTarget: isPastTarget({ status: record.status, dueOn: record.due_on }, today),
    wantsMail: record.wants_mail,
    spot: record.longitude !== null && record.latitude !== null ? { longitude: record.longitude, latitude: record.latitude } : null,
  };
}
