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

/** Persons expected per "period|code", and how many projects contribute. */
export function expectedPersons(projects: ForecastProject[], periods: string[], asOf: string): Map<string, { persons: number; projects: number }> {
  const open = new Set(periods.filter((period) => lastDayOf(period) >= asOf));
  const result = new Map<string, { persons: number; projects: number }>();
  for (const project of projects) {
    for (const part of splitByShare(project.persons, project.deliveries)) {
      if (!open.has(part.period) || part.persons === 0) {
        continue;
      }
      const key = `${part.period}|${project.municipalityCode}`;
      const entry = result.get(key) ?? { persons: 0, projects: 0 };
      entry.persons += part.persons;
      entry.projects += 1;
      result.set(key, entry);
    }
  }
  return result;
}

/** One cell from its parts, with the formula spelled out. */
export function forecastCell(period: string, corrected: number | null, realised: number, expected: number, projects: number): ForecastCell {
  const projected = realised + expected;
  const gap = corrected === null ? null : corrected - projected;
  const formula =
    `projected = realised ${realised} + expected ${expected} = ${projected}; ` +
    (gap === null ? 'no corrected task known for this period, so no gap' : `gap = corrected task ${corrected} − ${projected} = ${gap}`);
  return { period, corrected, realised, expected, projected, gap, projects, formula };
}

/** The forecast rows of every municipality given, in the order given. */
export function computeForecast(input: ForecastInput): ForecastRow[] {
  const expected = expectedPersons(input.projects, input.periods, input.asOf);
  return input.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    provinceCode: m.provinceCode,
    cells: input.periods.map((period) => {
      const e = expected.get(`${period}|${m.code}`);
      return forecastCell(
        period,
        input.corrected.get(period)?.get(m.code) ?? null,
        input.realised.get(period)?.get(m.code) ?? 0,
        e?.persons ?? 0,
        e?.projects ?? 0,
      );
    }),
  }));
}

/** The sum of rows per period (a province); the corrected task is null if any row's is. */
export function totalCells(rows: ForecastRow[], periods: string[]): ForecastCell[] {
  return periods.map((period, index) => {
    const cells = rows.map((row) => row.cells[index]).filter((cell): cell is ForecastCell => cell !== undefined);
    const known = cells.length > 0 && cells.every((cell) => cell.corrected !== null);
    const sum = (pick: (cell: ForecastCell) => number) => cells.reduce((total, cell) => total + pick(cell), 0);
    return forecastCell(period, known ? sum((c) => c.corrected ?? 0) : null, sum((c) => c.realised), sum((c) => c.expected), sum((c) => c.projects));
  });
}
