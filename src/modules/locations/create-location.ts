// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: register a reception location. The municipality is derived from (or checked against)
 * the coordinates, the caller must cover it, and the history given (default: "idea" today) must
 * follow the lifecycle. The location and its steps are written in one transaction.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { applySteps } from './lifecycle.ts';
import { insertLocation, insertStep } from './location.repository.ts';
import type { CreateLocationInput, StepInput } from './location.schema.ts';
import { locationPolicy } from './location.policy.ts';
import { resolvePlacement } from './resolve-placement.ts';

type CreateLocationOptions = {
  db: Db;
  principal: Authenticated;
  input: CreateLocationInput;
  /** Today's date (YYYY-MM-DD); steps may not be dated later. */
  today: string;
};

/** Refuses a planned period that ends before it starts. */
export function checkPlannedPeriod(from: string | null | undefined, until: string | null | undefined): void {
  if (from && until && until < from) {
    throw new AppError('VALIDATION_FAILED', `The planned period ends (${until}) before it starts (${from}).`, { field: 'body.plannedUntil' });
  }
}

/** Creates the location; returns its id. */
export async function createLocation({ db, principal, input, today }: CreateLocationOptions): Promise<string> {
  const placed = await resolvePlacement({ db, longitude: input.longitude, latitude: input.latitude, municipalityCode: input.municipalityCode });
  authorize(
    principal,
    locationPolicy.canCreateIn(principal, { code: placed.municipalityCode, provinceCode: placed.provinceCode }),
    `to register locations in ${placed.municipalityName}`,
  );
  checkPlannedPeriod(input.plannedFrom, input.plannedUntil);
  const requested: StepInput[] = input.steps ?? [{ status: 'idea', on: today }];
  const steps = requested.map((step) => ({
    status: step.status,
    on: step.on,
    note: step.note ?? null,
    ...(step.decision ? { decision: step.decision } : {}),
  }));
  const future = steps.findIndex((step) => step.on > today);
  if (future >= 0) {
    throw new AppError('VALIDATION_FAILED', `A step is recorded when it happened; ${steps[future]?.on} is after today (${today}).`, {
      field: `body.steps.${future}.on`,
    });
  }
  const lifecycle = applySteps(steps);
  if (!lifecycle.ok) {
    throw new AppError('VALIDATION_FAILED', lifecycle.reason, { field: `body.steps.${lifecycle.index}.${lifecycle.field}`, details: { rule: lifecycle.rule } });
  }
  const { state } = lifecycle;
  const actor = actorOf(principal);
  return inTransaction(db, actor, async (tx) => {
    const id = await insertLocation(tx, {
      name: input.name,
      address: input.address ?? null,
      longitude: input.longitude,
      latitude: input.latitude,
      municipalityCode: placed.municipalityCode,
      placement: placed.placement,
      placementBoundaryYear: placed.boundaryYear,
      placementSourceId: placed.sourceId,
      kind: input.kind,
      buildingType: input.buildingType,
      capacity: input.capacity,
      plannedFrom: input.plannedFrom ?? null,
      plannedUntil: input.plannedUntil ?? null,
      owner: input.owner ?? null,
      operator: input.operator ?? null,
      oneOffCostEur: input.oneOffCostEur ?? null,
      yearlyCostEur: input.yearlyCostEur ?? null,
      costSource: input.costSource ?? null,
      status: state.status,
      statusSince: state.since,
      decision: state.decision?.outcome ?? null,
      decidedBy: state.decision?.decidedBy ?? null,
      decidedOn: state.decision?.decidedOn ?? null,
      isPublic: input.isPublic ?? false,
      publicSummary: input.publicSummary ?? null,
    });
    for (const step of steps) {
      await insertStep(tx, { locationId: id, status: step.status, on: step.on, recordedBy: actor, note: step.note });
    }
    return id;
  });
}
