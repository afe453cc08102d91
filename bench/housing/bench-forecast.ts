// SPDX-License-Identifier: EUPL-1.2
/**
 * Housing forecast benchmark (`npm run bench -- housing`, or run this file directly with
 * `node bin/run-ts.js bench/housing/bench-forecast.ts`).
 *
 * In an in-memory embedded database with SYNTHETIC data (the taakstelling bench's seed: 342
 * municipalities × 20 half years, here with 20,000 realisations, plus 5,000 synthetic projects
 * seeded below), it times in the same run:
 *   1. the baseline: one plain aggregate query over the 5,000 projects (homes for status holders
 *      per municipality per delivery period);
 *   2. recomputing the forecast for all 342 municipalities over the 20 periods, reading from the
 *      database (getForecast: projects, household sizes, corrected tasks and realisations), with
 *      the taakstelling state cached (warm) and after a write (cold: the balances recomputed too).
 * It checks that the expected persons add up to the projects' persons, then prints a markdown
 * section for docs/benchmarks.md.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../src/db/client.ts';
import { aggregateByDeliveryPeriod } from '../../src/modules/housing/forecast.repository.ts';
import { getForecast } from '../../src/modules/housing/get-forecast.ts';
import { seedSynthetic } from '../taakstelling/seed-synthetic.ts';
import { ms, percentile } from '../lib/measure.ts';

const projectCount = 5_000;
const periods = 20;
const asOf = '2016-01-01';
const repeats = 15;


/** Wall time and this process's CPU time (user + system): on a shared machine the CPU time shows the work itself. */
type Timing = { wallMs: number; cpuMs: number };
async function timed<T>(work: () => Promise<T>): Promise<Timing & { result: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** SYNTHETIC projects spread over the bench municipalities GM7001-GM7342 and 2016-2025. */
function projectRows(): { sql: string; persons: number } {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  let persons = 0;
  const values = Array.from({ length: projectCount }, (_, i) => {
    const code = `GM${7001 + (i % 342)}`;
    const total = 5 + Math.floor(random() * 95);
    const holders = Math.floor(total * random() * 0.5);
    const year = 2016 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const delivered = `${year}-${String(month).padStart(2, '0')}-15`;
    const stated = i % 2 === 0 ? holders * 2 : null;
    const size = stated === null ? 2.5 : null;
    persons += stated ?? Math.round(holders * 2.5);
    const schedule = i % 3 === 0 && year < 2025 ? `'[{"period":"${year}-II","share":50},{"period":"${year + 1}-I","share":50}]'::jsonb` : 'NULL';
    return `('Synthetisch project ${i}', 'new_build', '${code}', 'corporation', ${total}, ${holders}, ${total - holders}, 0, 0, ` +
      `'[{"band":"social","homes":${total},"rentEur":600}]'::jsonb, ${stated ?? 'NULL'}, ${size ?? 'NULL'}, '2015-01-01', '${delivered}', ${schedule})`;
  });
  return {
    persons,
    sql:
      "SELECT set_config('regietafel.actor', 'system:bench', true);" +
      'INSERT INTO housing_projects (name, kind, municipality_code, owner_kind, homes_total, homes_status_holders, homes_students, homes_starters, homes_other, ' +
      `rent_lines, persons_stated, household_size_override, initiative_on, delivered_on, schedule) VALUES ${values.join(', ')}`,
  };
}

export type HousingBench = { markdown: string; allTargetsMet: boolean };

export async function run(): Promise<HousingBench> {
  const database = await openDatabase({ dataDir: 'memory://', purpose: 'bench housing' });
  try {
    const seed = await seedSynthetic(database, 20_000);
    const projects = projectRows();
    await database.exec(projects.sql);
    const query = { from: '2016-I', periods, asOf };
    const forecastOnce = () => getForecast({ db: database.db, query, today: asOf, canRead: () => true });
    const baseline: Timing[] = [];
    const warm: Timing[] = [];
    let forecast = await forecastOnce();
    for (let i = 0; i < repeats + 2; i++) {
      const baseTiming = await timed(() => aggregateByDeliveryPeriod(database.db));
      const forecastTiming = await timed(forecastOnce);
      forecast = forecastTiming.result;
      if (i >= 2) {
        baseline.push(baseTiming);
        warm.push(forecastTiming);
      }
    }
    const cold: Timing[] = [];
    for (let i = 0; i < 10; i++) {
      await database.exec(`SELECT set_config('regietafel.actor', 'system:bench', true); UPDATE housing_projects SET site = 'cold ${i}' WHERE name = 'Synthetisch project 0'`);
      const coldTiming = await timed(forecastOnce);
      forecast = coldTiming.result;
      cold.push(coldTiming);
    }
    const expected = forecast.totals.reduce((sum, cell) => sum + cell.expected, 0);
    const sumsOk = expected === projects.persons;
    const wall = (timings: Timing[]) => timings.map((t) => t.wallMs);
    const cpuOf = (timings: Timing[]) => timings.map((t) => t.cpuMs);
    const warmP50 = percentile(wall(warm), 50);
    const coldP50 = percentile(wall(cold), 50);
    const baselineP50 = percentile(wall(baseline), 50);
    const warmCpu = percentile(cpuOf(warm), 50);
    const coldCpu = percentile(cpuOf(cold), 50);
    const baselineCpu = percentile(cpuOf(baseline), 50);
    const allTargetsMet = coldP50 <= 300 && sumsOk;
    const cpu = os.cpus();
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
    const markdown = [
      '## Housing',
      '',
      `Command: \`npm run bench -- housing\` (or \`node bin/run-ts.js bench/housing/bench-forecast.ts\`). ` +
        `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
        `load average during the run ${load} (1/5/15 min). Database: embedded PGlite, in memory.`,
      '',
      `Data: SYNTHETIC (only in the bench database): the taakstelling bench's seed (${seed.municipalities} municipalities × ${seed.periods.length} half years, ` +
        `${seed.realisations.toLocaleString('en-GB')} realisations) and ${projectCount.toLocaleString('en-GB')} projects (half with persons stated, half derived; a third delivered over two periods). ` +
        `Medians of ${repeats} runs after 2 warm-ups; baseline and forecast alternate in one loop. ` +
        "CPU is this process's user + system time during the call (it includes the embedded database, which runs in the process).",
      '',
      '| Measure | p50 wall | min wall | p50 CPU | Target |',
      '| --- | --- | --- | --- | --- |',
      `| Baseline: plain \`GROUP BY\` of the ${projectCount.toLocaleString('en-GB')} projects by municipality and delivery period | ${ms(baselineP50)} | ${ms(Math.min(...wall(baseline)))} | ${ms(baselineCpu)} | — |`,
      `| Forecast, ${forecast.rows.length} municipalities × ${periods} periods, reading from the database, taakstelling state cached | ${ms(warmP50)} | ${ms(Math.min(...wall(warm)))} | ${ms(warmCpu)} | ≤ 300 ms |`,
      `| Forecast after a write (taakstelling balances recomputed too), 10 calls | ${ms(coldP50)} (p95 ${ms(percentile(wall(cold), 95))}) | ${ms(Math.min(...wall(cold)))} | ${ms(coldCpu)} | ≤ 300 ms |`,
      '',
      `Ratio forecast (cached) / baseline: **${(warmP50 / baselineP50).toFixed(2)}** wall, **${(warmCpu / baselineCpu).toFixed(2)}** CPU; ` +
        `after a write: **${(coldP50 / baselineP50).toFixed(2)}** wall, **${(coldCpu / baselineCpu).toFixed(2)}** CPU. Check: the expected persons over all periods add up to the projects' persons ` +
        `(${expected.toLocaleString('en-GB')} of ${projects.persons.toLocaleString('en-GB')}): ${sumsOk ? 'yes' : 'NO'}.`,
      '',
      `Targets met: ${allTargetsMet ? 'yes' : 'NO'}.`,
    ].join('\n');
    console.log(markdown);
    return { markdown, allTargetsMet };
  } finally {
    await database.close();
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  await run();
}
