// SPDX-License-Identifier: EUPL-1.2
/**
 * CBS "Kerncijfers wijken en buurten" rows of the province of Utrecht (gemeente, wijk, buurt).
 * CBS leaves suppressed or unpublished cells empty: they become null, never 0.
 */
import { cellsOf, figuresOf, readCsv } from './csv-file.ts';
import type { ImportIssue } from './import-issues.ts';
import { municipalityCodePattern, provinceCodePattern } from './parse-division.ts';
import type { AreaFigureRow } from './regional-dataset.ts';

const identity = [
  'peiljaar',
  'niveau',
  'naam',
  'wijk',
  'gemeentecode',
  'gemeentenaam',
  'provinciecode',
  'provincienaam',
  'cbs_rij_id',
] as const;
const levels = ['gemeente', 'wijk', 'buurt'] as const;

/** A wijk/buurt row with its line, for cross-file checks. */
export type LocatedAreaFigureRow = AreaFigureRow & { line: number };

/** Parses one KWB wijk/buurt file of the given year. */
export function parseAreaFigures(
  file: string,
  text: string,
  spec: { year: number; sourceId: string },
  issues: ImportIssue[],
): LocatedAreaFigureRow[] {
  const rows: LocatedAreaFigureRow[] = [];
  const seen = new Set<number>();
  for (const record of readCsv(file, text, [...identity, 'aantal_inwoners'], issues)) {
    const before = issues.length;
    const cells = cellsOf(file, record, issues);
    const year = cells.number('peiljaar', { required: true, integer: true });
    if (year !== undefined && year !== spec.year) {
      cells.fail('peiljaar', `${year} must be ${spec.year} in this file`);
    }
    const level = levels.find((candidate) => candidate === cells.raw('niveau'));
    if (!level) {
      cells.fail('niveau', `"${cells.raw('niveau')}" must be one of ${levels.join(', ')}`);
    }
    const name = cells.text('naam');
    const wijkName = cells.raw('wijk') || null;
    if (level && level !== 'gemeente' && wijkName === null) {
      cells.fail('wijk', `is empty; a ${level} row names its wijk`);
    }
    const code = cells.code('gemeentecode', municipalityCodePattern, 'GM0344');
    cells.code('provinciecode', provinceCodePattern, 'PV26');
    const rowId = cells.number('cbs_rij_id', { required: true, integer: true, min: 0 });
    const population = cells.number('aantal_inwoners', { integer: true, min: 0 });
    const figures = figuresOf(cells, record, [...identity, 'aantal_inwoners']);
    if (issues.length > before || !level || !name || !code || rowId == null || !figures) {
      continue;
    }
    if (seen.has(rowId)) {
      cells.fail('cbs_rij_id', `${rowId} appears twice`);
      continue;
    }
    seen.add(rowId);
    rows.push({
      line: record.line,
      year: spec.year,
      cbsRowId: rowId,
      level,
      name,
      wijkName: level === 'gemeente' ? null : wijkName,
      municipalityCode: code,
      sourceId: spec.sourceId,
      population: population ?? null,
      figures,
    });
  }
  return rows;
}
