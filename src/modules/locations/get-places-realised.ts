// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: places realised over time for a municipality, a province or a safety region (where
 * its membership was entered), from the opened locations' capacity and occupancy
 * (places-realised.ts). This is the function the taakstelling module's progress view calls:
 *
 *   const progress = await getPlacesRealised({ db, scope: { kind: 'province', code: 'PV26' },
 *     from: '2016-01-01', to: '2016-12-31', interval: 'month' });
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { maxPoints, placesRealised, seriesDates, type Interval, type RealisedPoint } from './places-realised.ts';
import { findScopeName, listCounts, listOpenedLocations, type OpenedLocationRecord, type ProgressScope } from './progress.repository.ts';

type GetPlacesRealisedOptions = { db: Executor; scope: ProgressScope; from: string; to: string; interval: Interval };

export type PlacesRealised = {
  scope: ProgressScope & { name: string };
  from: string;
  to: string;
  interval: Interval;
  series: RealisedPoint[];
  locations: OpenedLocationRecord[];
  definition: string;
};

export const placesRealisedDefinition =
  'On each date: the capacity of the registered locations whose step "open" is on or before that date and that have ' +
  'no step "closed" on or before it ("closing" still counts), split by kind; occupied = the latest occupancy count of ' +
  'each of those locations on or before the date. Capacity is the current capacity of each location.';

export async function getPlacesRealised({ db, scope, from, to, interval }: GetPlacesRealisedOptions): Promise<PlacesRealised> {
  if (to < from) {
    throw new AppError('VALIDATION_FAILED', `The period ends (${to}) before it starts (${from}).`, { field: 'querystring.to' });
  }
  const name = await findScopeName(db, scope);
  if (name === undefined) {
    throw new AppError('NOT_FOUND', `There is no ${scope.kind.replace('_', ' ')} ${scope.code}.`, { field: 'querystring.code' });
  }
  const dates = seriesDates(from, to, interval);
  if (dates.length > maxPoints) {
    throw new AppError('VALIDATION_FAILED', `More than ${maxPoints} points: choose a longer interval or a shorter period.`, { field: 'querystring.interval' });
  }
  const locations = await listOpenedLocations(db, scope);
  const counts = await listCounts(db, locations.map((l) => l.id), to);
  return { scope: { ...scope, name }, from, to, interval, series: placesRealised(locations, counts, dates), locations, definition: placesRealisedDefinition };
}
