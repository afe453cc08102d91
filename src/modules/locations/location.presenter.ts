// SPDX-License-Identifier: EUPL-1.2
/** Shapes location records for the API (never rows as they are). */
import { costPerPlacePerYear } from './cost-per-place.ts';
import type { LocationDetail } from './get-location.ts';
import type { LocationRecord } from './location.repository.ts';
import type { LocationView } from './location.schema.ts';
import type { OccupancyRecord } from './occupancy.repository.ts';

const iso = (value: Date | string): string => new Date(value).toISOString();

/** One occupancy count with its above-capacity flag. */
export function presentOccupancy(row: OccupancyRecord) {
  return {
    countedOn: row.counted_on,
    persons: row.persons,
    capacityAtCount: row.capacity_at_count,
    aboveCapacity: row.persons > row.capacity_at_count,
    sourceReference: row.source_reference,
    recordedBy: row.recorded_by,
  };
}

export function presentLocation(row: LocationRecord): LocationView {
  const cost = costPerPlacePerYear({
    capacity: row.capacity,
    oneOffCostEur: row.one_off_cost_eur,
    yearlyCostEur: row.yearly_cost_eur,
    plannedFrom: row.planned_from,
    plannedUntil: row.planned_until,
  });
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    longitude: row.longitude,
    latitude: row.latitude,
    municipality: { code: row.municipality_code, name: row.municipality_name, provinceCode: row.province_code, provinceName: row.province_name },
    placement: { method: row.placement, boundaryYear: row.placement_boundary_year, sourceId: row.placement_source_id },
    kind: row.kind,
    buildingType: row.building_type as LocationView['buildingType'],
    capacity: row.capacity,
    plannedFrom: row.planned_from,
    plannedUntil: row.planned_until,
    owner: row.owner,
    operator: row.operator,
    costs: {
      oneOffEur: row.one_off_cost_eur,
      yearlyEur: row.yearly_cost_eur,
      source: row.cost_source,
      perPlacePerYearEur: cost.eur === null ? null : Math.round(cost.eur),
      perPlaceFormula: cost.eur === null ? cost.reason : cost.formula,
    },
    status: row.status as LocationView['status'],
    statusSince: row.status_since,
    decision: row.decision && row.decided_by && row.decided_on ? { outcome: row.decision, decidedBy: row.decided_by, decidedOn: row.decided_on } : null,
    latestOccupancy:
      row.occupancy_counted_on !== null
        ? presentOccupancy({
            counted_on: row.occupancy_counted_on,
            persons: row.occupancy_persons ?? 0,
            capacity_at_count: row.occupancy_capacity ?? row.capacity,
            source_reference: row.occupancy_source_reference,
            recorded_by: row.occupancy_recorded_by ?? '',
          })
        : null,
    isPublic: row.is_public,
    publicSummary: row.public_summary,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** One presenter for sources everywhere: the regions module's. */
export { presentSource } from '../regions/region.presenter.ts';
import { presentSource } from '../regions/region.presenter.ts';

export function presentLocationDetail(detail: LocationDetail) {
  const location = presentLocation(detail.record);
  const occupancy = detail.occupancy.map(presentOccupancy);
  const flags = [
    ...(occupancy.some((o) => o.aboveCapacity) ? ['above_capacity'] : []),
    ...(location.placement.method === 'near_border' ? ['near_border'] : []),
    ...(location.placement.method === 'entered_unchecked' ? ['placement_unchecked'] : []),
  ];
  return {
    location,
    steps: detail.steps.map((s) => ({ status: s.status as LocationView['status'], on: s.stepped_on, recordedBy: s.recorded_by, note: s.note })),
    occupancy,
    safetyRegion: detail.safetyRegion ?? null,
    flags,
    sources: detail.sources.map(presentSource),
  };
}

/** A location as a GeoJSON Feature (the map colours by `status`). */
export function presentLocationFeature(row: LocationRecord) {
  const view = presentLocation(row);
  return {
    type: 'Feature' as const,
    id: view.id,
    geometry: { type: 'Point' as const, coordinates: [view.longitude, view.latitude] as [number, number] },
    properties: {
      name: view.name,
      status: view.status,
      statusSince: view.statusSince,
      kind: view.kind,
      buildingType: view.buildingType,
      capacity: view.capacity,
      municipalityCode: view.municipality.code,
      municipalityName: view.municipality.name,
      occupancy: view.latestOccupancy?.persons ?? null,
      occupancyCountedOn: view.latestOccupancy?.countedOn ?? null,
      aboveCapacity: view.latestOccupancy?.aboveCapacity ?? false,
      // The rest lets an export be imported again (import-locations.ts).
      address: view.address,
      decision: view.decision?.outcome ?? null,
      decidedBy: view.decision?.decidedBy ?? null,
      decidedOn: view.decision?.decidedOn ?? null,
      plannedFrom: view.plannedFrom,
      plannedUntil: view.plannedUntil,
      owner: view.owner,
      operator: view.operator,
      oneOffCostEur: view.costs.oneOffEur,
      yearlyCostEur: view.costs.yearlyEur,
      costSource: view.costs.source,
    },
  };
}
