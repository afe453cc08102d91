// SPDX-License-Identifier: EUPL-1.2
/**
 * The siting weighing API. Types come from the server's zod contract (type-only imports: no
 * server code reaches the browser bundle).
 */
import type { z } from 'zod';
import type { CreateScenarioInput, scenarioListSchema, WeighingView } from '../../../../../src/modules/siting/siting.schema.ts';
import type { NeighboursView } from '../../../../../src/modules/siting/neighbours.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { CreateScenarioInput, NeighboursView, WeighingView };
export type ScenarioList = z.infer<typeof scenarioListSchema>;
export type ScenarioSummary = ScenarioList['items'][number];
export type Criterion = WeighingView['criteria'][number];
export type Candidate = WeighingView['candidates'][number];
export type ResolvedValue = Candidate['values'][number];
export type Method = 'weighted-sum' | 'topsis';

const scenarioPath = (id: string) => `/siting/scenarios/${encodeURIComponent(id)}`;

/** The scenarios the caller may see. */
export function fetchScenarios(signal?: AbortSignal): Promise<ScenarioList> {
  return apiRequest<ScenarioList>('/siting/scenarios', { signal });
}

/** Creates a scenario with the default criteria. */
export function createScenario(input: CreateScenarioInput): Promise<WeighingView> {
  return apiRequest<WeighingView>('/siting/scenarios', { method: 'POST', body: input });
}

/** The whole weighing: values with sources, both methods, breakdown and sensitivity. */
export function fetchWeighing(id: string, signal?: AbortSignal): Promise<WeighingView> {
  return apiRequest<WeighingView>(scenarioPath(id), { signal });
}

/** Sets the weights (0 or more, not all 0). */
export function saveWeights(id: string, weights: Record<string, number>): Promise<WeighingView> {
  return apiRequest<WeighingView>(`${scenarioPath(id)}/weights`, { method: 'PUT', body: { weights } });
}

/** Adds a registered location as candidate. */
export function addCandidate(id: string, locationId: string): Promise<WeighingView> {
  return apiRequest<WeighingView>(`${scenarioPath(id)}/candidates`, { method: 'POST', body: { locationId } });
}

/** Takes a candidate out of the scenario. */
export function removeCandidate(id: string, locationId: string): Promise<WeighingView> {
  return apiRequest<WeighingView>(`${scenarioPath(id)}/candidates/${encodeURIComponent(locationId)}`, { method: 'DELETE' });
}

/** Enters a value with its source for one candidate and criterion. */
export function saveValue(id: string, locationId: string, criterionId: string, input: { value: number; source: string }): Promise<WeighingView> {
  const path = `${scenarioPath(id)}/candidates/${encodeURIComponent(locationId)}/values/${encodeURIComponent(criterionId)}`;
  return apiRequest<WeighingView>(path, { method: 'PUT', body: input });
}

/** 2 to 4 candidates side by side (scores stay those of the whole scenario). */
export function fetchComparison(id: string, locationIds: string[], signal?: AbortSignal): Promise<WeighingView> {
  return apiRequest<WeighingView>(`${scenarioPath(id)}/compare?candidates=${locationIds.map(encodeURIComponent).join(',')}`, { signal });
}

/** Imports a CSV of values per candidate (location_id, criterion_id, value, source, note); all or nothing. */
export function importValues(id: string, csv: string, fileName: string, dryRun: boolean): Promise<{ rows: number; imported: number }> {
  return apiRequest<{ rows: number; imported: number }>(`${scenarioPath(id)}/values/import${queryString({ dryRun: String(dryRun), fileName })}`, {
    method: 'POST',
    text: { contentType: 'text/csv', content: csv },
  });
}

/** Where the entered values are as CSV (importable again). */
export function valuesCsvHref(id: string): string {
  return `/api/v1${scenarioPath(id)}/values.csv`;
}

/** Where the printable decision memo is (an HTML page of the API, in the chosen language). */
export function memoHref(id: string, language: 'nl' | 'en'): string {
  return `/api/v1${scenarioPath(id)}/memo${language === 'en' ? '?lang=en' : ''}`;
}

/** Whether a municipality has a good candidate and, if not, what its neighbouring municipalities offer. */
export function fetchNeighbours(id: string, municipality: string, threshold: number, signal?: AbortSignal): Promise<NeighboursView> {
  return apiRequest<NeighboursView>(`${scenarioPath(id)}/neighbours${queryString({ municipality, threshold })}`, { signal });
}
