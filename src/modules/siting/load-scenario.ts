// SPDX-License-Identifier: EUPL-1.2
/** Loads a scenario the caller may read, or answers 404 (outside the scope looks like missing). */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, authorizeOrHide } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { findScenario, type ScenarioRecord } from './scenario.repository.ts';
import { sitingPolicy, type ScenarioRef } from './siting.policy.ts';

export const scenarioRefOf = (record: ScenarioRecord): ScenarioRef => ({ provinceCode: record.province_code, municipalityCode: record.municipality_code });

type LoadScenarioOptions = { db: Executor; principal: Principal; id: string; forEdit?: boolean };

export async function loadVisibleScenario({ db, principal, id, forEdit = false }: LoadScenarioOptions): Promise<ScenarioRecord> {
  const record = await findScenario(db, id);
  if (!record) {
    throw new AppError('NOT_FOUND', `There is no scenario ${id}.`, { field: 'params.id' });
  }
  authorizeOrHide(principal, sitingPolicy.canRead(principal, scenarioRefOf(record)));
  if (forEdit) {
    authorize(principal, sitingPolicy.canEdit(principal, scenarioRefOf(record)), `to change the scenario ${record.name}`);
  }
  return record;
}
