// SPDX-License-Identifier: EUPL-1.2
/** Shapes weighings, scenarios and facility layers for the API. */
import { presentLocation, presentSource } from '../locations/location.presenter.ts';
import type { SourceRecord } from '../regions/region.repository.ts';
import type { Measure } from './criteria-catalogue.ts';
import type { ScoredCandidate } from './engine/types.ts';
import type { LayerRecord } from './facility.repository.ts';
import type { LoadedWeighing } from './load-weighing.ts';
import type { ScenarioRecord } from './scenario.repository.ts';
import type { WeighingView } from './siting.schema.ts';
import type { WeighingOutcome } from './weigh.ts';

const iso = (value: Date | string): string => new Date(value).toISOString();

export function presentScenarioSummary(row: ScenarioRecord): WeighingView['scenario'] {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    provinceCode: row.province_code,
    provinceName: row.province_name,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    referenceDate: row.reference_date,
    seed: Number(row.seed),
    candidateCount: row.candidate_count,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const scored = (list: ScoredCandidate[]) => list.map(({ id, ...rest }) => ({ locationId: id, ...rest }));

export function presentWeighing(weighing: LoadedWeighing, outcome: WeighingOutcome): WeighingView {
  const total = weighing.criteria.reduce((sum, c) => sum + c.weight, 0);
  const sensitivity = outcome.sensitivity;
  const counts = (method: 'weighted-sum' | 'topsis') =>
    (sensitivity?.methods[method] ?? []).map(({ id, first, topThree }) => ({ locationId: id, first, topThree }));
  return {
    scenario: presentScenarioSummary(weighing.scenario),
    criteria: weighing.criteria.map((c) => ({
      id: c.criterionId,
      labelNl: c.labelNl,
      labelEn: c.labelEn,
      direction: c.direction as 'benefit' | 'cost',
      weight: c.weight,
      normalisedWeight: total > 0 ? c.weight / total : 0,
      measure: c.measure as Measure,
      facilityKind: c.facilityKind,
      unit: c.unit,
      rationaleNl: c.rationaleNl,
      rationaleEn: c.rationaleEn,
      dataSource: c.dataSource,
    })),
    candidates: weighing.candidates.map(({ location, values }) => ({ location: presentLocation(location), values })),
    complete: outcome.missing.length === 0,
    missing: outcome.missing,
    notRanked: outcome.notRanked,
    methods: outcome.methods ? { 'weighted-sum': scored(outcome.methods['weighted-sum']), topsis: scored(outcome.methods.topsis) } : null,
    sensitivity: sensitivity
      ? { seed: sensitivity.seed, draws: sensitivity.draws, low: sensitivity.low, high: sensitivity.high, methods: { 'weighted-sum': counts('weighted-sum'), topsis: counts('topsis') } }
      : null,
    costReference: weighing.costReference,
    sources: weighing.sources.map(presentSource),
  };
}

export function presentLayer(layer: LayerRecord, source: SourceRecord | undefined) {
  return {
    id: layer.id,
    kind: layer.kind as 'supermarket',
    name: layer.name,
    coverage: layer.coverageMunicipalities,
    fileName: layer.fileName,
    featureCount: layer.featureCount,
    importedAt: iso(layer.importedAt),
    importedBy: layer.importedBy,
    source: presentSource(
      source ?? { id: layer.sourceId, publisher: '', title: '', publisherTable: null, referenceDate: null, url: null, licence: null, note: null },
    ),
  };
}
