// SPDX-License-Identifier: EUPL-1.2
/**
 * Exports of the forecast: CSV (one line per municipality per period, stable English columns)
 * and an XLSX workbook (the taakstelling module's writer) with the forecast, the projects and
 * the method, so the figures travel with their formula.
 */
import { toCsv, type CsvCell } from '../../shared/csv.ts';
import { writeXlsx } from '../taakstelling/xlsx/workbook.ts';
import type { Forecast } from './forecast.schema.ts';
import type { Project } from './project.schema.ts';

const header = ['code', 'name', 'period', 'corrected_task', 'realised', 'expected', 'projected', 'gap', 'projects', 'formula'];

function lines(forecast: Forecast): CsvCell[][] {
  const rows = forecast.rows.flatMap((row) =>
    row.cells.map((c) => [row.code, row.name, c.period, c.corrected, c.realised, c.expected, c.projected, c.gap, c.projects, c.formula]),
  );
  const label = forecast.province ? forecast.province.code : 'total';
  const totals = forecast.totals.map((c) => [label, forecast.province?.name ?? 'all shown', c.period, c.corrected, c.realised, c.expected, c.projected, c.gap, c.projects, c.formula]);
  return [...rows, ...totals];
}

export function forecastCsv(forecast: Forecast): string {
  return toCsv(header, lines(forecast));
}

export function forecastXlsx(forecast: Forecast, projects: Project[]): Buffer {
  return writeXlsx([
    { name: 'Prognose', header, rows: lines(forecast), widths: [10, 24, 10, 14, 12, 12, 12, 10, 10, 70] },
    {
      name: 'Projecten',
      header: ['id', 'name', 'kind', 'municipality', 'phase', 'homes', 'status holders', 'students', 'starters', 'other', 'social', 'mid', 'free', 'persons', 'persons formula', 'deliveries'],
      rows: projects.map((p) => [
        p.id, p.name, p.kind, p.municipalityCode, p.currentPhase, p.homesTotal, p.homes.statusHolders, p.homes.students, p.homes.starters, p.homes.other,
        p.homesPerBand.social, p.homesPerBand.mid, p.homesPerBand.free, p.persons.value, p.persons.formula,
        p.deliveries.map((d) => `${d.period} ${d.share}% (${d.persons})`).join('; '),
      ]),
    },
    { name: 'Methode', header: ['as of', 'method', 'notes'], rows: [[forecast.asOf, forecast.method, forecast.notes.join(' ')]], widths: [12, 100, 60] },
  ]);
}
