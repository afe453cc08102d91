// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case step: check a project against the rules (domain/project.ts) with the rent limits of
 * its delivery year, and work out its persons for status holders. Refusals name the body field.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { rentYearOf, type PhaseDates } from './domain/phases.ts';
import { personsForStatusHolders, type Persons } from './domain/persons.ts';
import { checkProject, type ProjectFacts } from './domain/project.ts';
import { limitsFor } from './domain/rent-band.ts';
import { householdSizes, listRentLimits } from './housing.repository.ts';
import type { ProjectInput } from './project.schema.ts';

/** The phase dates of an input, with the unknown ones null. */
export function phaseDatesOf(input: ProjectInput['phases']): PhaseDates {
  return {
    initiative: input.initiative,
    planning: input.planning ?? null,
    permit: input.permit ?? null,
    construction: input.construction ?? null,
    delivered: input.delivered ?? null,
  };
}

export type CheckProjectInputOptions = { db: Executor; input: ProjectInput; fieldPrefix?: string };

/** Refuses a bad project; returns its persons for status holders. */
export async function checkProjectInput({ db, input, fieldPrefix = 'body.' }: CheckProjectInputOptions): Promise<Extract<Persons, { ok: true }>> {
  const phases = phaseDatesOf(input.phases);
  const facts: ProjectFacts = {
    kind: input.kind,
    endDate: input.endDate ?? null,
    homesTotal: input.homesTotal,
    homes: input.homes,
    rentLines: input.rentLines,
    phases,
    schedule: input.schedule ?? null,
  };
  const limits = limitsFor(rentYearOf(phases), await listRentLimits(db));
  const problem = checkProject(facts, limits);
  if (problem) {
    throw new AppError('VALIDATION_FAILED', problem.reason, { field: `${fieldPrefix}${problem.field}` });
  }
  const sizes = await householdSizes(db, [input.municipalityCode]);
  const persons = personsForStatusHolders({
    homesStatusHolders: input.homes.statusHolders,
    statedPersons: input.personsStated ?? null,
    householdSizeOverride: input.householdSizeOverride ?? null,
    cbsHouseholdSize: sizes.get(input.municipalityCode) ?? null,
  });
  if (!persons.ok) {
    throw new AppError('VALIDATION_FAILED', persons.reason, { field: `${fieldPrefix}personsStated` });
  }
  return persons;
}
