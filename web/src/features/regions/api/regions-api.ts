// SPDX-License-Identifier: EUPL-1.2
/**
 * The public regions API. Types come from the server's zod contract (type-only imports: no server
 * code reaches the browser bundle).
 */
import type { z } from 'zod';
import type {
  MunicipalityDetail,
  municipalityListSchema,
  MunicipalityProfile,
  MunicipalityProfileInput,
  municipalityMapSchema,
  provinceListSchema,
  Source,
} from '../../../../../src/modules/regions/region.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type {
  MunicipalityDetail,
  MunicipalityListItem,
  MunicipalityProfile,
  MunicipalityProfileInput,
  Source,
} from '../../../../../src/modules/regions/region.schema.ts';
export type ProvinceList = z.infer<typeof provinceListSchema>;
export type Province = ProvinceList['items'][number];
export type MunicipalityList = z.infer<typeof municipalityListSchema>;
export type MunicipalityMap = z.infer<typeof municipalityMapSchema>;
export type MunicipalityMapFeature = MunicipalityMap['features'][number];

/** All provinces with their population (latest division year). */
export function fetchProvinces(signal?: AbortSignal): Promise<ProvinceList> {
  return apiRequest<ProvinceList>('/provinces', { signal });
}

/** A province's municipalities with their latest population figure. */
export function fetchMunicipalities(provinceCode: string, signal?: AbortSignal): Promise<MunicipalityList> {
  return apiRequest<MunicipalityList>(`/municipalities${queryString({ province: provinceCode })}`, { signal });
}

/** A province's municipalities as GeoJSON, for the choropleth. */
export function fetchMunicipalityMap(provinceCode: string, signal?: AbortSignal): Promise<MunicipalityMap> {
  return apiRequest<MunicipalityMap>(`/provinces/${encodeURIComponent(provinceCode)}/municipalities.geojson`, { signal });
}

/** One municipality with history, mergers and boundary (404 problem when unknown). */
export function fetchMunicipality(code: string, signal?: AbortSignal): Promise<MunicipalityDetail> {
  return apiRequest<MunicipalityDetail>(`/municipalities/${encodeURIComponent(code)}`, { signal });
}

/** One municipality with history, mergers and boundary (404 problem when unknown). */
export function fetchMunicipalityProfile(code: string, signal?: AbortSignal): Promise<MunicipalityProfile> {
  return apiRequest<MunicipalityProfile>(`/municipalities/${encodeURIComponent(code)}/profile`, { signal });
}

/** Replaces the whole profile; null clears a field. Needs a session (CSRF header) and the right role. */
export function saveMunicipalityProfile(code: string, input: MunicipalityProfileInput): Promise<MunicipalityProfile> {
  return apiRequest<MunicipalityProfile>(`/municipalities/${encodeURIComponent(code)}/profile`, { method: 'PUT', body: input });
}
