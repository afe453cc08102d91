// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel match` as a user runs it: from the prebuilt bundle (npm run build:cli) and from the
 * TypeScript sources, with the same result; and the bundle is only used while it is up to date.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../../bin/prebuilt.js';
import { projectRoot } from '../../src/config/env.ts';
import { checkResult } from '../../src/modules/matching/check-result.ts';
import type { MatchingInstance, MatchingResult } from '../../src/modules/matching/engine/types.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-match-cli-'));
const bin = path.join(projectRoot, 'bin', 'regietafel.js');

const instance: MatchingInstance = {
  municipalities: [
    { code: 'GM0344', capacity: 6 },
    { code: 'GM0307', capacity: 4 },
  ],
  households: [
    { id: 'H1', size: 3, scores: [0.41, null] },
    { id: 'H2', size: 1, scores: [0.2, 0.35], fixed: 'GM0307' },
    { id: 'H3', size: 2, scores: [0.5, 0.1] },
    { id: 'H4', size: 3, scores: [0.3, 0.6] },
  ],
};

function match(instanceFile: string, out: string): { status: number | null; stderr: string; result: MatchingResult } {
  const child = spawnSync(process.execPath, [bin, 'match', '--instance', instanceFile, '--out', out], { encoding: 'utf8', timeout: 60_000 });
  const result = child.status === 0 ? (JSON.parse(fs.readFileSync(out, 'utf8')) as MatchingResult) : ({} as MatchingResult);
  return { status: child.status, stderr: child.stderr, result };
}

describe('[MATCH] command line', () => {
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('gives the same checked result from the bundle as from the sources', () => {
    const file = path.join(folder, 'instance.json');
    fs.writeFileSync(file, JSON.stringify(instance));
    const build = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'build-cli.js')], { encoding: 'utf8', timeout: 60_000 });
    expect(build.status, build.stderr).toBe(0);
    expect(freshBundle('match')).toMatch(/dist\/cli\/match\.mjs$/);
    const bundled = match(file, path.join(folder, 'bundled.json'));
    expect(bundled.status, bundled.stderr).toBe(0);
    const report = checkResult(instance, bundled.result);
    expect(report.feasible && report.objectiveMatches && report.boundMatches).toBe(true);
    expect(report.placed).toBe(4);

    const { solveMs: _a, ...fromBundle } = bundled.result;
    const sourced = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src', 'cli', 'index.ts'), 'match', '--instance', file, '--out', path.join(folder, 'sourced.json')], { encoding: 'utf8', timeout: 60_000 });
    expect(sourced.status, sourced.stderr).toBe(0);
    const { solveMs: _b, ...fromSources } = JSON.parse(fs.readFileSync(path.join(folder, 'sourced.json'), 'utf8')) as MatchingResult;
    expect(fromBundle).toEqual(fromSources);
  });

  it('reports a bad instance with exit code 2 and the file name', () => {
    const file = path.join(folder, 'bad.json');
    fs.writeFileSync(file, '{"municipalities":[{"code":"GM0344","capacity":1}],"households":[{"id":"H1","size":0,"scores":[0.5]}]}');
    const run = match(file, path.join(folder, 'bad-out.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad.json');
  });

  it('uses a bundle only while no source it was built from is newer', () => {
    const base = path.join(folder, 'fake-root');
    fs.mkdirSync(path.join(base, 'dist', 'cli'), { recursive: true });
    fs.mkdirSync(path.join(base, 'src'), { recursive: true });
    const source = path.join(base, 'src', 'a.ts');
    fs.writeFileSync(source, '');
    fs.writeFileSync(path.join(base, 'dist', 'cli', 'match.inputs.json'), JSON.stringify(['src/a.ts']));
    const bundle = path.join(base, 'dist', 'cli', 'match.mjs');
    fs.writeFileSync(bundle, '');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(source, past, past);
    expect(freshBundle('match', base)).toBeDefined();
    fs.utimesSync(source, new Date(), new Date());
    fs.utimesSync(bundle, past, past);
    expect(freshBundle('match', base)).toBeUndefined();
    expect(freshBundle('serve', base)).toBeUndefined();
  });
});
