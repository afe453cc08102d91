// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses a score matrix from an external predictive model (docs/matching.md, "Imported scores"):
 *   CSV (UTF-8, header row): huishouden, gemeentecode, score
 *   JSON: {"scores": [{"household": "HH-…", "municipality": "GM0344", "score": 0.41}, …]}
 * A score is a number in [0, 1]; empty (CSV) or null (JSON) forbids the pair. Every household of
 * the proposal needs a row for every municipality of the proposal, so that no pair silently falls
 * back to something else. Every problem becomes an issue with its line (CSV) or JSON path; pure.
 */
import { cellsOf, readCsv } from '../regions/import/csv-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';

export const scoreMatrixColumns = ['huishouden', 'gemeentecode', 'score'] as const;

/** Household id → municipality code → score, or null = forbidden. */
export type ScoreMatrix = Record<string, Record<string, number | null>>;

export type ScoreMatrixContext = {
  /** The proposal's households: pseudonym → household id. */
  households: ReadonlyMap<string, string>;
  /** The proposal's municipality codes. */
  municipalities: ReadonlySet<string>;
};

/** One pair as read, with where it stands in the file. */
type Entry = { line?: number; path: (field: 'household' | 'municipality' | 'score') => string; pseudonym: unknown; municipality: unknown; score: unknown };

export type ParseScoreMatrixOptions = {
  file: string;
  /** The CSV text, or the parsed JSON body. */
  content: string | unknown;
  format: 'csv' | 'json';
  context: ScoreMatrixContext;
  issues: ImportIssue[];
};

export type ParsedScoreMatrix = { scores: ScoreMatrix; pairs: number };

const csvNumber = /^-?\d+(\.\d+)?$/;

function csvEntries(file: string, text: string, issues: ImportIssue[]): Entry[] {
  const columns = { household: 'huishouden', municipality: 'gemeentecode', score: 'score' } as const;
  return readCsv(file, text, scoreMatrixColumns, issues).map((record) => {
    const raw = cellsOf(file, record, issues).raw;
    const score = raw('score');
    return {
      line: record.line,
      path: (field) => columns[field],
      pseudonym: raw('huishouden'),
      municipality: raw('gemeentecode'),
      // Only plain decimals are numbers here: "NaN", "Infinity" and "1e400" are refused below.
      score: score === '' ? null : csvNumber.test(score) ? Number(score) : score,
    };
  });
}

function jsonEntries(file: string, body: unknown, issues: ImportIssue[]): Entry[] {
  const list = typeof body === 'object' && body !== null ? (body as { scores?: unknown }).scores : undefined;
  if (!Array.isArray(list)) {
    issues.push({ file, field: 'scores', message: 'expected {"scores": [{"household", "municipality", "score"}, …]}' });
    return [];
  }
  return list.map((item: unknown, i): Entry => {
    const row = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return { path: (field) => `scores[${i}].${field}`, pseudonym: row.household, municipality: row.municipality, score: row.score === undefined ? 'missing' : row.score };
  });
}

/** The matrix, or issues for every bad value, unknown or repeated pair and missing pair. */
export function parseScoreMatrix(options: ParseScoreMatrixOptions): ParsedScoreMatrix {
  const { file, context, issues } = options;
  const entries =
    options.format === 'csv' ? csvEntries(file, typeof options.content === 'string' ? options.content : '', issues) : jsonEntries(file, options.content, issues);
  const scores: ScoreMatrix = {};
  const seen = new Map<string, string>();
  const fail = (entry: Entry, field: 'household' | 'municipality' | 'score', message: string) =>
    issues.push({ file, ...(entry.line === undefined ? {} : { line: entry.line }), field: entry.path(field), message });
  for (const entry of entries) {
    const householdId = typeof entry.pseudonym === 'string' ? context.households.get(entry.pseudonym) : undefined;
    const code = typeof entry.municipality === 'string' && context.municipalities.has(entry.municipality) ? entry.municipality : undefined;
    if (householdId === undefined) {
      fail(entry, 'household', `${JSON.stringify(entry.pseudonym ?? null)} is not a household of this proposal (use its pseudonym, e.g. HH-…)`);
    }
    if (code === undefined) {
      fail(entry, 'municipality', `${JSON.stringify(entry.municipality ?? null)} is not a municipality of this proposal's province`);
    }
    const score = entry.score;
    const valid = score === null || (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 1);
    if (!valid) {
      const shown = typeof score === 'number' ? String(score) : JSON.stringify(score);
      fail(entry, 'score', `${shown} is not a score: give a number from 0 to 1, or leave it empty to forbid the pair`);
    }
    if (householdId === undefined || code === undefined || !valid) {
      continue;
    }
    const key = `${householdId}/${code}`;
    const where = entry.line === undefined ? entry.path('household') : `line ${entry.line}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(entry, 'household', `${String(entry.pseudonym)} × ${code} is listed twice (also at ${earlier})`);
      continue;
    }
    seen.set(key, where);
    (scores[householdId] ??= {})[code] = score as number | null;
  }
  if (issues.length === 0) {
    const codes = [...context.municipalities].sort();
    for (const [pseudonym, id] of [...context.households].sort(([a], [b]) => a.localeCompare(b))) {
      const missing = codes.filter((code) => !(code in (scores[id] ?? {})));
      if (missing.length > 0) {
        issues.push({ file, field: options.format === 'csv' ? 'huishouden' : 'scores', message: `${pseudonym} has no row for ${missing.join(', ')} (leave the score empty to forbid a pair)` });
      }
    }
  }
  return { scores, pairs: seen.size };
}
