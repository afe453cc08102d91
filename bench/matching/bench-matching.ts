// SPDX-License-Identifier: EUPL-1.2
/**
 * Matching benchmark (`npm run bench -- matching`, or run this file directly).
 *
 * Generates two seeded instances into bench/out/ (2,000 households × the 26 municipalities of
 * Utrecht, and 20,000 × all 342), solves the small one with HiGHS as the reference in the same
 * run, runs our CLI on both as a child process (wall time and peak memory of the whole run,
 * reading the file included), checks every result with the independent checker, and prints a
 * markdown section for docs/benchmarks.md. Nothing here is hand-typed: paste what it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkResult } from '../../src/modules/matching/check-result.ts';
import type { CheckReport } from '../../src/modules/matching/check-result.ts';
import type { MatchingInstance, MatchingResult } from '../../src/modules/matching/engine/types.ts';
import { generateInstance, writeInstance } from './generate-instance.ts';
import { solveWithHighs } from './highs-reference.ts';
import type { HighsReference } from './highs-reference.ts';

type CliRun = { wallMs: number; cpuMs: number; maxRssMb: number; result: MatchingResult; report: CheckReport; command: string };
type Case = { name: string; file: string; instance: MatchingInstance; runs: CliRun[] };

/** The printed markdown and whether every target was met. */
export type MatchingBench = { markdown: string; allTargetsMet: boolean };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'bench/out');
const repeats = 3;

/**
 * The real CLI, as `npm start` and `npm test` leave it: `match` runs from the bundle that
 * `npm run build:cli` makes (bin/regietafel.js falls back to the TypeScript sources without it).
 */
let built: string[] | undefined;

function cliCommand(): string[] {
  if (built) {
    return built;
  }
  const build = spawnSync(process.execPath, [path.join(root, 'bin/build-cli.js')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`build:cli failed: ${build.stderr}`);
  }
  const hook = ['--import', pathToFileURL(path.join(root, 'bench/matching/rss-hook.mjs')).href];
  built = [...hook, path.join(root, 'bin/regietafel.js')];
  return built;
}

