// SPDX-License-Identifier: EUPL-1.2
/** Between a project's API input and its table row, both ways. */
import type { NewProject, ProjectRow } from './housing.repository.ts';
import type { ProjectInput } from './project.schema.ts';

/** The row values of an input (without id and building). */
export function projectValues(input: ProjectInput): Omit<NewProject, 'id' | 'buildingId'> {
  return {
    name: input.name,
    kind: input.kind,
    municipalityCode: input.municipalityCode,
    site: input.site ?? null,
    ownerKind: input.ownerKind,
    ownerName: input.ownerName ?? null,
    endDate: input.endDate ?? null,
    homesTotal: input.homesTotal,
    homesStatusHolders: input.homes.statusHolders,
    homesStudents: input.homes.students,
    homesStarters: input.homes.starters,
    homesOther: input.homes.other,
    rentLines: input.rentLines,
    personsStated: input.personsStated ?? null,
    householdSizeOverride: input.householdSizeOverride ?? null,
    initiativeOn: input.phases.initiative,
    planningOn: input.phases.planning ?? null,
    permitOn: input.phases.permit ?? null,
    constructionOn: input.phases.construction ?? null,
    deliveredOn: input.phases.delivered ?? null,
    schedule: input.schedule && input.schedule.length > 0 ? input.schedule : null,
  };
}

/** The input that would store this row (to check a change of part of it). */
export function inputOfRow(row: ProjectRow): ProjectInput {
  const optional = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : ({ [key]: value } as { [P in K]: V }));
  return {
    name: row.name,
    kind: row.kind,
    municipalityCode: row.municipalityCode,
    ownerKind: row.ownerKind,
    homesTotal: row.homesTotal,
    homes: { statusHolders: row.homesStatusHolders, students: row.homesStudents, starters: row.homesStarters, other: row.homesOther },
    rentLines: row.rentLines,
    phases: { initiative: row.initiativeOn, planning: row.planningOn, permit: row.permitOn, construction: row.constructionOn, delivered: row.deliveredOn },
    ...optional('site', row.site),
    ...optional('ownerName', row.ownerName),
    ...optional('endDate', row.endDate),
    ...optional('personsStated', row.personsStated),
    ...optional('householdSizeOverride', row.householdSizeOverride),
    ...optional('schedule', row.schedule),
  };
}
