// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases on a scenario's candidates: add a registered location (one the caller may read), take
 * it out again, and enter or clear a value with its source. An entered value wins over a derived
 * one (resolve-values.ts); clearing it brings the derived value back.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadVisibleLocation } from '../locations/load-location.ts';
import { loadVisibleScenario } from './load-scenario.ts';
import { deleteCandidate, deleteValue, insertCandidate, listCandidateIds, listCriteria, updateScenarioRow, upsertValue } from './scenario.repository.ts';

type CandidateOptions = { db: Db; principal: Authenticated; scenarioId: string; locationId: string };

export async function addCandidate({ db, principal, scenarioId, locationId }: CandidateOptions): Promise<boolean> {
  await loadVisibleScenario({ db, principal, id: scenarioId, forEdit: true });
  try {
    await loadVisibleLocation({ db, principal, id: locationId });
  } catch (error) {
    throw new AppError('NOT_FOUND', `There is no location ${locationId} you can see.`, { field: 'body.locationId', cause: error });
  }
  const actor = actorOf(principal);
  return inTransaction(db, actor, async (tx) => {
    const added = await insertCandidate(tx, scenarioId, locationId, actor);
    await updateScenarioRow(tx, scenarioId, {});
    return added;
  });
}

export async function removeCandidate({ db, principal, scenarioId, locationId }: CandidateOptions): Promise<void> {
  await loadVisibleScenario({ db, principal, id: scenarioId, forEdit: true });
  await inTransaction(db, actorOf(principal), async (tx) => {
    if (!(await deleteCandidate(tx, scenarioId, locationId))) {
      throw new AppError('NOT_FOUND', `Location ${locationId} is not a candidate of this scenario.`, { field: 'params.locationId' });
    }
    await updateScenarioRow(tx, scenarioId, {});
  });
}

type ValueOptions = CandidateOptions & { criterionId: string };

async function checkKey(db: Db, { scenarioId, locationId, criterionId }: Omit<ValueOptions, 'db' | 'principal'>): Promise<void> {
  if (!(await listCandidateIds(db, scenarioId)).includes(locationId)) {
    throw new AppError('NOT_FOUND', `Location ${locationId} is not a candidate of this scenario.`, { field: 'params.locationId' });
  }
  if (!(await listCriteria(db, scenarioId)).some((c) => c.criterionId === criterionId)) {
    throw new AppError('NOT_FOUND', `The scenario has no criterion "${criterionId}".`, { field: 'params.criterionId' });
  }
}

export async function setCandidateValue(options: ValueOptions & { value: number; source: string; note?: string | undefined }): Promise<void> {
  const { db, principal, scenarioId, locationId, criterionId } = options;
  await loadVisibleScenario({ db, principal, id: scenarioId, forEdit: true });
  await checkKey(db, options);
  const actor = actorOf(principal);
  await inTransaction(db, actor, async (tx) => {
    await upsertValue(tx, { scenarioId, locationId, criterionId, value: options.value, source: options.source, note: options.note ?? null, enteredBy: actor });
    await updateScenarioRow(tx, scenarioId, {});
  });
}

export async function clearCandidateValue(options: ValueOptions): Promise<void> {
  const { db, principal, scenarioId, locationId, criterionId } = options;
  await loadVisibleScenario({ db, principal, id: scenarioId, forEdit: true });
  await inTransaction(db, actorOf(principal), async (tx) => {
    if (!(await deleteValue(tx, { scenarioId, locationId, criterionId }))) {
      throw new AppError('NOT_FOUND', `No value was entered for ${criterionId} of this candidate.`, { field: 'params.criterionId' });
    }
    await updateScenarioRow(tx, scenarioId, {});
  });
}
