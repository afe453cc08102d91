// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { checkResult } from '../../modules/matching/check-result.ts';
import type { MatchingInstance } from '../../modules/matching/engine/types.ts';
import { isAppError } from '../../shared/errors.ts';
import { registerMatchCommand, runMatch } from './match.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'regietafel-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const instance: MatchingInstance = {
  municipalities: [
    { code: 'GM0344', capacity: 120 },
    { code: 'GM0307', capacity: 60 },
  ],
  households: [
    { id: 'H000001', size: 3, scores: [0.41, null] },
    { id: 'H000002', size: 1, scores: [0.2, 0.35], fixed: 'GM0307' },
  ],
};

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('[MATCHING] regietafel match', () => {
  it('writes the result JSON in exactly the published shape', async () => {
    const out = path.join(dir, 'result.json');
    await runMatch({ instance: write('ok.json', JSON.stringify(instance)), out });
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(result)).toEqual(['assignments', 'unassigned', 'objective', 'bound', 'prices', 'solveMs']);
    expect(result.assignments).toEqual([
      { household: 'H000001', municipality: 'GM0344' },
      { household: 'H000002', municipality: 'GM0307' },
    ]);
    expect(Object.keys(result.prices)).toEqual(['GM0344', 'GM0307']);
    expect(checkResult(instance, result)).toMatchObject({ feasible: true, objectiveMatches: true, boundMatches: true });
    expect(result.solveMs).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'nope.json'), /cannot read instance file .*nope\.json \(ENOENT\)/],
    ['broken JSON', () => write('broken.json', '{"municipalities": ['), /broken\.json: invalid JSON at line 1, column 21/],
    ['an invalid instance', () => write('invalid.json', '{"municipalities":[],"households":[{"id":"A","size":0,"scores":[]}]}'), /invalid\.json is not a valid instance:\n {2}households\[0\] \(id "A"\)\.size/],
  ])('refuses %s with VALIDATION_FAILED naming the file (exit code 2)', async (_, file, message) => {
    try {
      await runMatch({ instance: file(), out: path.join(dir, 'unused.json') });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'VALIDATION_FAILED')).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('registers `match` with both options required and a help text describing the formats', () => {
    const program = new Command();
    registerMatchCommand(program);
    const command = program.commands.find((c) => c.name() === 'match');
    expect(command?.options.map((o) => [o.long, o.mandatory])).toEqual([
      ['--instance', true],
      ['--out', true],
    ]);
    let help = '';
    command?.configureOutput({ writeOut: (text) => (help += text) });
    command?.outputHelp();
    expect(help).toMatch(/bound = an upper bound/);
  });
});
