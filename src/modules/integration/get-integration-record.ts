// SPDX-License-Identifier: EUPL-1.2
/** One household's integration record: profile, tracks and waits on a reference date (logged read). */
import type { Db } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { todayInNetherlands } from '../taakstelling/domain/period.ts';
import { integrationPolicy } from './integration.policy.ts';
import type { IntegrationRecord } from './integration.presenter.ts';
import { listTracks } from './integration.repository.ts';
import { loadHouseholdForRead } from './load-household-for-read.ts';

export type GetIntegrationRecordOptions = { db: Db; principal: Authenticated; householdId: string; asOf?: string | undefined };

export async function getIntegrationRecord({ db, principal, householdId, asOf }: GetIntegrationRecordOptions): Promise<IntegrationRecord> {
  const { household, profile } = await loadHouseholdForRead({
    db,
    principal,
    householdId,
    purpose: 'record',
    allowed: (scope) => integrationPolicy.canReadRecord(principal, scope),
  });
  const tracks = await listTracks(db, [household.id]);
  return { household, profile, tracks, asOf: asOf ?? todayInNetherlands() };
}
