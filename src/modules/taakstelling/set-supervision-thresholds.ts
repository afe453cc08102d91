// SPDX-License-Identifier: EUPL-1.2
/** A coordinator sets the thresholds of the ladder proposals for their province. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import type { LadderThresholds } from './domain/ladder.ts';
import { upsertThresholds, type ThresholdsRecord } from './supervision.repository.ts';

export type SetSupervisionThresholdsOptions = { db: Db; actor: Actor; provinceCode: string; thresholds: LadderThresholds };

export async function setSupervisionThresholds({ db, actor, provinceCode, thresholds }: SetSupervisionThresholdsOptions): Promise<ThresholdsRecord> {
  return inTransaction(db, actor, (tx) => upsertThresholds(tx, { provinceCode, ...thresholds, updatedBy: actor }));
}
