// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../../src/shared/errors.ts';
import { shippedDataDir } from '../../src/modules/regions/ensure-shipped-data.ts';
import { issuesOf } from '../../src/modules/regions/import/import-issues.ts';
import { parseRegionalData, readRegionalFiles } from '../../src/modules/regions/import/parse-regional-data.ts';
import type { RegionalDataset } from '../../src/modules/regions/import/regional-dataset.ts';
import { importRegionalData, type ImportReport } from '../../src/modules/regions/import-regional-data.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { badRowEdits, copyDataWithEdits, expectedBadRowIssues } from '../fixtures/regions/bad-copy.ts';

describe('[REGIONS] import of the shipped regional data', () => {
  let database: TestDatabase;
  let dataset: RegionalDataset;
  let first: ImportReport;
  const count = async (sqlText: string, params: unknown[] = []) =>
    (await database.query<{ n: number }>(sqlText, params))[0]?.n ?? Number.NaN;
  const auditCount = () => count('SELECT count(*)::int AS n FROM audit_log');

  beforeAll(async () => {
    database = await createTestDatabase();
    dataset = parseRegionalData(readRegionalFiles(shippedDataDir));
    first = await importRegionalData({ db: database.db, dataset, actor: 'cli:import', shipped: true });
  }, 180_000);
  afterAll(async () => {
    await database.dispose();
  });

  it('loads every table and reports what it inserted', async () => {
    expect(first.tables.municipalities?.inserted).toBe(await count('SELECT count(*)::int AS n FROM municipalities'));
    expect(first.tables.municipality_years?.inserted).toBe(3661);
    expect(first.totals.updated).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM municipality_population')).toBe(342 * 2);
    expect(await count("SELECT count(*)::int AS n FROM boundaries WHERE kind = 'municipality' AND year = 2016")).toBe(390);
    expect(await count("SELECT count(*)::int AS n FROM boundaries WHERE kind = 'municipality' AND year = 2023")).toBe(342);
    expect(await count('SELECT count(*)::int AS n FROM area_figures WHERE year = 2024')).toBe(1218);
  });

  it.each([
    [2016, 390],
    [2017, 388],
    [2019, 355],
    [2023, 342],
    [2024, 342],
    [2025, 342],
  ])('division %i: %i municipalities active on 1 January', async (year, expected) => {
    expect(await count('SELECT count(*)::int AS n FROM municipality_years WHERE year = $1 AND active', [year])).toBe(expected);
  });

  it('has 26 municipalities in the province of Utrecht (PV26) in every year 2016-2025', async () => {
    const rows = await database.query<{ year: number; n: number }>(
      "SELECT year, count(*)::int AS n FROM municipality_years WHERE active AND province_code = 'PV26' GROUP BY year ORDER BY year",
    );
    expect(rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(rows.every((r) => r.n === 26)).toBe(true);
  });

  it('derives the known mergers with their effective dates', async () => {
    const successors = async (code: string) =>
      database.query<{ successor_code: string; effective_date: string; derivation: string }>(
        `SELECT successor_code, effective_date::text AS effective_date, derivation FROM municipality_successions
         WHERE predecessor_code = $1 ORDER BY successor_code`,
        [code],
      );
    for (const code of ['GM0620', 'GM0545', 'GM0707']) {
      // Vianen, Leerdam and Zederik formed Vijfheerenlanden.
      expect(await successors(code)).toEqual([{ successor_code: 'GM1961', effective_date: '2019-01-01', derivation: 'geometry' }]);
    }
    expect(await successors('GM0393')).toMatchObject([{ successor_code: 'GM0394', effective_date: '2019-01-01' }]);
    expect(await successors('GM0457')).toMatchObject([{ successor_code: 'GM0363', effective_date: '2022-03-24' }]);
    // Haaren was split over four neighbours in 2021.
    expect((await successors('GM0788')).map((s) => s.successor_code)).toEqual(['GM0757', 'GM0824', 'GM0855', 'GM0865']);
    // Groesbeek → Berg en Dal on 2016-01-01: no boundary, but the only change in Gelderland that day.
    expect(await successors('GM0241')).toEqual([{ successor_code: 'GM1945', effective_date: '2016-01-01', derivation: 'dates' }]);
    // Every municipality that ended on or after 1 January 2017 has a successor.
    expect(
      await count(`SELECT count(*)::int AS n FROM municipalities m WHERE m.end_date >= '2017-01-01'
        AND NOT EXISTS (SELECT 1 FROM municipality_successions s WHERE s.predecessor_code = m.code)`),
    ).toBe(0);
  });

  it('keeps the published population columns, including the average household size', async () => {
    const rows = await database.query<{ reference_date: string; population: number; average_household_size: number; source_id: string }>(
      `SELECT reference_date::text AS reference_date, population, average_household_size, source_id
       FROM municipality_population WHERE municipality_code = 'GM0344' ORDER BY reference_date`,
    );
    expect(rows).toEqual([
      { reference_date: '2023-01-01', population: 367947, average_household_size: 1.9, source_id: 'cbs-wijkbuurtkaart-2023-gemeenten' },
      { reference_date: '2024-01-01', population: 374238, average_household_size: 1.9, source_id: 'cbs-85984NED-2024' },
    ]);
  });

  it('records the import in the audit trail, without geometries', async () => {
    expect(await count("SELECT count(*)::int AS n FROM audit_log WHERE actor = 'cli:import'")).toBe(first.totals.inserted);
    const [boundary] = await database.query<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_log WHERE table_name = 'boundaries' LIMIT 1",
    );
    expect(boundary?.changes.geometry).toEqual({ redacted: true });
  });

  it('is idempotent: a second run inserts and updates nothing and adds no audit entries', async () => {
    const before = await auditCount();
    const again = await importRegionalData({ db: database.db, dataset, actor: 'cli:import', shipped: true });
    expect(again.totals).toEqual({ inserted: 0, updated: 0, unchanged: first.totals.inserted, deleted: 0 });
    expect(await auditCount()).toBe(before);
  });

  it('updates only what changed, and a dry run reports it without writing', async () => {
    const changed: RegionalDataset = {
      ...dataset,
      population: dataset.population.map((row) =>
        row.municipalityCode === 'GM0344' && row.referenceDate === '2024-01-01' ? { ...row, population: row.population + 1 } : row,
      ),
    };
    const before = await auditCount();
    const dry = await importRegionalData({ db: database.db, dataset: changed, actor: 'cli:import', shipped: true, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.tables.municipality_population).toEqual({ inserted: 0, updated: 1, unchanged: 683, deleted: 0 });
    expect(await auditCount()).toBe(before);
    const population = () =>
      count("SELECT population AS n FROM municipality_population WHERE municipality_code = 'GM0344' AND reference_date = '2024-01-01'");
    expect(await population()).toBe(374238);

    const real = await importRegionalData({ db: database.db, dataset: changed, actor: 'cli:import', shipped: true });
    expect(real.totals.updated).toBe(1);
    expect(await population()).toBe(374239);
    expect(await auditCount()).toBe(before + 1);
    // Back to the shipped figure for the other tests.
    await importRegionalData({ db: database.db, dataset, actor: 'cli:import', shipped: true });
    expect(await population()).toBe(374238);
  });

  it('writes all or nothing: a failure half-way rolls back every table', async () => {
    const before = await auditCount();
    const broken: RegionalDataset = {
      ...dataset,
      sources: dataset.sources.map((s) => ({ ...s, note: `${s.note} (changed)` })),
      // Refers to a municipality that does not exist: the foreign key fails after earlier tables were written.
      areaFigures: [...dataset.areaFigures, { ...(dataset.areaFigures[0] as RegionalDataset['areaFigures'][number]), cbsRowId: 999999, municipalityCode: 'GM9999' }],
    };
    await expect(importRegionalData({ db: database.db, dataset: broken, actor: 'cli:import', shipped: true })).rejects.toThrow();
    expect(await auditCount()).toBe(before);
    expect(await count("SELECT count(*)::int AS n FROM sources WHERE note LIKE '%(changed)'")).toBe(0);
  });

  it('refuses bad files, listing every error with file, line and field', () => {
    const dir = copyDataWithEdits(badRowEdits);
    try {
      let refused: AppError | undefined;
      try {
        parseRegionalData(readRegionalFiles(dir));
      } catch (error) {
        refused = isAppError(error, 'IMPORT_INVALID') ? error : undefined;
      }
      expect(refused).toBeDefined();
      const issues = issuesOf(refused as AppError);
      for (const expected of expectedBadRowIssues) {
        expect(issues).toContainEqual(expect.objectContaining(expected));
      }
      expect(issues.find((i) => i.field === 'aantal_inwoners')?.message).toBe('"abc" is not a number');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file', () => {
    const dir = copyDataWithEdits({});
    fs.rmSync(`${dir}/population/gemeenten_2023_cbs_kwb.csv`);
    try {
      expect(() => readRegionalFiles(dir)).toThrow(/population\/gemeenten_2023_cbs_kwb\.csv: \(file\): not found/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
