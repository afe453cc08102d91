// SPDX-License-Identifier: EUPL-1.2
/** Shapes a project for the API: bands, persons with their formula, deliveries, mixed groups. */
import { phaseOn, rentYearOf } from './domain/phases.ts';
import { personsForStatusHolders, type HouseholdSize } from './domain/persons.ts';
import { mixedGroups } from './domain/project.ts';
import { bandRange, homesPerBand, limitsFor, type RentLimitRow } from './domain/rent-band.ts';
import { deliveriesOf, splitByShare } from './domain/schedule.ts';
import type { Placed, ProjectRow } from './housing.repository.ts';
import type { Project } from './project.schema.ts';

/** What presenting a project needs besides its row. */
export type ProjectContext = { limits: RentLimitRow[]; householdSizes: Map<string, HouseholdSize>; asOf: string };

/** The persons of a stored project (null with the reason when they cannot be worked out). */
export function personsOfRow(row: ProjectRow, sizes: Map<string, HouseholdSize>): Project['persons'] {
  const persons = personsForStatusHolders({
    homesStatusHolders: row.homesStatusHolders,
    statedPersons: row.personsStated,
    householdSizeOverride: row.householdSizeOverride,
    cbsHouseholdSize: sizes.get(row.municipalityCode) ?? null,
  });
  return persons.ok ? { value: persons.persons, basis: persons.basis, formula: persons.formula } : { value: null, basis: 'missing', formula: persons.reason };
}

export function presentProject(row: Placed<ProjectRow>, context: ProjectContext): Project {
  const phases = { initiative: row.initiativeOn, planning: row.planningOn, permit: row.permitOn, construction: row.constructionOn, delivered: row.deliveredOn };
  const limits = limitsFor(rentYearOf(phases), context.limits);
  const persons = personsOfRow(row, context.householdSizes);
  const deliveries = deliveriesOf(row.schedule, row.deliveredOn);
  const split = splitByShare(persons.value ?? 0, deliveries);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    provinceCode: row.provinceCode,
    buildingId: row.buildingId,
    site: row.site,
    ownerKind: row.ownerKind,
    ownerName: row.ownerName,
    endDate: row.endDate,
    homesTotal: row.homesTotal,
    homes: { statusHolders: row.homesStatusHolders, students: row.homesStudents, starters: row.homesStarters, other: row.homesOther },
    homesPerBand: homesPerBand(row.rentLines),
    rentLines: row.rentLines,
    rentLimits: limits
      ? `${limits.year}: social ${bandRange('social', limits)}; mid ${bandRange('mid', limits)} (limits of ${limits.limitYear}; ${limits.source})`
      : 'no rent limits known for this year',
    persons,
    phases,
    currentPhase: phaseOn(phases, context.asOf),
    deliveries: deliveries.map((d, i) => ({ period: d.period, share: d.share, persons: split[i]?.persons ?? 0 })),
    mixedGroups: mixedGroups(row.homesTotal, row.homesStatusHolders),
  };
}
