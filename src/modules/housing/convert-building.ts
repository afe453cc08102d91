// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: turn a vacant building into a candidate transformation project in one call. The
 * project takes the building's municipality and address; the caller gives the homes, rents and
 * dates (at least the initiative date) and may name it.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { authorizeOrHide } from '../../shared/policy.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { housingPolicy } from './housing.policy.ts';
import { findBuilding } from './housing.repository.ts';
import type { ConvertBuildingInput } from './project.schema.ts';
import { createProject } from './create-project.ts';

export type ConvertBuildingOptions = { db: Db; principal: Authenticated; buildingId: string; input: ConvertBuildingInput };

/** Creates the project; returns its id. */
export async function convertBuilding({ db, principal, buildingId, input }: ConvertBuildingOptions): Promise<string> {
  const building = await findBuilding(db, buildingId);
  if (!building) {
    throw new AppError('NOT_FOUND', `There is no building ${buildingId}.`);
  }
  authorizeOrHide(principal, housingPolicy.canRead(principal));
  const { name, ...rest } = input;
  return createProject({
    db,
    principal,
    buildingId,
    input: {
      ...rest,
      name: name ?? `Transformatie ${building.address}`,
      kind: 'transformation',
      municipalityCode: building.municipalityCode,
      site: building.address,
    },
  });
}
