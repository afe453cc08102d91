// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases: register one vacant building, or import a file of them. Each building is placed from
 * its coordinates (in the Netherlands, in the municipality given or derived: the locations
 * module's placement), and the caller must cover its municipality. An import with any bad row is
 * refused whole, each problem with its line or feature; nothing is written.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { isAppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { resolvePlacement } from '../locations/resolve-placement.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import type { CreateBuildingInput } from './building.schema.ts';
import { housingPolicy } from './housing.policy.ts';
import { insertBuildings, type NewBuilding } from './housing.repository.ts';
import { parseBuildingsFile } from './parse-buildings-file.ts';

async function placedValues(db: Db, principal: Authenticated, input: CreateBuildingInput, fieldPrefix: string): Promise<NewBuilding> {
  const placed = await resolvePlacement({ db, longitude: input.longitude, latitude: input.latitude, municipalityCode: input.municipalityCode, fieldPrefix });
  authorize(principal, housingPolicy.canEdit(principal, placed), `to register buildings in ${placed.municipalityName}`);
  return {
    address: input.address,
    longitude: input.longitude,
    latitude: input.latitude,
    municipalityCode: placed.municipalityCode,
    formerUse: input.formerUse,
    floorAreaM2: input.floorAreaM2,
    owner: input.owner ?? null,
    vacantSince: input.vacantSince ?? null,
  };
}

export type CreateBuildingOptions = { db: Db; principal: Authenticated; input: CreateBuildingInput };

/** Registers one building; returns its id. */
export async function createBuilding({ db, principal, input }: CreateBuildingOptions): Promise<string> {
  const values = await placedValues(db, principal, input, 'body.');
  const [row] = await inTransaction(db, actorOf(principal), (tx) => insertBuildings(tx, [values]));
  return row?.id ?? '';
}

export type ImportBuildingsOptions = { db: Db; principal: Authenticated; fileName: string; content: string; format: 'csv' | 'geojson'; dryRun: boolean };

/** Checks the whole file, then writes all of it or nothing; returns the number of buildings. */
export async function importBuildings({ db, principal, fileName, content, format, dryRun }: ImportBuildingsOptions): Promise<number> {
  const issues: ImportIssue[] = [];
  const parsed = parseBuildingsFile(fileName, content, format, issues);
  const values: NewBuilding[] = [];
  for (const building of parsed) {
    try {
      values.push(await placedValues(db, principal, building.input, ''));
    } catch (error) {
      if (!isAppError(error, 'VALIDATION_FAILED') && !isAppError(error, 'FORBIDDEN')) {
        throw error;
      }
      const field = format === 'csv' ? (error.field ?? '(row)') : `${building.label}.${error.field ?? 'geometry'}`;
      issues.push({ file: fileName, line: building.line, field, message: error.message });
    }
  }
  refuseOnIssues(issues);
  if (!dryRun) {
    await inTransaction(db, actorOf(principal), (tx) => insertBuildings(tx, values));
  }
  return values.length;
}
