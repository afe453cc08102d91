// SPDX-License-Identifier: EUPL-1.2
/** The activities board's moderation API for officials. Types from the server's zod contract. */
import type { QueuedActivity } from '../../../../../src/modules/activities/activity.schema.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type { QueuedActivity } from '../../../../../src/modules/activities/activity.schema.ts';

export type ActivityListStatus = QueuedActivity['status'];

/** Activities in the caller's scope with this status. */
export function fetchActivityQueue(status: ActivityListStatus, signal?: AbortSignal): Promise<{ items: QueuedActivity[] }> {
  return apiRequest(`/activities/queue?status=${status}`, { signal });
}

export function moderateActivity(id: string, decision: 'publish' | 'reject', reason?: string): Promise<{ id: string; status: string }> {
  return apiRequest(`/activities/${id}/moderation`, { method: 'POST', body: { decision, ...(reason ? { reason } : {}) } });
}
