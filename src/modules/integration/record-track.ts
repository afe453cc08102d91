// SPDX-License-Identifier: EUPL-1.2
/**
 * Adds a track to a household, or changes a track's dates (usually: ends it). An end before the
 * start is refused, and so is a work kind on a track that is not work.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { integrationPolicy } from './integration.policy.ts';
import { findTrack, insertTrack, updateTrack, type TrackRow } from './integration.repository.ts';
import type { AddTrackInput, UpdateTrackInput } from './integration.schema.ts';
import { loadHouseholdForRead } from './load-household-for-read.ts';

function checkDates(startedOn: string, endedOn: string | null): void {
  if (endedOn !== null && endedOn < startedOn) {
    throw new AppError('VALIDATION_FAILED', `A track cannot end (${endedOn}) before it starts (${startedOn}).`, { field: 'body.endedOn' });
  }
}

export type AddTrackOptions = { db: Db; principal: Authenticated; householdId: string; input: AddTrackInput };

export async function addTrack({ db, principal, householdId, input }: AddTrackOptions): Promise<TrackRow> {
  const { household } = await loadHouseholdForRead({
    db,
    principal,
    householdId,
    purpose: 'tracks',
    allowed: (scope) => integrationPolicy.canWriteRecord(principal, scope),
  });
  if ((input.kind === 'work') !== (input.workKind !== undefined)) {
    throw new AppError('VALIDATION_FAILED', 'A work track needs a work kind (job, traineeship, volunteering); other tracks have none.', {
      field: 'body.workKind',
    });
  }
  const endedOn = input.endedOn ?? null;
  checkDates(input.startedOn, endedOn);
  return inTransaction(db, actorOf(principal), (tx) =>
    insertTrack(tx, { householdId: household.id, kind: input.kind, workKind: input.workKind ?? null, startedOn: input.startedOn, endedOn }),
  );
}

export type UpdateTrackOptions = { db: Db; principal: Authenticated; trackId: string; input: UpdateTrackInput };

export async function changeTrack({ db, principal, trackId, input }: UpdateTrackOptions): Promise<TrackRow> {
  const track = await findTrack(db, trackId);
  if (!track) {
    throw new AppError('NOT_FOUND', 'There is no such track that you may change.', { field: 'params.trackId' });
  }
  await loadHouseholdForRead({
    db,
    principal,
    householdId: track.householdId,
    purpose: 'tracks',
    allowed: (scope) => integrationPolicy.canWriteRecord(principal, scope),
  });
  const startedOn = input.startedOn ?? track.startedOn;
  const endedOn = input.endedOn === undefined ? track.endedOn : input.endedOn;
  checkDates(startedOn, endedOn);
  return inTransaction(db, actorOf(principal), (tx) => updateTrack(tx, track.id, { startedOn, endedOn }));
}
