// SPDX-License-Identifier: EUPL-1.2
/**
 * Reference solver for the matching benchmark: the same placement model as a MIP in CPLEX LP
 * format, solved by HiGHS (npm `highs`, WebAssembly). Binary x_h_d for every allowed pair,
 * Σ_d x_h_d = 1 per household, Σ_h size_h·x_h_d ≤ capacity_d per municipality.
 */
import type { MatchingInstance } from '../../src/modules/matching/engine/types.ts';

/** HiGHS's answer and timings. */
export type HighsReference = {
  status: string;
  objective: number;
  /** Time inside `highs.solve` (parsing the LP text included, building it excluded). */
  solveMs: number;
  /** Time to build the LP text. */
  buildMs: number;
  /** Municipality code per household id, for the checker. */
  assignments: { household: string; municipality: string }[];
};

type ColumnLike = { Primal?: number };

/** Builds the LP text; `relax` drops integrality (gives the LP bound). */
export function buildLp(instance: MatchingInstance, relax = false): string {
  const objective: string[] = [];
  const rows: string[] = [];
  const columns: string[][] = instance.municipalities.map(() => []);
  const names: string[] = [];
  instance.households.forEach((household, h) => {
    const terms: string[] = [];
    household.scores.forEach((score, d) => {
      const code = instance.municipalities[d]?.code;
      const allowed = score !== null && (household.fixed === undefined || household.fixed === code);
      if (!allowed) {
        return;
      }
      const name = `x_${h}_${d}`;
      names.push(name);
      objective.push(`${score >= 0 ? '+' : ''}${score} ${name}`);
      terms.push(name);
      columns[d]?.push(`+ ${household.size} ${name}`);
    });
    rows.push(` a_${h}: ${chunk(terms.map((t) => `+ ${t}`))} = 1`);
  });
  instance.municipalities.forEach((municipality, d) => {
    const terms = columns[d] ?? [];
    if (terms.length > 0) {
      rows.push(` c_${d}: ${chunk(terms)} <= ${municipality.capacity}`);
    }
  });
  const integrality = relax ? '' : `Binary\n${chunk(names)}\n`;
  const bounds = relax ? `Bounds\n${names.map((n) => ` ${n} <= 1`).join('\n')}\n` : '';
  return `Maximize\n obj: ${chunk(objective)}\nSubject To\n${rows.join('\n')}\n${bounds}${integrality}End\n`;
}

/** Joins terms with line breaks every 16 terms, to keep LP lines short. */
function chunk(terms: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 16) {
    lines.push(terms.slice(i, i + 16).join(' '));
  }
  return lines.join('\n   ');
}

/** Solves the instance with HiGHS at the given relative MIP gap. */
export async function solveWithHighs(instance: MatchingInstance, mipRelGap = 1e-6, relax = false): Promise<HighsReference> {
  const loader = (await import('highs')).default;
  const highs = await loader();
  const t0 = performance.now();
  const lp = buildLp(instance, relax);
  const t1 = performance.now();
  const solution = highs.solve(lp, { mip_rel_gap: mipRelGap, output_flag: false });
  const t2 = performance.now();
  const assignments: HighsReference['assignments'] = [];
  const columns = solution.Columns as Record<string, ColumnLike>;
  instance.households.forEach((household, h) => {
    household.scores.forEach((_, d) => {
      const value = columns[`x_${h}_${d}`]?.Primal ?? 0;
      const code = instance.municipalities[d]?.code;
      if (!relax && value > 0.5 && code !== undefined) {
        assignments.push({ household: household.id, municipality: code });
      }
    });
  });
  return { status: solution.Status, objective: solution.ObjectiveValue, solveMs: t2 - t1, buildMs: t1 - t0, assignments };
}
