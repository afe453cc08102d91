// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { parseRealisations } from './parse-realisations.ts';

const header = 'bronreferentie,gemeentecode,datum_huisvesting,personen,volwassenen,minderjarigen,huishouden,woning,herkomst_opvanglocatie';

const cases: { name: string; row: string; field: string; message: RegExp }[] = [
  { name: 'negative persons', row: 'R,GM0344,2024-01-05,-1,,,,,', field: 'personen', message: /between 1 and 10,000/ },
  { name: 'fractional persons', row: 'R,GM0344,2024-01-05,2.5,,,,,', field: 'personen', message: /not a whole number/ },
  { name: 'fractional persons with a comma', row: 'R,GM0344,2024-01-05,"2,5",,,,,', field: 'personen', message: /not a whole number/ },
  { name: 'no persons', row: 'R,GM0344,2024-01-05,,,,,,', field: 'personen', message: /is empty/ },
  { name: 'text for persons', row: 'R,GM0344,2024-01-05,drie,,,,,', field: 'personen', message: /not a number/ },
  { name: 'a bad municipality code', row: 'R,344,2024-01-05,1,,,,,', field: 'gemeentecode', message: /GM0344/ },
  { name: 'a Dutch date', row: 'R,GM0344,05-01-2024,1,,,,,', field: 'datum_huisvesting', message: /YYYY-MM-DD/ },
  { name: 'no source reference', row: ',GM0344,2024-01-05,1,,,,,', field: 'bronreferentie', message: /is empty/ },
  { name: 'a name as household', row: 'R,GM0344,2024-01-05,1,,,Fam. Jansen,,', field: 'huishouden', message: /pseudonym/ },
  { name: 'negative minors', row: 'R,GM0344,2024-01-05,1,1,-1,,,', field: 'minderjarigen', message: /between 0 and 10,000/ },
];

describe('[TAAKSTELLING] parse realisations CSV', () => {
  it.each(cases)('refuses $name with the line and column', ({ row, field, message }) => {
    const issues: ImportIssue[] = [];
    expect(parseRealisations('f.csv', `${header}\n${row}\n`, issues)).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'f.csv', line: 2, field });
    expect(issues[0]?.message).toMatch(message);
  });

  it('reads a good row, in any column order, with a BOM and CRLF', () => {
    const issues: ImportIssue[] = [];
    const drafts = parseRealisations('f.csv', '\ufeffpersonen,gemeentecode,bronreferentie,datum_huisvesting,huishouden\r\n3,GM0344,R-1,2024-01-05,HH-7K3M-Q9XP\r\n', issues);
    expect(issues).toEqual([]);
    expect(drafts).toEqual([
      {
        line: 2,
        municipalityCode: 'GM0344',
        housedOn: '2024-01-05',
        persons: 3,
        adults: null,
        minors: null,
        household: 'HH-7K3M-Q9XP',
        dwellingReference: null,
        cameFromLocation: null,
        sourceReference: 'R-1',
      },
    ]);
  });

  it('refuses a file with a missing column, an unknown column, or no rows', () => {
    const missing: ImportIssue[] = [];
    parseRealisations('f.csv', 'bronreferentie,gemeentecode,personen\nR,GM0344,1\n', missing);
    expect(missing[0]).toMatchObject({ line: 1, field: '(header)', message: expect.stringContaining('datum_huisvesting') });
    const unknown: ImportIssue[] = [];
    parseRealisations('f.csv', `${header},bsn\nR,GM0344,2024-01-05,1,,,,,,123\n`, unknown);
    expect(unknown[0]).toMatchObject({ line: 1, field: '(header)', message: expect.stringContaining('bsn') });
    const empty: ImportIssue[] = [];
    parseRealisations('f.csv', `${header}\n`, empty);
    expect(empty[0]?.message).toContain('no realisations');
  });
});
