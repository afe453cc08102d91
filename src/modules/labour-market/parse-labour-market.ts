// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses the two labour-market CSV files (UTF-8, comma separated, header row):
 *   regions:   gemeentecode, arbeidsmarktregio, naam_arbeidsmarktregio   (one row per municipality)
 *   shortages: arbeidsmarktregio, isco_hoofdgroep (0-9), krapte (0 = ruim … 1 = zeer krap), peildatum
 * Every bad cell becomes an issue with its line; nothing touches the database here.
 */
import { cellsOf, readCsv } from '../regions/import/csv-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';

/** A municipality's membership of a labour-market region. */
export type MemberRow = { line: number; municipalityCode: string; regionCode: string; regionName: string };

/** Shortage of one ISCO-08 major group in one region. */
export type ShortageRow = { line: number; regionCode: string; iscoMajorGroup: number; shortage: number; referenceDate: string };

export const regionColumns = ['gemeentecode', 'arbeidsmarktregio', 'naam_arbeidsmarktregio'] as const;
export const shortageColumns = ['arbeidsmarktregio', 'isco_hoofdgroep', 'krapte', 'peildatum'] as const;

const municipalityCode = /^GM\d{4}$/;
const regionCode = /^[A-Za-z0-9_-]{1,20}$/;

/** The rows of a regions file; a municipality listed twice or a region with two names is refused. */
export function parseRegionMembers(file: string, text: string, issues: ImportIssue[]): MemberRow[] {
  const rows: MemberRow[] = [];
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const record of readCsv(file, text, regionColumns, issues)) {
    const cells = cellsOf(file, record, issues);
    const municipality = cells.code('gemeentecode', municipalityCode, 'GM0344');
    const region = cells.code('arbeidsmarktregio', regionCode, 'AM12 (letters, digits, - or _; at most 20)');
    const name = cells.text('naam_arbeidsmarktregio');
    if (name !== undefined && name.length > 200) {
      cells.fail('naam_arbeidsmarktregio', 'is longer than 200 characters');
      continue;
    }
    if (municipality === undefined || region === undefined || name === undefined) {
      continue;
    }
    const earlier = seen.get(municipality);
    if (earlier !== undefined) {
      cells.fail('gemeentecode', `${municipality} is listed twice (also on line ${earlier}); a municipality belongs to one region`);
      continue;
    }
    const knownName = names.get(region);
    if (knownName !== undefined && knownName !== name) {
      cells.fail('naam_arbeidsmarktregio', `region ${region} is called "${knownName}" on an earlier line`);
      continue;
    }
    seen.set(municipality, record.line);
    names.set(region, name);
    rows.push({ line: record.line, municipalityCode: municipality, regionCode: region, regionName: name });
  }
  return rows;
}

/** The rows of a shortages file; a region × group listed twice is refused. */
export function parseShortages(file: string, text: string, issues: ImportIssue[]): ShortageRow[] {
  const rows: ShortageRow[] = [];
  const seen = new Map<string, number>();
  for (const record of readCsv(file, text, shortageColumns, issues)) {
    const cells = cellsOf(file, record, issues);
    const region = cells.code('arbeidsmarktregio', regionCode, 'AM12 (letters, digits, - or _; at most 20)');
    const group = cells.number('isco_hoofdgroep', { required: true, integer: true, min: 0 });
    const shortage = cells.number('krapte', { required: true, min: 0 });
    const referenceDate = cells.date('peildatum', true);
    if (typeof group === 'number' && group > 9) {
      cells.fail('isco_hoofdgroep', `${group} is not an ISCO-08 major group (0-9)`);
      continue;
    }
    if (typeof shortage === 'number' && shortage > 1) {
      cells.fail('krapte', `${shortage} is above 1 (the scale runs from 0 = ruim to 1 = zeer krap)`);
      continue;
    }
    if (region === undefined || typeof group !== 'number' || typeof shortage !== 'number' || typeof referenceDate !== 'string') {
      continue;
    }
    const key = `${region}/${group}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      cells.fail('isco_hoofdgroep', `region ${region}, group ${group} is listed twice (also on line ${earlier})`);
      continue;
    }
    seen.set(key, record.line);
    rows.push({ line: record.line, regionCode: region, iscoMajorGroup: group, shortage, referenceDate });
  }
  return rows;
}
