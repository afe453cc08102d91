// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { parseRegionMembers, parseShortages } from './parse-labour-market.ts';

const example = (name: string): string => readFileSync(new URL(`../../../data/examples/${name}`, import.meta.url), 'utf8');

describe('parseRegionMembers', () => {
  it('reads the shipped example: 26 municipalities in two invented regions', () => {
    const issues: ImportIssue[] = [];
    const rows = parseRegionMembers('r.csv', example('voorbeeld_arbeidsmarktregios_utrecht.csv'), issues);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(26);
    expect(new Set(rows.map((r) => r.regionCode))).toEqual(new Set(['VB-WEST', 'VB-OOST']));
  });

  it.each([
    ['a bad municipality code', 'GM34,AM1,Regio\n', 'gemeentecode', 2],
    ['a municipality twice', 'GM0344,AM1,Regio\nGM0344,AM2,Andere\n', 'gemeentecode', 3],
    ['a region with two names', 'GM0344,AM1,Regio\nGM0307,AM1,Andere\n', 'naam_arbeidsmarktregio', 3],
    ['an empty name', 'GM0344,AM1,\n', 'naam_arbeidsmarktregio', 2],
    ['a row of the wrong length', 'GM0344,AM1\n', '(row)', 2],
  ])('refuses %s, naming the field and line', (_label, body, field, line) => {
    const issues: ImportIssue[] = [];
    parseRegionMembers('r.csv', `gemeentecode,arbeidsmarktregio,naam_arbeidsmarktregio\n${body}`, issues);
    expect(issues[0]).toMatchObject({ file: 'r.csv', field, line });
  });
});

describe('parseShortages', () => {
  it('reads the shipped example: 2 regions × 10 major groups', () => {
    const issues: ImportIssue[] = [];
    const rows = parseShortages('s.csv', example('voorbeeld_arbeidsmarkt_krapte.csv'), issues);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(20);
  });

  it.each([
    ['a group above 9', 'AM1,10,0.5,2026-01-01\n', 'isco_hoofdgroep'],
    ['a shortage above 1', 'AM1,2,1.5,2026-01-01\n', 'krapte'],
    ['a negative shortage', 'AM1,2,-0.1,2026-01-01\n', 'krapte'],
    ['NaN', 'AM1,2,NaN,2026-01-01\n', 'krapte'],
    ['a bad date', 'AM1,2,0.5,2026-13-01\n', 'peildatum'],
    ['a group twice', 'AM1,2,0.5,2026-01-01\nAM1,2,0.6,2026-01-01\n', 'isco_hoofdgroep'],
  ])('refuses %s', (_label, body, field) => {
    const issues: ImportIssue[] = [];
    parseShortages('s.csv', `arbeidsmarktregio,isco_hoofdgroep,krapte,peildatum\n${body}`, issues);
    expect(issues[0]).toMatchObject({ file: 's.csv', field });
  });

  it('refuses a file without the required columns', () => {
    const issues: ImportIssue[] = [];
    parseShortages('s.csv', 'regio,krapte\nAM1,0.5\n', issues);
    expect(issues[0]).toMatchObject({ field: '(header)', line: 1 });
  });
});
