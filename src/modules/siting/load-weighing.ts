// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads everything a weighing needs: the scenario's criteria and candidates (registered
 * locations), entered values, and the data their other values are derived from (wijk
 * boundaries, CBS figures, facility layers), then resolves every value (resolve-values.ts).
 */
import type { Db } from '../../db/client.ts';
import { listSources, type SourceRecord } from '../regions/region.repository.ts';
import { loadWijkBoundaries } from '../locations/boundary.repository.ts';
import { listLocationRecords, type LocationRecord } from '../locations/location.repository.ts';
import { listAreaFigures, listMunicipalDensities } from './area-figures.repository.ts';
import { listCostReferences } from './cost-reference.repository.ts';
import { listFacilitiesOfKinds, listLayers, type FacilityRecord } from './facility.repository.ts';
import { resolveValue, valueKey, type ResolutionContext, type ResolvedValue } from './resolve-values.ts';
import { listCandidateIds, listCriteria, listValues, type CriterionRecord, type ScenarioRecord } from './scenario.repository.ts';

export type LoadedWeighing = {
  scenario: ScenarioRecord;
  criteria: CriterionRecord[];
  candidates: { location: LocationRecord; values: ResolvedValue[] }[];
  costReference: Awaited<ReturnType<typeof listCostReferences>>;
  sources: SourceRecord[];
};

export async function loadWeighing({ db, scenario }: { db: Db; scenario: ScenarioRecord }): Promise<LoadedWeighing> {
  const criteria = await listCriteria(db, scenario.id);
  const ids = await listCandidateIds(db, scenario.id);
  const byId = new Map(
    (await listLocationRecords(db, { provinces: [], municipalities: [], locationIds: ids })).map((l) => [l.id, l] as const),
  );
  const locations = ids.flatMap((id) => byId.get(id) ?? []);
  const municipalities = [...new Set(locations.map((l) => l.municipality_code))];
  const kinds = [...new Set(criteria.flatMap((c) => (c.facilityKind ? [c.facilityKind] : [])))];
  const needsArea = criteria.some((c) => c.measure === 'population_density' || c.measure === 'address_density' || c.facilityKind === 'supermarket');
  const [wijken, areaFigures, densities, addressDensities, layers, points, values, costReference] = await Promise.all([
    needsArea ? loadWijkBoundaries(db) : undefined,
    needsArea ? listAreaFigures(db, municipalities) : [],
    listMunicipalDensities(db, municipalities),
    listMunicipalDensities(db, municipalities, 'addresses'),
    listLayers(db),
    listFacilitiesOfKinds(db, kinds),
    listValues(db, scenario.id),
    listCostReferences(db),
  ]);
  const facilities = new Map<string, FacilityRecord[]>();
  for (const point of points) {
    facilities.set(point.layerId, [...(facilities.get(point.layerId) ?? []), point]);
  }
  const ctx: ResolutionContext = {
    referenceDate: scenario.reference_date,
    wijken,
    areaFigures,
    densities: new Map(densities.map((d) => [d.municipality_code, d])),
    addressDensities: new Map(addressDensities.map((d) => [d.municipality_code, d])),
    layers,
    facilities,
    entered: new Map(values.map((v) => [valueKey(v.locationId, v.criterionId), v])),
  };
  const candidates = locations.map((location) => ({ location, values: criteria.map((c) => resolveValue(c, location, ctx)) }));
  const sourceIds = new Set<string>([
    ...candidates.flatMap((c) => c.values.flatMap((v) => v.sourceIds)),
    ...costReference.map((r) => r.sourceId),
    ...locations.flatMap((l) => (l.placement_source_id ? [l.placement_source_id] : [])),
  ]);
  return { scenario, criteria, candidates, costReference, sources: await listSources(db, [...sourceIds].filter(Boolean).sort()) };
}
