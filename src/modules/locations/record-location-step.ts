// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: the next lifecycle step of a location, dated. A step back, a skipped decision or a
 * step after a "no" is refused with the reason (lifecycle.ts); the row is locked so two steps
 * cannot both pass the check.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { applyStep, type LifecycleState, type LocationStatus } from './lifecycle.ts';
import { loadVisibleLocation, refOf } from './load-location.ts';
import { findLocationRecord, insertStep, lockLocation, updateLocationRow, type LocationRecord } from './location.repository.ts';
import type { StepInput } from './location.schema.ts';
import { locationPolicy } from './location.policy.ts';

type RecordLocationStepOptions = { db: Db; principal: Authenticated; id: string; step: StepInput; today: string };

function stateOf(record: LocationRecord): LifecycleState {
  return {
    status: record.status as LocationStatus,
    since: record.status_since,
    decision:
      record.decision && record.decided_by && record.decided_on
        ? { outcome: record.decision, decidedBy: record.decided_by, decidedOn: record.decided_on }
        : null,
  };
}

export async function recordLocationStep({ db, principal, id, step, today }: RecordLocationStepOptions): Promise<void> {
  const visible = await loadVisibleLocation({ db, principal, id });
  authorize(principal, locationPolicy.canEdit(principal, refOf(visible)), `to change the status of ${visible.name}`);
  if (step.on > today) {
    throw new AppError('VALIDATION_FAILED', `A step is recorded when it happened; ${step.on} is after today (${today}).`, { field: 'body.on' });
  }
  await inTransaction(db, actorOf(principal), async (tx) => {
    await lockLocation(tx, id);
    const record = (await findLocationRecord(tx, id)) as LocationRecord;
    const current = stateOf(record);
    const outcome = applyStep(current, { status: step.status, on: step.on, ...(step.decision ? { decision: step.decision } : {}) });
    if (!outcome.ok) {
      throw new AppError('VALIDATION_FAILED', outcome.reason, {
        field: `body.${outcome.field}`,
        details: { rule: outcome.rule, currentStatus: current.status, currentSince: current.since },
      });
    }
    const { state } = outcome;
    await updateLocationRow(tx, id, {
      status: state.status,
      statusSince: state.since,
      decision: state.decision?.outcome ?? null,
      decidedBy: state.decision?.decidedBy ?? null,
      decidedOn: state.decision?.decidedOn ?? null,
    });
    await insertStep(tx, { locationId: id, status: state.status, on: state.since, recordedBy: actorOf(principal), note: step.note ?? null });
  });
}
