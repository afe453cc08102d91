// SPDX-License-Identifier: EUPL-1.2
/** The integration API: waiting lists, waiting times, thresholds and a household's record and tracks. */
import type { z } from 'zod';
import type {
  AddTrackInput,
  IntegrationProfileInput,
  UpdateTrackInput,
  integrationRecordSchema,
  municipalityWaitingTimesSchema,
  provinceWaitingTimesSchema,
  thresholdsSchema,
  trackSchema,
  waitingListSchema,
} from '../../../../../src/modules/integration/integration.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { AddTrackInput, IntegrationProfileInput, UpdateTrackInput } from '../../../../../src/modules/integration/integration.schema.ts';
export type WaitingIndicator = 'permit_to_housing' | 'housing_to_language' | 'housing_to_education_or_work';
export type WaitingList = z.infer<typeof waitingListSchema>;
export type MunicipalityWaitingTimes = z.infer<typeof municipalityWaitingTimesSchema>;
export type ProvinceWaitingTimes = z.infer<typeof provinceWaitingTimesSchema>;
export type WaitingSummary = MunicipalityWaitingTimes['summaries'][number];
export type BucketLabel = MunicipalityWaitingTimes['buckets'][number];
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type IntegrationRecord = z.infer<typeof integrationRecordSchema>;
export type Track = z.infer<typeof trackSchema>;

export function fetchWaitingList(code: string, indicator: WaitingIndicator, signal?: AbortSignal): Promise<WaitingList> {
  return apiRequest(`/integration/municipalities/${code}/waiting-list${queryString({ indicator })}`, { signal });
}

export function fetchMunicipalityWaitingTimes(code: string, signal?: AbortSignal): Promise<MunicipalityWaitingTimes> {
  return apiRequest(`/integration/municipalities/${code}/waiting-times`, { signal });
}

export function fetchProvinceWaitingTimes(code: string, signal?: AbortSignal): Promise<ProvinceWaitingTimes> {
  return apiRequest(`/integration/provinces/${code}/waiting-times`, { signal });
}

export function fetchThresholds(signal?: AbortSignal): Promise<Thresholds> {
  return apiRequest('/integration/thresholds', { signal });
}

export function fetchIntegrationRecord(id: string, signal?: AbortSignal): Promise<IntegrationRecord> {
  return apiRequest(`/integration/households/${id}`, { signal });
}

export function saveIntegrationProfile(id: string, input: IntegrationProfileInput): Promise<IntegrationRecord> {
  return apiRequest(`/integration/households/${id}`, { method: 'PUT', body: input });
}

export function addTrack(householdId: string, input: AddTrackInput): Promise<Track> {
  return apiRequest(`/integration/households/${householdId}/tracks`, { method: 'POST', body: input });
}

export function updateTrack(trackId: string, input: UpdateTrackInput): Promise<Track> {
  return apiRequest(`/integration/tracks/${trackId}`, { method: 'PATCH', body: input });
}
