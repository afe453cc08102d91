// SPDX-License-Identifier: EUPL-1.2
/**
 * The taakstelling API as the web app uses it: balances, national tasks, supervision and
 * realisations. Types come from the server's zod contract (type-only imports).
 */
import type { z } from 'zod';
import type {
  MunicipalityBalancesResponse,
  PeriodBalancesResponse,
} from '../../../../../src/modules/taakstelling/balance.schema.ts';
import type {
  importResultSchema,
  RecordRealisationInput,
  realisationListSchema,
  recordRealisationResultSchema,
} from '../../../../../src/modules/taakstelling/realisation.schema.ts';
import type {
  municipalitySupervisionSchema,
  supervisionOverviewSchema,
  transitionSchema,
} from '../../../../../src/modules/taakstelling/supervision.schema.ts';
import type { progressSchema } from '../../../../../src/modules/taakstelling/reception/reception.schema.ts';
import type { nationalTaskListSchema } from '../../../../../src/modules/taakstelling/taakstelling.schema.ts';
import type { LadderStep } from '../../../../../src/modules/taakstelling/domain/ladder.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { MunicipalityBalancesResponse, PeriodBalancesResponse, RecordRealisationInput, LadderStep };
export type BalanceRow = PeriodBalancesResponse['rows'][number];
export type NationalTaskList = z.infer<typeof nationalTaskListSchema>;
export type NationalTask = NationalTaskList['items'][number];
export type NationalTaskEntry = {
  task: number;
  backlogIn: number | null;
  status: string;
  source: { publisher: string; title: string; url: string | null };
};
export type SupervisionOverview = z.infer<typeof supervisionOverviewSchema>;
export type MunicipalitySupervision = z.infer<typeof municipalitySupervisionSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type RealisationList = z.infer<typeof realisationListSchema>;
export type ReceptionProgress = z.infer<typeof progressSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type RecordRealisationResult = z.infer<typeof recordRealisationResultSchema>;

const enc = encodeURIComponent;

/** The national half-year tasks that have a published source (the periods to choose from). */
export function fetchNationalTasks(signal?: AbortSignal): Promise<NationalTaskList> {
  return apiRequest<NationalTaskList>('/taakstelling/national-tasks', { signal });
}

/** Balances of one period for the municipalities of a province. */
/** A coordinator enters the national task of a period without a shipped figure, with its source. */
export function enterNationalTask(period: string, input: NationalTaskEntry): Promise<NationalTask> {
  return apiRequest<NationalTask>(`/taakstelling/national-tasks/${enc(period)}`, { method: 'PUT', body: input });
}

/** A coordinator sets (or with null restores) the population reference date of a period. */
export function setPopulationReferenceDate(period: string, populationReferenceDate: string | null): Promise<NationalTask> {
  return apiRequest<NationalTask>(`/taakstelling/national-tasks/${enc(period)}/population-reference-date`, {
    method: 'PUT',
    body: { populationReferenceDate },
  });
}

export function fetchPeriodBalances(period: string, province: string, signal?: AbortSignal): Promise<PeriodBalancesResponse> {
  return apiRequest<PeriodBalancesResponse>(`/taakstelling/${enc(period)}/balances${queryString({ province })}`, { signal });
}

/** A municipality's balances over all periods. */
export function fetchMunicipalityBalances(code: string, signal?: AbortSignal): Promise<MunicipalityBalancesResponse> {
  return apiRequest<MunicipalityBalancesResponse>(`/taakstelling/municipalities/${enc(code)}/balances`, { signal });
}

/** Each municipality's step on the ladder (only those the caller may see). */
export function fetchSupervisionOverview(province: string, signal?: AbortSignal): Promise<SupervisionOverview> {
  return apiRequest<SupervisionOverview>(`/taakstelling/supervision${queryString({ province })}`, { signal });
}

/** A municipality's ladder step, proposal and history. */
export function fetchMunicipalitySupervision(code: string, signal?: AbortSignal): Promise<MunicipalitySupervision> {
  return apiRequest<MunicipalitySupervision>(`/taakstelling/municipalities/${enc(code)}/supervision`, { signal });
}

export type DecideStepInput = { step: LadderStep; rationale: string; nextDeadline?: string; expectedCurrentStep: LadderStep };

/** Records a coordinator's decision on the ladder. */
export function decideSupervisionStep(code: string, input: DecideStepInput): Promise<Transition> {
  return apiRequest<Transition>(`/taakstelling/municipalities/${enc(code)}/supervision`, { method: 'POST', body: input });
}

/** The realisations of a municipality, newest first. */
export function fetchRealisations(code: string, signal?: AbortSignal): Promise<RealisationList> {
  return apiRequest<RealisationList>(`/taakstelling/municipalities/${enc(code)}/realisations`, { signal });
}

/** Records one realisation (idempotent by source reference). */
export function recordRealisation(code: string, input: RecordRealisationInput): Promise<RecordRealisationResult> {
  return apiRequest<RecordRealisationResult>(`/taakstelling/municipalities/${enc(code)}/realisations`, { method: 'POST', body: input });
}

/** Imports a CSV file of realisations; with dryRun nothing is written. One bad row refuses the file. */
export function importRealisations(csv: string, dryRun: boolean): Promise<ImportResult> {
  return apiRequest<ImportResult>(`/taakstelling/realisations/import${queryString({ dryRun: String(dryRun) })}`, {
    method: 'POST',
    text: { contentType: 'text/csv', content: csv },
  });
}

/** Reception-place targets of a province and the progress towards them. */
export function fetchReceptionProgress(province: string, signal?: AbortSignal): Promise<ReceptionProgress> {
  return apiRequest<ReceptionProgress>(`/taakstelling/reception-targets${queryString({ province })}`, { signal });
}

export type ReceptionTargetEntry = {
  scopeKind: string;
  scopeCode: string;
  kind: string;
  places: number;
  periodLabel: string;
  source: { publisher: string; title: string; url: string | null };
};
export type PlaceCountEntry = { municipalityCode: string; kind: string; locationReference: string; countedOn: string; places: number };

/** A coordinator enters a places target for a safety region, province or municipality, with its source. */
export function createReceptionTarget(input: ReceptionTargetEntry): Promise<{ id: string | null }> {
  return apiRequest<{ id: string | null }>('/taakstelling/reception-targets', { method: 'POST', body: input });
}

/** Records a count of reception places at a location on a date. */
export function recordPlaceCount(input: PlaceCountEntry): Promise<{ id: string }> {
  return apiRequest<{ id: string }>('/taakstelling/reception-places', { method: 'POST', body: input });
}

/** Links to the CSV and XLSX exports of a period's balances. */
export function exportLinks(period: string, province: string, language: string): { csv: string; xlsx: string } {
  const base = `/api/v1/taakstelling/${enc(period)}/balances`;
  return { csv: `${base}.csv${queryString({ province })}`, xlsx: `${base}.xlsx${queryString({ province, lang: language })}` };
}
