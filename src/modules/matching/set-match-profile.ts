// SPDX-License-Identifier: EUPL-1.2
/** Records what the match uses of a household: ISCO major group, family ties, care need. */
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findMunicipalityScope } from '../households/household.repository.ts';
import { upsertMatchProfile, type MatchProfileRecord } from './match-input.repository.ts';
import type { matchProfileInputSchema } from './proposal.schema.ts';

export type SetMatchProfileOptions = { db: Db; actor: Actor; householdId: string; input: z.infer<typeof matchProfileInputSchema> };

export async function setMatchProfile(options: SetMatchProfileOptions): Promise<MatchProfileRecord> {
  const { db, actor, householdId, input } = options;
  if (input.tieMunicipalityCode !== null && !(await findMunicipalityScope(db, input.tieMunicipalityCode))) {
    throw new AppError('VALIDATION_FAILED', `There is no municipality ${input.tieMunicipalityCode}.`, { field: 'tieMunicipalityCode' });
  }
  return inTransaction(db, actor, (tx) => upsertMatchProfile(tx, { householdId, ...input }));
}
