// SPDX-License-Identifier: EUPL-1.2
/** Use case: replace a housing project (the caller must cover its old and new municipality). */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { checkProjectInput } from './check-project-input.ts';
import { updateProject } from './housing.repository.ts';
import { editableProject, requireMunicipalityFor } from './project-access.ts';
import { projectValues } from './project-values.ts';
import type { ProjectInput } from './project.schema.ts';

export type ReplaceProjectOptions = { db: Db; principal: Authenticated; id: string; input: ProjectInput };

export async function replaceProject({ db, principal, id, input }: ReplaceProjectOptions): Promise<void> {
  await editableProject(db, principal, id);
  await requireMunicipalityFor(db, principal, input.municipalityCode, 'body.municipalityCode');
  await checkProjectInput({ db, input });
  await inTransaction(db, actorOf(principal), (tx) => updateProject(tx, id, projectValues(input)));
}
