// SPDX-License-Identifier: EUPL-1.2
/**
 * Sets (part of) a household's integration record. Fields left out keep their value. The housing
 * date may not lie before the permit date; levels are checked against their scale by the schema
 * and again by the database.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { todayInNetherlands } from '../taakstelling/domain/period.ts';
import { integrationPolicy } from './integration.policy.ts';
import type { IntegrationRecord } from './integration.presenter.ts';
import { listTracks, upsertProfile } from './integration.repository.ts';
import type { IntegrationProfileInput } from './integration.schema.ts';
import { loadHouseholdForRead } from './load-household-for-read.ts';

export type SetIntegrationProfileOptions = { db: Db; principal: Authenticated; householdId: string; input: IntegrationProfileInput };

export async function setIntegrationProfile({ db, principal, householdId, input }: SetIntegrationProfileOptions): Promise<IntegrationRecord> {
  const { household } = await loadHouseholdForRead({
    db,
    principal,
    householdId,
    purpose: 'record',
    allowed: (scope) => integrationPolicy.canWriteRecord(principal, scope),
  });
  if (input.housedOn && household.permitDate && input.housedOn < household.permitDate) {
    throw new AppError('VALIDATION_FAILED', `The housing date ${input.housedOn} lies before the permit date.`, { field: 'body.housedOn' });
  }
  const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const profile = await inTransaction(db, actorOf(principal), (tx) => upsertProfile(tx, household.id, values));
  return { household, profile, tracks: await listTracks(db, [household.id]), asOf: todayInNetherlands() };
}