function runCli(file: string, out: string, instance: MatchingInstance): CliRun {
  const args = [...cliCommand(), 'match', '--instance', file, '--out', out];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (child.status !== 0) {
    throw new Error(`match failed (exit ${child.status}): ${child.stderr}`);
  }
  const rss = /bench-max-rss-kb (\d+)/.exec(child.stderr)?.[1];
  const cpu = /bench-cpu-ms ([\d.]+)/.exec(child.stderr)?.[1];
  const result = JSON.parse(readFileSync(out, 'utf8')) as MatchingResult;
  const command = `node ${args.slice(2).map((a) => path.relative(root, a) || a).join(' ')}`;
  return { wallMs, cpuMs: Number(cpu ?? Number.NaN), maxRssMb: Number(rss ?? Number.NaN) / 1024, result, report: checkResult(instance, result), command };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const fmt = (x: number, digits = 1): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (x: number): string => `${(x * 100).toFixed(4)}%`;

function persons(instance: MatchingInstance): string {
  const people = instance.households.reduce((sum, h) => sum + h.size, 0);
  const places = instance.municipalities.reduce((sum, m) => sum + m.capacity, 0);
  return `${fmt(people, 0)} / ${fmt(places, 0)}`;
}

function caseRow(c: Case, highs: HighsReference | undefined): string {
  const last = c.runs[c.runs.length - 1] as CliRun;
  const vsHighs = highs ? pct((highs.objective - last.report.objective) / highs.objective) : '—';
  const solveMs = median(c.runs.map((r) => r.result.solveMs));
  const wall = median(c.runs.map((r) => r.wallMs));
  const cpu = median(c.runs.map((r) => r.cpuMs));
  const rss = Math.max(...c.runs.map((r) => r.maxRssMb));
  const size = `${fmt(c.instance.households.length, 0)} × ${c.instance.municipalities.length}`;
  const placed = `${last.report.placed} / ${c.instance.households.length}`;
  return `| ${c.name} | ${size} | ${persons(c.instance)} | regietafel match | ${fmt(last.report.objective, 4)} | ${fmt(last.report.bound, 4)} | ${pct(last.report.gap)} | ${vsHighs} | ${placed} | ${fmt(solveMs)} | ${fmt(wall, 0)} | ${fmt(cpu, 0)} | ${fmt(rss, 0)} |`;
}

/** Runs the benchmark, prints the markdown section and returns it. */
export async function run(): Promise<MatchingBench> {
  mkdirSync(outDir, { recursive: true });
  const specs = [
    { name: 'Utrecht (PV26)', households: 2000, province: 'PV26', file: 'matching-2000x26.json' },
    { name: 'Netherlands', households: 20000, province: undefined, file: 'matching-20000x342.json' },
  ];
  const cases: Case[] = specs.map((spec) => {
    const instance = generateInstance({ households: spec.households, province: spec.province, seed: 1 });
    const file = path.join(outDir, spec.file);
    writeInstance(file, instance);
    return { name: spec.name, file, instance, runs: [] };
  });
  const small = cases[0] as Case;
  const large = cases[1] as Case;
  console.error('matching bench: HiGHS on the 2,000 × 26 instance (reference, may take a minute)…');
  const highs = await solveWithHighs(small.instance, 1e-6);
  // The checker also vets HiGHS's plan (its bound field is unused here: HiGHS reports no prices).
  const zeroPrices = Object.fromEntries(small.instance.municipalities.map((m) => [m.code, 0]));
  const highsPlan: MatchingResult = { assignments: highs.assignments, unassigned: [], objective: highs.objective, bound: 0, prices: zeroPrices, solveMs: highs.solveMs };
  const highsReport = checkResult(small.instance, highsPlan);
  if (!highsReport.feasible) {
    throw new Error(`HiGHS plan infeasible: ${highsReport.errors.slice(0, 3).join('; ')}`);
  }
  const loadBefore = os.loadavg();
  for (const c of cases) {
    for (let i = 0; i < repeats; i++) {
      console.error(`matching bench: regietafel match on ${path.basename(c.file)} (run ${i + 1}/${repeats})…`);
      c.runs.push(runCli(c.file, c.file.replace(/\.json$/, '.result.json'), c.instance));
    }
  }
  const smallRun = small.runs[small.runs.length - 1] as CliRun;
  const largeRun = large.runs[large.runs.length - 1] as CliRun;
  const smallSolve = median(small.runs.map((r) => r.result.solveMs));
  const largeWall = median(large.runs.map((r) => r.wallMs));
  const largeCpu = median(large.runs.map((r) => r.cpuMs));
  const largeRss = Math.max(...large.runs.map((r) => r.maxRssMb));
  const vsHighs = (highs.objective - smallRun.report.objective) / highs.objective;
  const targets: [string, string, boolean][] = [
    ['2,000 × 26: objective within 0.01% of HiGHS (MIP, mip_rel_gap 1e-6)', pct(vsHighs), vsHighs <= 1e-4],
    ['2,000 × 26: our solveMs ≤ 1/50 of HiGHS solve time', `${fmt(highs.solveMs / smallSolve)}× faster (${fmt(smallSolve)} vs ${fmt(highs.solveMs, 0)} ms)`, smallSolve * 50 <= highs.solveMs],
    ['20,000 × 342: every household placed', `${largeRun.report.placed} / ${large.instance.households.length}`, largeRun.report.unassigned === 0],
    ['20,000 × 342: gap ≤ 0.05% against our own bound', pct(largeRun.report.gap), largeRun.report.gap <= 5e-4],
    ['20,000 × 342: whole CLI run ≤ 3 s (median of 3, wall)', `${fmt(largeWall, 0)} ms wall, ${fmt(largeCpu, 0)} ms CPU`, largeWall <= 3000],
    ['20,000 × 342: peak memory ≤ 1 GB', `${fmt(largeRss, 0)} MB`, largeRss <= 1024],
    ['all results feasible, objective and bound as reported', cases.flatMap((c) => c.runs).every((r) => r.report.feasible && r.report.objectiveMatches && r.report.boundMatches) ? 'yes' : 'NO', cases.flatMap((c) => c.runs).every((r) => r.report.feasible && r.report.objectiveMatches && r.report.boundMatches)],
  ];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '## Matching engine',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}, load average (1, 5, 15 min) ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} before our runs and ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} after. ` +
      `Instances: seed 1 of bench/matching/generate-instance.ts (real CBS 2024 municipalities and populations; synthetic households and scores), ` +
      `${fmt(statSync(small.file).size / 1e6)} MB and ${fmt(statSync(large.file).size / 1e6)} MB. ` +
      `Our figures are medians of ${repeats} runs of \`${smallRun.command.replace(small.file, 'FILE').replace(/ --out \S+/, ' --out OUT')}\`; wall time is the whole child process (start-up and reading the file included), CPU time its user + system time (all threads), which a busy machine inflates less.`,
    '',
    '| instance | households × municipalities | persons / places | solver | objective | bound | gap (own bound) | below HiGHS | placed | solve ms | wall ms | CPU ms | peak RSS MB |',
    '|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${small.name} | ${fmt(2000, 0)} × 26 | ${persons(small.instance)} | HiGHS ${'1.15.3'} MIP, mip_rel_gap 1e-6 (${highs.status}) | ${fmt(highs.objective, 4)} | — | — | — | ${highsReport.placed} / 2000 | ${fmt(highs.solveMs, 0)} | — | — | — |`,
    ...cases.map((c) => caseRow(c, c === small ? highs : undefined)),
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...targets.map(([target, measured, met]) => `| ${target} | ${measured} | ${met ? 'yes' : '**no**'} |`),
    '',
  ];
  const markdown = lines.join('\n');
  console.log(markdown);
  return { markdown, allTargetsMet: targets.every(([, , met]) => met) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
