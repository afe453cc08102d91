// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: delay a phase of a project. It and every later phase move by the same months, and a
 * stated delivery schedule by as many half-years as the delivery moved (domain/phases.ts); the
 * result is checked against the rules again before it is written.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { checkProjectInput } from './check-project-input.ts';
import { delayPhase, type ProjectPhase } from './domain/phases.ts';
import { updateProject } from './housing.repository.ts';
import { editableProject } from './project-access.ts';
import { inputOfRow, projectValues } from './project-values.ts';
import type { ProjectInput } from './project.schema.ts';

export type DelayProjectOptions = { db: Db; principal: Authenticated; id: string; phase: ProjectPhase; months: number };

/** Moves the phase and every later one by `months`; the delivery schedule follows. */
export async function delayProject({ db, principal, id, phase, months }: DelayProjectOptions): Promise<void> {
  const project = await editableProject(db, principal, id);
  const input = inputOfRow(project);
  const dates = { initiative: project.initiativeOn, planning: project.planningOn, permit: project.permitOn, construction: project.constructionOn, delivered: project.deliveredOn };
  if (dates[phase] === null) {
    throw new AppError('VALIDATION_FAILED', `The ${phase} phase has no date yet; enter it instead of delaying it.`, { field: 'body.phase' });
  }
  const delayed = delayPhase(dates, project.schedule, phase, months);
  const { initiative, ...rest } = delayed.dates;
  const changed: ProjectInput = {
    ...input,
    phases: { initiative: initiative ?? project.initiativeOn, ...rest },
    ...(delayed.schedule ? { schedule: delayed.schedule } : {}),
  };
  await checkProjectInput({ db, input: changed });
  await inTransaction(db, actorOf(principal), (tx) => updateProject(tx, id, projectValues(changed)));
}
