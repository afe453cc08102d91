// SPDX-License-Identifier: EUPL-1.2
/** Use cases: change a scenario's name, description, date or seed; delete a scenario. */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadVisibleScenario } from './load-scenario.ts';
import { deleteScenario as deleteScenarioRow, updateScenarioRow } from './scenario.repository.ts';
import type { UpdateScenarioInput } from './siting.schema.ts';

type UpdateScenarioOptions = { db: Db; principal: Authenticated; id: string; input: UpdateScenarioInput };

export async function updateScenario({ db, principal, id, input }: UpdateScenarioOptions): Promise<void> {
  await loadVisibleScenario({ db, principal, id, forEdit: true });
  if (Object.keys(input).length === 0) {
    return;
  }
  await inTransaction(db, actorOf(principal), (tx) => updateScenarioRow(tx, id, input));
}

export async function deleteScenario({ db, principal, id }: { db: Db; principal: Authenticated; id: string }): Promise<void> {
  await loadVisibleScenario({ db, principal, id, forEdit: true });
  await inTransaction(db, actorOf(principal), (tx) => deleteScenarioRow(tx, id));
}
