// SPDX-License-Identifier: EUPL-1.2
/**
 * The reception locations register API. Types come from the server's zod contract (type-only
 * imports: no server code reaches the browser bundle).
 */
import type { z } from 'zod';
import type {
  CreateLocationInput,
  LocationListQuery,
  locationDetailSchema,
  locationListSchema,
  locationMapSchema,
  OccupancyInput,
  occupancyResultSchema,
  StepInput,
  UpdateLocationInput,
} from '../../../../../src/modules/locations/location.schema.ts';
import type { ProgressQuery, progressSchema } from '../../../../../src/modules/locations/progress.schema.ts';
import type { progressSchema as receptionProgressSchema } from '../../../../../src/modules/taakstelling/reception/reception.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { CreateLocationInput, LocationListQuery, OccupancyInput, StepInput, UpdateLocationInput };
export type LocationList = z.infer<typeof locationListSchema>;
export type Location = LocationList['items'][number];
export type LocationDetail = z.infer<typeof locationDetailSchema>;
export type LocationMap = z.infer<typeof locationMapSchema>;
export type OccupancyResult = z.infer<typeof occupancyResultSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type LocationStatus = Location['status'];
export type ReceptionTargets = z.infer<typeof receptionProgressSchema>;

/** The locations in the caller's scope, filtered. */
export function fetchLocations(query: LocationListQuery, signal?: AbortSignal): Promise<LocationList> {
  return apiRequest<LocationList>(`/locations${queryString(query)}`, { signal });
}

/** The same list as GeoJSON points, for the map. */
export function fetchLocationMap(query: LocationListQuery, signal?: AbortSignal): Promise<LocationMap> {
  return apiRequest<LocationMap>(`/locations.geojson${queryString(query)}`, { signal });
}

/** A location page's data. */
export function fetchLocation(id: string, signal?: AbortSignal): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/locations/${encodeURIComponent(id)}`, { signal });
}

/** Registers a location. */
export function createLocation(input: CreateLocationInput): Promise<LocationDetail> {
  return apiRequest<LocationDetail>('/locations', { method: 'POST', body: input });
}

/** Changes a location (not its status). */
export function updateLocation(id: string, input: UpdateLocationInput): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/locations/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

/** Records the next lifecycle step; a step back is refused with the reason. */
export function recordStep(id: string, step: StepInput): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/locations/${encodeURIComponent(id)}/steps`, { method: 'POST', body: step });
}

/** Records a count of persons; above capacity is recorded and flagged. */
export function recordOccupancy(id: string, input: OccupancyInput): Promise<OccupancyResult> {
  return apiRequest<OccupancyResult>(`/locations/${encodeURIComponent(id)}/occupancy`, { method: 'POST', body: input });
}

/** Places realised over time for a province, municipality or safety region. */
export function fetchProgress(query: Omit<ProgressQuery, 'interval'> & { interval?: ProgressQuery['interval'] }, signal?: AbortSignal): Promise<Progress> {
  return apiRequest<Progress>(`/locations/progress${queryString(query)}`, { signal });
}

/** The reception-place targets of a province with the places realised (taakstelling module). */
export function fetchReceptionTargets(province: string, signal?: AbortSignal): Promise<ReceptionTargets> {
  return apiRequest<ReceptionTargets>(`/taakstelling/reception-targets${queryString({ province })}`, { signal });
}
