// SPDX-License-Identifier: EUPL-1.2
/** Use case: delete a housing project (its building stays in the register). */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { deleteProject } from './housing.repository.ts';
import { editableProject } from './project-access.ts';

export type RemoveProjectOptions = { db: Db; principal: Authenticated; id: string };

export async function removeProject({ db, principal, id }: RemoveProjectOptions): Promise<void> {
  await editableProject(db, principal, id);
  await inTransaction(db, actorOf(principal), (tx) => deleteProject(tx, id));
}
