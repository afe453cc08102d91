// SPDX-License-Identifier: EUPL-1.2
/** Use case: the scenarios a caller may see (their provinces' and their municipalities'). */
import type { Db } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { listScenarioRecords, type ScenarioRecord } from './scenario.repository.ts';

export async function listScenarios({ db, principal }: { db: Db; principal: Authenticated }): Promise<ScenarioRecord[]> {
  return listScenarioRecords(db, {
    provinces: principal.roles.includes('province_coordinator') ? principal.provinces : [],
    municipalities: principal.roles.includes('municipal_officer') ? principal.municipalities : [],
  });
}
