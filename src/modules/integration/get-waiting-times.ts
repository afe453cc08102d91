// SPDX-License-Identifier: EUPL-1.2
/**
 * Waiting times of one municipality, computed live from its households (a few hundred rows): the
 * households past a threshold, longest first, and medians and distributions per half year.
 */
import type { Db } from '../../db/client.ts';
import type { WaitingIndicator } from '../../db/schema/index.ts';
import { todayInNetherlands } from '../taakstelling/domain/period.ts';
import { listMunicipalityHouseholds, listTracks } from './integration.repository.ts';
import { getThresholds } from './thresholds.ts';
import { overdueHouseholds, summariseWaits, type HouseholdDates, type OverdueHousehold, type WaitingSummary } from './waiting-times.ts';

async function loadDates(db: Db, municipalityCode: string, openOnly: boolean): Promise<HouseholdDates[]> {
  const households = (await listMunicipalityHouseholds(db, municipalityCode)).filter((h) => !openOnly || h.closedAt === null);
  const tracks = await listTracks(
    db,
    households.map((h) => h.id),
  );
  const byHousehold = new Map<string, typeof tracks>();
  for (const track of tracks) {
    byHousehold.set(track.householdId, [...(byHousehold.get(track.householdId) ?? []), track]);
  }
  return households.map((h) => ({
    householdId: h.id,
    pseudonym: h.pseudonym,
    permitDate: h.permitDate,
    housedOn: h.housedOn,
    tracks: byHousehold.get(h.id) ?? [],
  }));
}

export type GetWaitingListOptions = { db: Db; municipalityCode: string; indicator: WaitingIndicator; asOf?: string | undefined };
export type WaitingList = { municipalityCode: string; indicator: WaitingIndicator; thresholdDays: number; asOf: string; items: OverdueHousehold[] };

/** Open households of the municipality still waiting past the indicator's threshold on `asOf`. */
export async function getWaitingList({ db, municipalityCode, indicator, asOf }: GetWaitingListOptions): Promise<WaitingList> {
  const date = asOf ?? todayInNetherlands();
  const thresholds = await getThresholds({ db });
  const thresholdDays = thresholds.find((t) => t.indicator === indicator)?.days ?? 0;
  const households = await loadDates(db, municipalityCode, true);
  return { municipalityCode, indicator, thresholdDays, asOf: date, items: overdueHouseholds(households, indicator, thresholdDays, date) };
}

export type GetMunicipalityWaitingTimesOptions = { db: Db; municipalityCode: string; asOf?: string | undefined };

/** Medians and distributions of completed waits of all the municipality's households, open or closed. */
export async function getMunicipalityWaitingTimes({
  db,
  municipalityCode,
  asOf,
}: GetMunicipalityWaitingTimesOptions): Promise<{ municipalityCode: string; asOf: string; summaries: WaitingSummary[] }> {
  const date = asOf ?? todayInNetherlands();
  return { municipalityCode, asOf: date, summaries: summariseWaits(await loadDates(db, municipalityCode, false), date) };
}
