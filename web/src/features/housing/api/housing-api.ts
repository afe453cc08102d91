// SPDX-License-Identifier: EUPL-1.2
/** The housing API: buildings, projects, forecast. Types come from the server's zod contracts. */
import type { z } from 'zod';
import type { buildingListSchema, buildingMapSchema, Building, CreateBuildingInput } from '../../../../../src/modules/housing/building.schema.ts';
import type { agreementSchema, AgreementInput, brokeringSchema } from '../../../../../src/modules/housing/brokering.schema.ts';
import type { Forecast } from '../../../../../src/modules/housing/forecast.schema.ts';
import type { ConvertBuildingInput, Project, projectListSchema } from '../../../../../src/modules/housing/project.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { Building, CreateBuildingInput } from '../../../../../src/modules/housing/building.schema.ts';
export type { Forecast, ForecastCellOut } from '../../../../../src/modules/housing/forecast.schema.ts';
export type { ConvertBuildingInput, Project } from '../../../../../src/modules/housing/project.schema.ts';

/** Where the housing pages look: a province, or one municipality. */
export type HousingScope = { province?: string; municipality?: string };

export function fetchBuildings(scope: HousingScope, signal?: AbortSignal): Promise<z.infer<typeof buildingListSchema>> {
  return apiRequest(`/housing/buildings${queryString(scope)}`, { signal });
}

export function fetchProjects(scope: HousingScope, signal?: AbortSignal): Promise<z.infer<typeof projectListSchema>> {
  return apiRequest(`/housing/projects${queryString(scope)}`, { signal });
}

export function fetchForecast(scope: HousingScope, signal?: AbortSignal): Promise<Forecast> {
  return apiRequest(`/housing/forecast${queryString({ ...scope, periods: 6 })}`, { signal });
}

export function createBuilding(input: CreateBuildingInput): Promise<Building> {
  return apiRequest('/housing/buildings', { method: 'POST', body: input });
}

export function convertBuilding(id: string, input: ConvertBuildingInput): Promise<Project> {
  return apiRequest(`/housing/buildings/${id}/project`, { method: 'POST', body: input });
}

export function delayProject(id: string, phase: string, months: number): Promise<Project> {
  return apiRequest(`/housing/projects/${id}/delay`, { method: 'POST', body: { phase, months } });
}

/** Buildings and the projects made from them, as GeoJSON points for the map. */
export function fetchHousingMap(scope: HousingScope, signal?: AbortSignal): Promise<z.infer<typeof buildingMapSchema>> {
  return apiRequest(`/housing/map.geojson${queryString(scope)}`, { signal });
}

export type Brokering = z.infer<typeof brokeringSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type { AgreementInput };

/** Projected surpluses and deficits of a province in a period, with proposed pairs (coordinators). */
export function fetchBrokering(query: { province: string; period: string; asOf?: string }, signal?: AbortSignal): Promise<Brokering> {
  return apiRequest(`/housing/brokering${queryString(query)}`, { signal });
}

/** Records an agreement: `houses` houses `persons` for `for` in `period` (an agreed transfer). */
export function recordAgreement(input: AgreementInput): Promise<Agreement> {
  return apiRequest('/housing/agreements', { method: 'POST', body: input });
}

/** Download links of the housing exports for a province or municipality. */
export function exportLinks(scope: HousingScope): { forecastCsv: string; forecastXlsx: string; projectsCsv: string; buildingsCsv: string } {
  const forecast = queryString({ ...scope, periods: 6 });
  const list = queryString({ ...scope });
  return {
    forecastCsv: `/api/v1/housing/forecast.csv${forecast}`,
    forecastXlsx: `/api/v1/housing/forecast.xlsx${forecast}`,
    projectsCsv: `/api/v1/housing/projects.csv${list}`,
    buildingsCsv: `/api/v1/housing/buildings.csv${list}`,
  };
}
