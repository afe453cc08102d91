// SPDX-License-Identifier: EUPL-1.2
/** Use cases: one building or one project as the caller may see it (404 when there is none). */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Authenticated } from '../../shared/principal.ts';
import type { Building } from './building.schema.ts';
import { findBuilding, findProject } from './housing.repository.ts';
import { visibleBuilding } from './list-housing.ts';
import { loadProjectContext } from './project-context.ts';
import { presentProject } from './project.presenter.ts';
import type { Project } from './project.schema.ts';

export type GetItemOptions = { db: Executor; principal: Authenticated; id: string; asOf: string };

export async function getBuilding({ db, principal, id }: GetItemOptions): Promise<Building> {
  const building = await findBuilding(db, id);
  if (!building) {
    throw new AppError('NOT_FOUND', `There is no building ${id}.`);
  }
  return visibleBuilding(principal, building);
}

export async function getProject({ db, id, asOf }: GetItemOptions): Promise<Project> {
  const project = await findProject(db, id);
  if (!project) {
    throw new AppError('NOT_FOUND', `There is no project ${id}.`);
  }
  return presentProject(project, await loadProjectContext({ db, codes: [project.municipalityCode], asOf }));
}
