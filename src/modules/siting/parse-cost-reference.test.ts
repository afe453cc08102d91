// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costReferenceFile, parseCostReference } from './parse-cost-reference.ts';

describe('[SITING] COA cost reference', () => {
  it('reads the shipped file: EUR 27,100 regular and EUR 53,400 emergency per resident per year in 2022, each quoted', () => {
    const { url, rows } = parseCostReference(readFileSync(costReferenceFile, 'utf8'));
    expect(url).toMatch(/^https:\/\/www\.coa\.nl\//);
    expect(rows.map((r) => [r.year, r.receptionKind, r.eurPerResidentPerYear])).toEqual([
      [2022, 'regular', 27100],
      [2022, 'emergency', 53400],
    ]);
    expect(rows.every((r) => /27\.100 euro .* 53\.400 euro/.test(r.quotation))).toBe(true);
  });

  it('refuses a row without its quotation, naming the line', () => {
    const text = 'jaar,soort_opvang,kosten_per_bewoner_per_jaar_eur,bron_url,bron_publicatiedatum,citaat\n2022,regulier,27100,https://www.coa.nl/x,2023-11,\n';
    expect(() => parseCostReference(text, 'coa.csv')).toThrow(/coa\.csv:2: citaat: is empty/);
  });
});
