// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { parseScoreMatrix } from './parse-score-matrix.ts';

const context = { households: new Map([['HH-A', 'id-a'], ['HH-B', 'id-b']]), municipalities: new Set(['GM0344', 'GM0307']) };
const header = 'huishouden,gemeentecode,score\n';
const complete = 'HH-A,GM0344,0.4\nHH-A,GM0307,\nHH-B,GM0344,1\nHH-B,GM0307,0\n';

function parse(content: unknown, format: 'csv' | 'json' = 'csv') {
  const issues: ImportIssue[] = [];
  const parsed = parseScoreMatrix({ file: 'model.csv', content, format, context, issues });
  return { parsed, issues };
}

describe('parseScoreMatrix', () => {
  it('reads a complete CSV matrix; an empty score forbids the pair', () => {
    const { parsed, issues } = parse(header + complete);
    expect(issues).toEqual([]);
    expect(parsed).toEqual({ pairs: 4, scores: { 'id-a': { GM0344: 0.4, GM0307: null }, 'id-b': { GM0344: 1, GM0307: 0 } } });
  });

  it('reads the same matrix from JSON', () => {
    const scores = [
      { household: 'HH-A', municipality: 'GM0344', score: 0.4 },
      { household: 'HH-A', municipality: 'GM0307', score: null },
      { household: 'HH-B', municipality: 'GM0344', score: 1 },
      { household: 'HH-B', municipality: 'GM0307', score: 0 },
    ];
    const { parsed, issues } = parse({ scores }, 'json');
    expect(issues).toEqual([]);
    expect(parsed.scores['id-a']).toEqual({ GM0344: 0.4, GM0307: null });
  });

  it.each([
    ['NaN', 'HH-A,GM0344,NaN', 2, 'score', /NaN/],
    ['infinity', 'HH-A,GM0344,Infinity', 2, 'score', /Infinity/],
    ['above 1', 'HH-A,GM0344,1.5', 2, 'score', /1\.5 is not a score/],
    ['below 0', 'HH-A,GM0344,-0.1', 2, 'score', /-0\.1 is not a score/],
    ['a comma decimal', 'HH-A,GM0344,"0,4"', 2, 'score', /0,4/],
    ['an unknown household', 'HH-Z,GM0344,0.4', 2, 'huishouden', /HH-Z" is not a household of this proposal/],
    ['an unknown municipality', 'HH-A,GM9999,0.4', 2, 'gemeentecode', /GM9999" is not a municipality/],
  ])('refuses %s with the line and column', (_label, row, line, field, message) => {
    const { issues } = parse(`${header}${row}\n`);
    expect(issues[0]).toMatchObject({ file: 'model.csv', line, field });
    expect(issues[0]?.message).toMatch(message);
  });

  it('refuses a pair listed twice, naming the earlier line', () => {
    const { issues } = parse(`${header}${complete}HH-B,GM0307,0.3\n`);
    expect(issues).toEqual([{ file: 'model.csv', line: 6, field: 'huishouden', message: 'HH-B × GM0307 is listed twice (also at line 5)' }]);
  });

  it('refuses a matrix that misses pairs, naming household and municipalities', () => {
    const { issues } = parse(`${header}HH-A,GM0344,0.4\nHH-A,GM0307,0.1\n`);
    expect(issues).toEqual([{ file: 'model.csv', field: 'huishouden', message: 'HH-B has no row for GM0307, GM0344 (leave the score empty to forbid a pair)' }]);
  });

  it('refuses JSON values that are not numbers, with their path', () => {
    const { issues } = parse({ scores: [{ household: 'HH-A', municipality: 'GM0344', score: '0.4' }, { household: 'HH-A', municipality: 'GM0307' }] }, 'json');
    expect(issues.map((issue) => issue.field)).toEqual(['scores[0].score', 'scores[1].score']);
    expect(parse({ rows: [] }, 'json').issues[0]).toMatchObject({ field: 'scores' });
  });

  it('refuses a CSV without the columns', () => {
    expect(parse('household,municipality,score\nHH-A,GM0344,0.4\n').issues[0]).toMatchObject({ line: 1, field: '(header)' });
  });
});
