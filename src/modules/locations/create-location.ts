// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: register a reception location. The municipality is derived from (or checked against)
 * the coordinates, the caller must cover it, and the history given (default: "idea" today) must
 * follow the lifecycle. The location and its steps are written in one transaction.
 */
import type { Db, Tx } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { applySteps } from './lifecycle.ts';
import { insertLocation, insertStep, type LocationInsert } from './location.repository.ts';
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
export function checkPlannedPeriod(from: string | null | undefined, until: string | null | undefined, fieldPrefix = 'body.'): void {
  if (from && until && until < from) {
    throw new AppError('VALIDATION_FAILED', `The planned period ends (${until}) before it starts (${from}).`, { field: `${fieldPrefix}plannedUntil` });
  }
}

/** A location checked and placed, ready to be written (see prepareLocation). */
export type PreparedLocation = { values: LocationInsert; steps: { status: string; on: string; note: string | null }[] };

type PrepareLocationOptions = CreateLocationOptions & {
  /** Prefix of the field names in errors: "body." for the API, e.g. "features[3].properties." for an import. */
  fieldPrefix?: string;
};

/**
 * Places the location, checks the caller may register it there, and checks its planned period
 * and its history; throws the first problem (AppError naming the field). Writes nothing.
 */
export async function prepareLocation({ db, principal, input, today, fieldPrefix = 'body.' }: PrepareLocationOptions): Promise<PreparedLocation> {
  const placed = await resolvePlacement({ db, longitude: input.longitude, latitude: input.latitude, municipalityCode: input.municipalityCode, fieldPrefix });
  authorize(
    principal,
    locationPolicy.canCreateIn(principal, { code: placed.municipalityCode, provinceCode: placed.provinceCode }),
    `to register locations in ${placed.municipalityName}`,
  );
  checkPlannedPeriod(input.plannedFrom, input.plannedUntil, fieldPrefix);
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
      field: `${fieldPrefix}steps.${future}.on`,
    });
  }
  const lifecycle = applySteps(steps);
  if (!lifecycle.ok) {
    throw new AppError('VALIDATION_FAILED', lifecycle.reason, { field: `${fieldPrefix}steps.${lifecycle.index}.${lifecycle.field}`, details: { rule: lifecycle.rule } });
  }
  const { state } = lifecycle;
  return {
    values: {
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
    },
    steps: steps.map(({ status, on, note }) => ({ status, on, note })),
  };
}

/** Writes a prepared location and its steps inside the caller's transaction; returns its id. */
export async function writeLocation(tx: Tx, actor: Actor, prepared: PreparedLocation): Promise<string> {
  const id = await insertLocation(tx, prepared.values);
  for (const step of prepared.steps) {
    await insertStep(tx, { locationId: id, status: step.status, on: step.on, recordedBy: actor, note: step.note });
  }
  return id;
}

/** Creates the location; returns its id. */
export async function createLocation(options: CreateLocationOptions): Promise<string> {
  const prepared = await prepareLocation(options);
  const actor = actorOf(options.principal);
  return inTransaction(options.db, actor, (tx) => writeLocation(tx, actor, prepared));
}
