// SPDX-License-Identifier: EUPL-1.2
/** Records what a municipality offers for the scores: care available, available homes by size. */
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { upsertMunicipalityInput, type MunicipalityInputRecord } from './match-input.repository.ts';
import type { municipalityInputSchema } from './proposal.schema.ts';

export type SetMunicipalityInputOptions = { db: Db; actor: Actor; municipalityCode: string; input: z.infer<typeof municipalityInputSchema> };

export async function setMunicipalityInput(options: SetMunicipalityInputOptions): Promise<MunicipalityInputRecord> {
  const { db, actor, municipalityCode, input } = options;
  return inTransaction(db, actor, (tx) => upsertMunicipalityInput(tx, { municipalityCode, ...input }));
}
