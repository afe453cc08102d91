// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases: set the weights of a scenario's criteria, or replace its whole criteria set. Weights
 * are 0 or more and not all 0; an unknown criterion is refused, never ignored.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { criterionRows } from './create-scenario.ts';
import { loadVisibleScenario } from './load-scenario.ts';
import { listCriteria, replaceCriteria, setWeights, updateScenarioRow } from './scenario.repository.ts';
import type { CriterionInput } from './siting.schema.ts';

type SetScenarioWeightsOptions = { db: Db; principal: Authenticated; id: string; weights: Record<string, number> };

export async function setScenarioWeights({ db, principal, id, weights }: SetScenarioWeightsOptions): Promise<void> {
  await loadVisibleScenario({ db, principal, id, forEdit: true });
  await inTransaction(db, actorOf(principal), async (tx) => {
    const criteria = await listCriteria(tx, id);
    const known = new Set(criteria.map((c) => c.criterionId));
    for (const criterionId of Object.keys(weights)) {
      if (!known.has(criterionId)) {
        throw new AppError('VALIDATION_FAILED', `The scenario has no criterion "${criterionId}" (it has ${[...known].join(', ')}).`, {
          field: `body.weights.${criterionId}`,
        });
      }
    }
    if (criteria.every((c) => (weights[c.criterionId] ?? c.weight) === 0)) {
      throw new AppError('VALIDATION_FAILED', 'All weights would be zero: at least one weight must be more than 0.', {
        field: 'body.weights',
        details: { rule: 'weights_all_zero' },
      });
    }
    await setWeights(tx, id, weights);
    await updateScenarioRow(tx, id, {});
  });
}

type ReplaceScenarioCriteriaOptions = { db: Db; principal: Authenticated; id: string; criteria: CriterionInput[] };

/** Replaces the criteria set; values entered for a removed criterion are removed with it. */
export async function replaceScenarioCriteria({ db, principal, id, criteria }: ReplaceScenarioCriteriaOptions): Promise<void> {
  await loadVisibleScenario({ db, principal, id, forEdit: true });
  const rows = criterionRows(criteria);
  await inTransaction(db, actorOf(principal), async (tx) => {
    await replaceCriteria(tx, id, rows);
    await updateScenarioRow(tx, id, {});
  });
}
