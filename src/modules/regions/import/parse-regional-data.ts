// SPDX-License-Identifier: EUPL-1.2
/**
 * The parse step of the regions import: reads the files, validates every row and the references
 * between files, derives the successions, and returns the rows to write. Nothing touches the
 * database here; any problem refuses the whole import (IMPORT_INVALID listing all of them).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  checkAreaFigures,
  checkMunicipalBoundaries,
  checkPopulation,
  checkProvinceBoundaries,
  checkWijkBoundaries,
  indexDivision,
} from './check-references.ts';
import { deriveSuccessions } from './derive-successions.ts';
import { refuseOnIssues, type ImportIssue } from './import-issues.ts';
import { parseAreaFigures } from './parse-area-figures.ts';
import { parseBoundaries, type LocatedBoundaryRow } from './parse-boundaries.ts';
import { municipalityCodePattern, parseDivision, provinceCodePattern } from './parse-division.ts';
import { parsePopulation, populationSpecs } from './parse-population.ts';
import type { RegionalDataset } from './regional-dataset.ts';
import { regionFiles, regionSources, sourceIds, type RegionFileKey } from './regional-sources.ts';

/** The text of each catalogue file. */
export type RegionFileTexts = Record<RegionFileKey, string>;

/** The texts with the checksum of each file and of the set. */
export type ReadRegionalFilesResult = { texts: RegionFileTexts; checksum: string; fileChecksums: Record<string, string> };

/** Reads the catalogue's files from `dir`; a missing or unreadable file is an import issue. */
export function readRegionalFiles(dir: string): ReadRegionalFilesResult {
  const issues: ImportIssue[] = [];
  const texts: Partial<RegionFileTexts> = {};
  const fileChecksums: Record<string, string> = {};
  for (const [key, file] of Object.entries(regionFiles) as [RegionFileKey, string][]) {
    try {
      const bytes = fs.readFileSync(path.join(dir, file));
      texts[key] = bytes.toString('utf8');
      fileChecksums[file] = crypto.createHash('sha256').update(bytes).digest('hex');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message;
      issues.push({ file, field: '(file)', message: `${reason} in ${dir}` });
    }
  }
  refuseOnIssues(issues);
  return { texts: texts as RegionFileTexts, checksum: combinedChecksum(fileChecksums), fileChecksums };
}

/** One checksum for the whole set, independent of the folder it was read from. */
export function combinedChecksum(fileChecksums: Record<string, string>): string {
  const lines = Object.values(regionFiles).map((file) => `${file} ${fileChecksums[file] ?? '-'}\n`);
  return crypto.createHash('sha256').update(lines.join('')).digest('hex');
}

/** Validates and converts the files' texts into the rows to import. */
export function parseRegionalData({ texts, checksum, fileChecksums }: ReadRegionalFilesResult): RegionalDataset {
  const issues: ImportIssue[] = [];
  const f = regionFiles;
  const division = parseDivision(f.division, texts.division, sourceIds.division, issues);
  const population = [
    ...parsePopulation(f.population2023, texts.population2023, {
      year: 2023,
      sourceId: sourceIds.kwb2023Municipalities,
      columns: populationSpecs[2023],
    }, issues),
    ...parsePopulation(f.population2024, texts.population2024, {
      year: 2024,
      sourceId: sourceIds.kwb2024,
      columns: populationSpecs[2024],
    }, issues),
  ];
  const areas2023 = parseAreaFigures(f.areas2023, texts.areas2023, { year: 2023, sourceId: sourceIds.kwb2023 }, issues);
  const areas2024 = parseAreaFigures(f.areas2024, texts.areas2024, { year: 2024, sourceId: sourceIds.kwb2024 }, issues);
  const municipality = { kind: 'municipality', codePattern: municipalityCodePattern, example: 'GM0344' } as const;
  const province = { kind: 'province', codePattern: provinceCodePattern, example: 'PV26' } as const;
  const municipalities2016 = parseBoundaries(f.municipalities2016, texts.municipalities2016, {
    ...municipality,
    year: 2016,
    sourceId: sourceIds.areas2016,
    codeProperty: 'statcode',
    nameProperty: 'statnaam',
  }, issues);
  const municipalities2023 = parseBoundaries(f.municipalities2023, texts.municipalities2023, {
    ...municipality,
    year: 2023,
    sourceId: sourceIds.kwb2023Municipalities,
    codeProperty: 'gemeentecode',
    nameProperty: 'gemeentenaam',
    skip: { GM0998: 'CBS code for "Buitenland": no municipality, no figures' },
  }, issues);
  const provinces2016 = parseBoundaries(f.provinces2016, texts.provinces2016, {
    ...province,
    year: 2016,
    sourceId: sourceIds.areas2016,
    codeProperty: 'statcode',
    nameProperty: 'statnaam',
  }, issues);
  const utrecht2023 = parseBoundaries(f.utrechtProvince2023, texts.utrechtProvince2023, {
    ...province,
    year: 2023,
    sourceId: sourceIds.utrechtProvince2023,
    codeProperty: 'provinciecode',
    nameProperty: 'provincienaam',
  }, issues);
  const wijken2016 = parseBoundaries(f.utrechtWijken2016, texts.utrechtWijken2016, {
    kind: 'wijk',
    year: 2016,
    sourceId: sourceIds.areas2016,
    codeProperty: 'wijkcode',
    nameProperty: 'wijknaam',
    codePattern: /^WK\d{6}$/,
    example: 'WK034401',
  }, issues);

  const index = indexDivision(division.years);
  checkPopulation(f.population2023, population.filter((r) => r.referenceDate.startsWith('2023')), index, issues);
  checkPopulation(f.population2024, population.filter((r) => r.referenceDate.startsWith('2024')), index, issues);
  checkAreaFigures(f.areas2023, areas2023, index, issues);
  checkAreaFigures(f.areas2024, areas2024, index, issues);
  checkMunicipalBoundaries(f.municipalities2016, municipalities2016, index, issues);
  checkMunicipalBoundaries(f.municipalities2023, municipalities2023, index, issues);
  checkProvinceBoundaries(f.provinces2016, provinces2016, division.provinces, issues);
  checkProvinceBoundaries(f.utrechtProvince2023, utrecht2023, division.provinces, issues);
  checkWijkBoundaries(f.utrechtWijken2016, wijken2016, index, issues);
  refuseOnIssues(issues);

  const byCode = (rows: LocatedBoundaryRow[]) => new Map(rows.map((row) => [row.code, row.area]));
  const successions = deriveSuccessions({
    municipalities: division.municipalities,
    early: byCode(municipalities2016),
    late: byCode(municipalities2023),
  });
  const strip = <T extends { line: number }>({ line: _line, ...row }: T): Omit<T, 'line'> => row;
  const boundaryRow = ({ line: _l, codeField: _c, area: _a, ...row }: LocatedBoundaryRow) => row;
  return {
    checksum,
    fileChecksums,
    sources: regionSources,
    provinces: division.provinces,
    municipalities: division.municipalities,
    years: division.years,
    successions,
    population: population.map(({ line: _l, provinceCode: _p, ...row }) => row),
    boundaries: [...provinces2016, ...utrecht2023, ...municipalities2016, ...municipalities2023, ...wijken2016].map(boundaryRow),
    areaFigures: [...areas2023, ...areas2024].map(strip),
  };
}
