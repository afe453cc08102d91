// SPDX-License-Identifier: EUPL-1.2
/** Shapes waiting-time figures, each with the formula that produced it. */
import type { z } from 'zod';
import type { ProvinceWaitingTimes } from './get-province-waiting-times.ts';
import type { WaitingList } from './get-waiting-times.ts';
import type { municipalityWaitingTimesSchema, provinceWaitingTimesSchema, waitingListSchema } from './integration.schema.ts';
import { bucketBounds, minimumGroupSize, type WaitingSummary } from './waiting-times.ts';

export const waitsFormula =
  'wachttijd = dagen van de eerste datum (vergunning of huisvesting) tot de tweede (huisvesting of eerste start van het traject); ' +
  'mediaan en verdeling over afgeronde wachttijden, per half jaar van de eerste datum';
export const listFormula = 'nog wachtend: dagen van de eerste datum tot de peildatum, groter dan de drempel; langste wachttijd eerst';

const buckets = bucketBounds.map(([fromDays, toDays]) => ({ fromDays, toDays }));

export function presentWaitingList(list: WaitingList): z.infer<typeof waitingListSchema> {
  return {
    municipalityCode: list.municipalityCode,
    indicator: list.indicator,
    thresholdDays: list.thresholdDays,
    asOf: list.asOf,
    total: list.items.length,
    items: list.items.map(({ householdId, pseudonym, since, days }) => ({ householdId, pseudonym, since, days })),
    formula: listFormula,
  };
}

export function presentMunicipalityWaitingTimes(times: {
  municipalityCode: string;
  asOf: string;
  summaries: WaitingSummary[];
}): z.infer<typeof municipalityWaitingTimesSchema> {
  return {
    municipalityCode: times.municipalityCode,
    asOf: times.asOf,
    buckets,
    summaries: times.summaries.map((summary) => ({ ...summary, suppressed: false, suppression: null })),
    formula: waitsFormula,
  };
}

export function presentProvinceWaitingTimes(times: ProvinceWaitingTimes): z.infer<typeof provinceWaitingTimesSchema> {
  return {
    provinceCode: times.provinceCode,
    refreshedAt: times.refreshedAt.toISOString(),
    minimumGroupSize,
    buckets,
    province: times.province,
    municipalities: times.municipalities,
    formula:
      `${waitsFormula}; geen cijfer voor een groep van minder dan ${minimumGroupSize} huishoudens, en dan ook geen cijfer ` +
      'voor de kleinste andere gemeente als het provincietotaal min de getoonde gemeenten anders een kleine groep zou onthullen',
  };
}
