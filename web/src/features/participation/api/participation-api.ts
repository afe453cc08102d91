// SPDX-License-Identifier: EUPL-1.2
/** The officials' participation API: the reactions queue, moderation and answers. Types from the server's zod contract. */
import type { QueueItem } from '../../../../../src/modules/participation/participation-views.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { QueueItem } from '../../../../../src/modules/participation/participation-views.schema.ts';

export type QueueFilter = { visibility?: 'pending' | 'published' | 'hidden'; status?: 'received' | 'answered' | 'forwarded' | 'closed' };

/** Reactions in the caller's scope (all locations), newest first. */
export function fetchQueue(filter: QueueFilter, signal?: AbortSignal): Promise<{ total: number; items: QueueItem[] }> {
  return apiRequest(`/participation/queue${queryString(filter)}`, { signal });
}

export function moderateReaction(id: string, decision: 'publish' | 'hide', reason?: string): Promise<unknown> {
  return apiRequest(`/participation/reactions/${id}/moderation`, { method: 'POST', body: { decision, ...(reason ? { reason } : {}) } });
}

export function answerReaction(id: string, answer: string): Promise<unknown> {
  return apiRequest(`/participation/reactions/${id}/answer`, { method: 'POST', body: { answer } });
}
