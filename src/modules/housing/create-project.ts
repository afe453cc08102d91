// SPDX-License-Identifier: EUPL-1.2
/** Use case: add a housing project, checked against the rules, in one transaction. */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { checkProjectInput } from './check-project-input.ts';
import { insertProject } from './housing.repository.ts';
import { requireMunicipalityFor } from './project-access.ts';
import { projectValues } from './project-values.ts';
import type { ProjectInput } from './project.schema.ts';

export type CreateProjectOptions = { db: Db; principal: Authenticated; input: ProjectInput; buildingId?: string | null };

export async function createProject({ db, principal, input, buildingId = null }: CreateProjectOptions): Promise<string> {
  await requireMunicipalityFor(db, principal, input.municipalityCode, 'body.municipalityCode');
  await checkProjectInput({ db, input });
  const row = await inTransaction(db, actorOf(principal), (tx) => insertProject(tx, { ...projectValues(input), buildingId }));
  return row.id;
}
