// SPDX-License-Identifier: EUPL-1.2
/**
 * Municipal population files (CBS, 1 January of the reference year). The population, households,
 * average household size and density go to typed columns; every other published column is kept
 * in `figures`, under its name in the file.
 */
import { cellsOf, figuresOf, readCsv } from './csv-file.ts';
import type { ImportIssue } from './import-issues.ts';
import { municipalityCodePattern, provinceCodePattern } from './parse-division.ts';
import type { PopulationRow } from './regional-dataset.ts';

/** Which column holds what in one population file. */
export type PopulationFileSpec = {
  year: number;
  sourceId: string;
  columns: {
    population: string;
    households: string;
    averageHouseholdSize: string;
    density: string;
  };
};

/** Population files as shipped: the CBS KWB 2023 layer and StatLine 85984NED (2024). */
export const populationSpecs = {
  2023: {
    population: 'aantalInwoners',
    households: 'aantalHuishoudens',
    averageHouseholdSize: 'gemiddeldeHuishoudsgrootte',
    density: 'bevolkingsdichtheidInwonersPerKm2',
  },
  2024: {
    population: 'aantal_inwoners',
    households: 'huishoudens_totaal',
    averageHouseholdSize: 'gem_huishoudensgrootte',
    density: 'bevolkingsdichtheid_per_km2',
  },
} as const;

const identity = ['peiljaar', 'gemeentecode', 'gemeentenaam', 'provinciecode', 'provincienaam'] as const;

/** A population row with its line and province, for cross-file checks. */
export type LocatedPopulationRow = PopulationRow & { line: number; provinceCode: string };

/** Parses one municipal population file. */
export function parsePopulation(
  file: string,
  text: string,
  spec: PopulationFileSpec,
  issues: ImportIssue[],
): LocatedPopulationRow[] {
  const rows: LocatedPopulationRow[] = [];
  const seen = new Set<string>();
  const { columns } = spec;
  const required = [...identity, columns.population, columns.households, columns.averageHouseholdSize, columns.density];
  for (const record of readCsv(file, text, required, issues)) {
    const before = issues.length;
    const cells = cellsOf(file, record, issues);
    const year = cells.number('peiljaar', { required: true, integer: true });
    if (year !== undefined && year !== spec.year) {
      cells.fail('peiljaar', `${year} must be ${spec.year} in this file`);
    }
    const code = cells.code('gemeentecode', municipalityCodePattern, 'GM0344');
    cells.text('gemeentenaam');
    const provinceCode = cells.code('provinciecode', provinceCodePattern, 'PV26');
    const population = cells.number(columns.population, { required: true, integer: true, min: 0 });
    const households = cells.number(columns.households, { integer: true, min: 0 });
    const averageHouseholdSize = cells.number(columns.averageHouseholdSize, { min: 0.1 });
    const density = cells.number(columns.density, { integer: true, min: 0 });
    // The typed columns are left out of `figures` so a bad cell is reported once.
    const figures = figuresOf(cells, record, required);
    if (issues.length > before || !code || !provinceCode || population == null || !figures) {
      continue;
    }
    if (seen.has(code)) {
      cells.fail('gemeentecode', `${code} appears twice`);
      continue;
    }
    seen.add(code);
    rows.push({
      line: record.line,
      provinceCode,
      municipalityCode: code,
      referenceDate: `${spec.year}-01-01`,
      sourceId: spec.sourceId,
      population,
      households: households ?? null,
      averageHouseholdSize: averageHouseholdSize ?? null,
      densityPerKm2: density ?? null,
      figures,
    });
  }
  return rows;
}
