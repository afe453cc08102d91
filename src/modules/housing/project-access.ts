// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case steps shared by the project use cases: the municipality of a project must exist and
 * still exist, and the caller must cover it; an existing project outside the caller's scope
 * answers 404.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, authorizeOrHide } from '../../shared/policy.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { housingPolicy } from './housing.policy.ts';
import { findProject, municipalityOf, type Placed, type ProjectRow } from './housing.repository.ts';

/** The existing municipality of an input, or a refusal naming the field; checks the caller covers it. */
export async function requireMunicipalityFor(db: Db, principal: Authenticated, code: string, field: string): Promise<void> {
  const [municipality] = await municipalityOf(db, code);
  if (!municipality || municipality.endDate !== null) {
    throw new AppError('VALIDATION_FAILED', municipality ? `${municipality.name} (${code}) ended on ${municipality.endDate}; use its successor.` : `There is no municipality ${code}.`, { field });
  }
  authorize(principal, housingPolicy.canEdit(principal, { municipalityCode: code, provinceCode: municipality.provinceCode }), `to add housing projects in ${municipality.name}`);
}

/** The project, or 404 when it does not exist or the caller may not edit it. */
export async function editableProject(db: Db, principal: Authenticated, id: string): Promise<Placed<ProjectRow>> {
  const project = await findProject(db, id);
  if (!project) {
    throw new AppError('NOT_FOUND', `There is no project ${id}.`);
  }
  authorizeOrHide(principal, housingPolicy.canEdit(principal, project));
  return project;
}

