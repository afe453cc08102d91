// SPDX-License-Identifier: EUPL-1.2
/**
 * Waiting-time thresholds per indicator. The defaults are example settings (voorbeeldwaarden) of
 * Regietafel, not legal norms: a province sets its own with PUT /integration/thresholds/{indicator},
 * and the screens say which kind each threshold is.
 */
import type { Db } from '../../db/client.ts';
import type { WaitingIndicator } from '../../db/schema/index.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { listThresholds, upsertThreshold } from './waiting.repository.ts';
import { waitingIndicators } from './waiting-times.ts';

/** Example settings in days: 14 weeks to housing, 10 weeks to language, 26 weeks to education or work. */
export const defaultThresholds: Record<WaitingIndicator, number> = {
  permit_to_housing: 98,
  housing_to_language: 70,
  housing_to_education_or_work: 182,
};

export const defaultThresholdSource = 'Voorbeeldwaarde Regietafel (geen wettelijke norm); de provincie stelt de drempel in';
export const setThresholdSource = 'Ingesteld door de provincie in Regietafel';

export type Threshold = { indicator: WaitingIndicator; days: number; isDefault: boolean; source: string };

export type ListThresholdOptions = { db: Db };

/** Every indicator's threshold: the one set, else the example default. */
export async function getThresholds({ db }: ListThresholdOptions): Promise<Threshold[]> {
  const set = new Map((await listThresholds(db)).map((row) => [row.indicator, row.days]));
  return waitingIndicators.map((indicator) => {
    const days = set.get(indicator);
    return days === undefined
      ? { indicator, days: defaultThresholds[indicator], isDefault: true, source: defaultThresholdSource }
      : { indicator, days, isDefault: false, source: setThresholdSource };
  });
}

export type SetThresholdOptions = { db: Db; actor: Actor; indicator: WaitingIndicator; days: number };

export async function setThreshold({ db, actor, indicator, days }: SetThresholdOptions): Promise<Threshold[]> {
  await inTransaction(db, actor, (tx) => upsertThreshold(tx, indicator, days));
  return getThresholds({ db });
}
