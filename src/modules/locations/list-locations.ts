// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: the locations a caller may see, filtered by status, municipality, province and kind;
 * also the GeoJSON (map coloured by status) and CSV exports of the same list.
 */
import type { Db } from '../../db/client.ts';
import { toCsv } from '../../shared/csv.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { listLocationRecords, type LocationRecord } from './location.repository.ts';
import type { LocationListQuery } from './location.schema.ts';
import { scopeOf } from './location.policy.ts';
import { presentLocation, presentLocationFeature } from './location.presenter.ts';

type ListLocationsOptions = { db: Db; principal: Authenticated; query: LocationListQuery };

export async function listLocations({ db, principal, query }: ListLocationsOptions): Promise<LocationRecord[]> {
  return listLocationRecords(db, scopeOf(principal), query);
}

/** The list as a GeoJSON FeatureCollection of points. */
export function locationsGeoJson(records: LocationRecord[]) {
  return { type: 'FeatureCollection' as const, features: records.map(presentLocationFeature) };
}

const csvHeader = [
  'id', 'name', 'address', 'longitude', 'latitude', 'municipality_code', 'municipality_name', 'kind', 'building_type',
  'capacity', 'status', 'status_since', 'decision', 'decided_by', 'decided_on', 'planned_from', 'planned_until', 'owner',
  'operator', 'one_off_cost_eur', 'yearly_cost_eur', 'cost_source', 'cost_per_place_per_year_eur', 'occupancy',
  'occupancy_counted_on', 'placement',
];

/** The list as CSV (RFC 4180), one row per location, same fields as the API. */
export function locationsCsv(records: LocationRecord[]): string {
  return toCsv(
    csvHeader,
    records.map((record) => {
      const v = presentLocation(record);
      return [
        v.id, v.name, v.address, v.longitude, v.latitude, v.municipality.code, v.municipality.name, v.kind, v.buildingType,
        v.capacity, v.status, v.statusSince, v.decision?.outcome, v.decision?.decidedBy, v.decision?.decidedOn, v.plannedFrom,
        v.plannedUntil, v.owner, v.operator, v.costs.oneOffEur, v.costs.yearlyEur, v.costs.source, v.costs.perPlacePerYearEur,
        v.latestOccupancy?.persons, v.latestOccupancy?.countedOn, v.placement.method,
      ];
    }),
  );
}
