// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: change a location's fields. Moving it (new coordinates or municipality) places it
 * again, and the caller must cover the new municipality too. The status changes only by steps
 * (record-location-step.ts), never here.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { checkPlannedPeriod } from './create-location.ts';
import { loadVisibleLocation, refOf } from './load-location.ts';
import { updateLocationRow, type LocationInsert } from './location.repository.ts';
import type { UpdateLocationInput } from './location.schema.ts';
import { locationPolicy } from './location.policy.ts';
import { resolvePlacement } from './resolve-placement.ts';

type UpdateLocationOptions = { db: Db; principal: Authenticated; id: string; input: UpdateLocationInput };

export async function updateLocation({ db, principal, id, input }: UpdateLocationOptions): Promise<void> {
  const record = await loadVisibleLocation({ db, principal, id });
  authorize(principal, locationPolicy.canEdit(principal, refOf(record)), `to change ${record.name}`);
  const { longitude, latitude, municipalityCode, ...fields } = input;
  const values: Partial<LocationInsert> = { ...fields };
  if (longitude !== undefined || latitude !== undefined || municipalityCode !== undefined) {
    const placed = await resolvePlacement({
      db,
      longitude: longitude ?? record.longitude,
      latitude: latitude ?? record.latitude,
      municipalityCode: municipalityCode ?? (longitude === undefined ? record.municipality_code : undefined),
    });
    if (placed.municipalityCode !== record.municipality_code) {
      authorize(
        principal,
        locationPolicy.canCreateIn(principal, { code: placed.municipalityCode, provinceCode: placed.provinceCode }),
        `to move ${record.name} to ${placed.municipalityName}`,
      );
    }
    Object.assign(values, {
      longitude: longitude ?? record.longitude,
      latitude: latitude ?? record.latitude,
      municipalityCode: placed.municipalityCode,
      placement: placed.placement,
      placementBoundaryYear: placed.boundaryYear,
      placementSourceId: placed.sourceId,
    });
  }
  checkPlannedPeriod(
    input.plannedFrom === undefined ? record.planned_from : input.plannedFrom,
    input.plannedUntil === undefined ? record.planned_until : input.plannedUntil,
  );
  if (Object.keys(values).length === 0) {
    return;
  }
  await inTransaction(db, actorOf(principal), (tx) => updateLocationRow(tx, id, values));
}
