// SPDX-License-Identifier: EUPL-1.2
/** The officials' participation API: the reactions queue, moderation, answers, statuses and the overview. Types from the server's zod contract. */
import type { Overview, PublicPage, QueueItem } from '../../../../../src/modules/participation/participation-views.schema.ts';
import type { AnnouncementInput, SettingsInput } from '../../../../../src/modules/participation/participation.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { Overview, QueueItem } from '../../../../../src/modules/participation/participation-views.schema.ts';

export type QueueFilter = { visibility?: 'pending' | 'published' | 'hidden'; status?: 'received' | 'answered' | 'forwarded' | 'closed'; locationId?: string };

/** Reactions in the caller's scope (all locations), newest first. */
export function fetchQueue(filter: QueueFilter, signal?: AbortSignal): Promise<{ total: number; items: QueueItem[] }> {
  return apiRequest(`/participation/queue${queryString(filter)}`, { signal });
}

export function moderateReaction(id: string, decision: 'publish' | 'hide', reason?: string, theme?: string): Promise<unknown> {
  return apiRequest(`/participation/reactions/${id}/moderation`, { method: 'POST', body: { decision, ...(reason ? { reason } : {}), ...(theme ? { theme } : {}) } });
}

export function answerReaction(id: string, answer: string, theme?: string): Promise<unknown> {
  return apiRequest(`/participation/reactions/${id}/answer`, { method: 'POST', body: { answer, ...(theme ? { theme } : {}) } });
}

export function setReactionStatus(id: string, status: 'forwarded' | 'closed', note?: string): Promise<unknown> {
  return apiRequest(`/participation/reactions/${id}/status`, { method: 'POST', body: { status, ...(note ? { note } : {}) } });
}

/** The period and location the overview counts over (all optional). */
export type OverviewFilter = { locationId?: string; from?: string; to?: string };

export function fetchOverview(filter: OverviewFilter, signal?: AbortSignal): Promise<Overview> {
  return apiRequest(`/participation/overview${queryString(filter)}`, { signal });
}

/** The locations that have a public page (to choose one in the overview). */
export function fetchPublicLocations(signal?: AbortSignal): Promise<{ items: { id: string; name: string; municipalityName: string }[] }> {
  return apiRequest('/public/locations', { signal });
}

export type { PublicPage } from '../../../../../src/modules/participation/participation-views.schema.ts';
export type { AnnouncementInput, SettingsInput } from '../../../../../src/modules/participation/participation.schema.ts';

/** A location's public page as residents see it (to prefill the page settings). */
export function fetchPublicPage(locationId: string, signal?: AbortSignal): Promise<PublicPage> {
  return apiRequest(`/public/locations/${locationId}`, { signal });
}

export function savePageSettings(locationId: string, settings: SettingsInput): Promise<unknown> {
  return apiRequest(`/participation/locations/${locationId}/settings`, { method: 'PUT', body: settings });
}

export function postAnnouncement(locationId: string, announcement: AnnouncementInput): Promise<{ id: string }> {
  return apiRequest(`/participation/locations/${locationId}/announcements`, { method: 'POST', body: announcement });
}
