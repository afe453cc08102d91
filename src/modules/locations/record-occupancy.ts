// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: record how many persons stay at a location on a date (a second count of the same date
 * replaces the first). A closed location, or one not yet being prepared, refuses a count; a count
 * above capacity is accepted and flagged.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { occupiableStatuses, type LocationStatus } from './lifecycle.ts';
import { loadVisibleLocation, refOf } from './load-location.ts';
import { findLocationRecord, lockLocation, type LocationRecord } from './location.repository.ts';
import type { OccupancyInput } from './location.schema.ts';
import { locationPolicy } from './location.policy.ts';
import { upsertOccupancy } from './occupancy.repository.ts';

type RecordOccupancyOptions = { db: Db; principal: Authenticated; id: string; input: OccupancyInput; today: string };

export type RecordedOccupancy = {
  created: boolean;
  countedOn: string;
  persons: number;
  capacityAtCount: number;
  sourceReference: string | null;
  recordedBy: string;
  warnings: string[];
};

export async function recordOccupancy({ db, principal, id, input, today }: RecordOccupancyOptions): Promise<RecordedOccupancy> {
  const visible = await loadVisibleLocation({ db, principal, id });
  authorize(principal, locationPolicy.canRecordOccupancy(principal, refOf(visible)), `to record occupancy of ${visible.name}`);
  if (input.countedOn > today) {
    throw new AppError('VALIDATION_FAILED', `A count is recorded when it was made; ${input.countedOn} is after today (${today}).`, {
      field: 'body.countedOn',
    });
  }
  const actor = actorOf(principal);
  return inTransaction(db, actor, async (tx) => {
    await lockLocation(tx, id);
    const record = (await findLocationRecord(tx, id)) as LocationRecord;
    if (record.status === 'closed') {
      throw new AppError('VALIDATION_FAILED', `${record.name} is closed since ${record.status_since}: it takes no occupancy.`, {
        field: 'params.id',
        details: { rule: 'location_closed' },
      });
    }
    if (!occupiableStatuses.includes(record.status as LocationStatus)) {
      throw new AppError('VALIDATION_FAILED', `${record.name} is "${record.status}": occupancy is recorded from "preparing" on.`, {
        field: 'params.id',
        details: { rule: 'location_not_ready' },
      });
    }
    const sourceReference = input.sourceReference ?? null;
    const { inserted } = await upsertOccupancy(tx, {
      locationId: id,
      countedOn: input.countedOn,
      persons: input.persons,
      capacityAtCount: record.capacity,
      sourceReference,
      recordedBy: actor,
    });
    const warnings =
      input.persons > record.capacity
        ? [`${input.persons} persons is more than the capacity of ${record.capacity} places (recorded, and flagged).`]
        : [];
    return { created: inserted, countedOn: input.countedOn, persons: input.persons, capacityAtCount: record.capacity, sourceReference, recordedBy: actor, warnings };
  });
}
