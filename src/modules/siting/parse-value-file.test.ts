// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { parseValueFile } from './parse-value-file.ts';

const a = '0b7c6a52-3a4e-4d7e-9a37-1d1c8f3e2a10';
const b = '5f0e1c2d-7b8a-4c3d-8e9f-0a1b2c3d4e5f';

const parse = (text: string) => {
  const issues: ImportIssue[] = [];
  const rows = parseValueFile('waarden.csv', text, issues);
  return { rows, issues: issues.map((i) => `${i.line ?? '-'} ${i.field}: ${i.message}`) };
};

describe('[SITING] file of values per candidate', () => {
  it('reads values with their source and note; a Dutch decimal comma is read, extra columns ignored', () => {
    const { rows, issues } = parse(
      `location_id,location_name,criterion_id,value,source,note\n${a},Kantoor,neighbours,120,BAG-telling gemeente,\n${b.toUpperCase()},Paviljoen,integration,"3,5",Schouw COA,na gesprek\n`,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, locationId: a, criterionId: 'neighbours', value: 120, source: 'BAG-telling gemeente', note: null },
      { line: 3, locationId: b, criterionId: 'integration', value: 3.5, source: 'Schouw COA', note: 'na gesprek' },
    ]);
  });

  it.each([
    ['a value that is no number', `${a},neighbours,veel,BAG`, /3 value: "veel" is not a number/],
    ['an empty value (never guessed)', `${a},neighbours,,BAG`, /3 value: "" is not a number/],
    ['a thousands separator', `${a},neighbours,"1.200,5",BAG`, /3 value: "1\.200,5" is not a number/],
    ['a value without its source', `${a},neighbours,12,`, /3 source: must say where the value comes from/],
    ['no location id', `Kantoor,neighbours,12,BAG`, /3 location_id: "Kantoor" is not a location id/],
    ['a bad criterion id', `${a},Neighbours!,12,BAG`, /3 criterion_id: "Neighbours!" is not a criterion id/],
    ['the same location and criterion twice', `${a},integration,4,COA`, /3 criterion_id: a second value for this location and criterion \(the first is on line 2\)/],
  ])('refuses %s, naming the line', (_, row, message) => {
    const { rows, issues } = parse(`location_id,criterion_id,value,source\n${a},integration,3,COA\n${row}\n`);
    expect(issues.join('\n')).toMatch(message);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('refuses a file without the columns, or without rows', () => {
    expect(parse('id,value\nx,1\n').issues).toEqual(['1 (header): missing column(s): location_id, criterion_id, source']);
    expect(parse('location_id,criterion_id,value,source\n').issues[0]).toMatch(/holds no values/);
  });
});
