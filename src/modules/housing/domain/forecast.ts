// SPDX-License-Identifier: EUPL-1.2
/**
 * The forecast against the taakstelling, per municipality per half-year period:
 *
 *   expected  = persons for status holders from the projects' deliveries in the period
 *               (only periods that have not ended on the as-of date: what is past is realised)
 *   projected = realised + expected
 *   gap       = corrected task − projected   (positive: still short; negative: a surplus)
 *
 * The corrected task is the taakstelling module's (task + backlog − lead + agreed transfers);
 * it is null where no national task is known for the period, and so is the gap. The province's
 * row is the sum of its municipalities. Pure: plain data in, rows out.
 */
import { lastDayOf, splitByShare, type Delivery } from './schedule.ts';

/** A project as the forecast needs it. */
export type ForecastProject = { id: string; municipalityCode: string; persons: number; deliveries: Delivery[] };

export type ForecastInput = {
  periods: string[];
  asOf: string;
  municipalities: { code: string; name: string; provinceCode: string }[];
  /** Corrected task per period per municipality (absent: unknown). */
  corrected: Map<string, Map<string, number>>;
  /** Persons housed per period per municipality. */
  realised: Map<string, Map<string, number>>;
  projects: ForecastProject[];
};

export type ForecastCell = {
  period: string;
  corrected: number | null;
  realised: number;
  expected: number;
  projected: number;
  gap: number | null;
  /** Projects delivering persons in the period. */
  projects: number;
  formula: string;
};

export type ForecastRow = { code: string; name: string; provinceCode: string; cells: ForecastCell[] };

/** Persons expected per municipality code, per position in `periods`, and how many projects contribute. */
export function expectedPersons(projects: ForecastProject[], periods: string[], asOf: string): Map<string, { persons: number[]; projects: number[] }> {
  // Position of each period still open on the as-of date; past periods are realised, not expected.
  const open = new Map<string, number>();
  periods.forEach((period, index) => {
    if (lastDayOf(period) >= asOf) {
      open.set(period, index);
    }
  });
  const result = new Map<string, { persons: number[]; projects: number[] }>();
  for (const project of projects) {
    for (const part of splitByShare(project.persons, project.deliveries)) {
      const index = open.get(part.period);
      if (index === undefined || part.persons === 0) {
        continue;
      }
      let entry = result.get(project.municipalityCode);
      if (!entry) {
        entry = { persons: new Array<number>(periods.length).fill(0), projects: new Array<number>(periods.length).fill(0) };
        result.set(project.municipalityCode, entry);
      }
      entry.persons[index] = (entry.persons[index] ?? 0) + part.persons;
      entry.projects[index] = (entry.projects[index] ?? 0) + 1;
    }
  }
  return result;
}

/** The explanation of a cell, spelled out from its figures. */
export function cellFormula(cell: Pick<ForecastCell, 'corrected' | 'realised' | 'expected' | 'projected' | 'gap'>): string {
  return (
    `projected = realised ${cell.realised} + expected ${cell.expected} = ${cell.projected}; ` +
    (cell.gap === null ? 'no corrected task known for this period, so no gap' : `gap = corrected task ${cell.corrected} − ${cell.projected} = ${cell.gap}`)
  );
}

/**
 * A cell whose formula is spelled out only when read (by the API's serializer, an export or a
 * test): a province forecast has thousands of cells, and building every string up front was a
 * measurable part of the forecast's time (bench/housing). The formula is the same either way.
 */
class Cell implements ForecastCell {
  readonly period: string;
  readonly corrected: number | null;
  readonly realised: number;
  readonly expected: number;
  readonly projected: number;
  readonly gap: number | null;
  readonly projects: number;
  constructor(period: string, corrected: number | null, realised: number, expected: number, projects: number) {
    this.period = period;
    this.corrected = corrected;
    this.realised = realised;
    this.expected = expected;
    this.projected = realised + expected;
    this.gap = corrected === null ? null : corrected - this.projected;
    this.projects = projects;
  }
  get formula(): string {
    return cellFormula(this);
  }
  toJSON(): ForecastCell {
    const { period, corrected, realised, expected, projected, gap, projects, formula } = this;
    return { period, corrected, realised, expected, projected, gap, projects, formula };
  }
}

/** One cell from its parts, with the formula spelled out (when read). */
export function forecastCell(period: string, corrected: number | null, realised: number, expected: number, projects: number): ForecastCell {
  return new Cell(period, corrected, realised, expected, projects);
}

/** The forecast rows of every municipality given, in the order given. */
export function computeForecast(input: ForecastInput): ForecastRow[] {
  const expected = expectedPersons(input.projects, input.periods, input.asOf);
  const corrected = input.periods.map((period) => input.corrected.get(period));
  const realised = input.periods.map((period) => input.realised.get(period));
  return input.municipalities.map((m) => {
    const e = expected.get(m.code);
    return {
      code: m.code,
      name: m.name,
      provinceCode: m.provinceCode,
      cells: input.periods.map((period, index) =>
        forecastCell(period, corrected[index]?.get(m.code) ?? null, realised[index]?.get(m.code) ?? 0, e?.persons[index] ?? 0, e?.projects[index] ?? 0),
      ),
    };
  });
}

/** The sum of rows per period (a province); the corrected task is null if any row's is. */
export function totalCells(rows: ForecastRow[], periods: string[]): ForecastCell[] {
  return periods.map((period, index) => {
    let cells = 0;
    let known = true;
    let corrected = 0;
    let realised = 0;
    let expected = 0;
    let projects = 0;
    for (const row of rows) {
      const cell = row.cells[index];
      if (cell === undefined) {
        continue;
      }
      cells += 1;
      if (cell.corrected === null) {
        known = false;
      } else {
        corrected += cell.corrected;
      }
      realised += cell.realised;
      expected += cell.expected;
      projects += cell.projects;
    }
    return forecastCell(period, cells > 0 && known ? corrected : null, realised, expected, projects);
  });
}
