// SPDX-License-Identifier: EUPL-1.2
/**
 * Integration benchmark (`npm run bench -- integration`, or
 * `node bin/run-ts.js bench/integration/bench-waiting-times.ts`).
 *
 * In an in-memory embedded database with SYNTHETIC data (the 342 synthetic municipalities of
 * bench/taakstelling/seed-synthetic.ts, and 100,000 households with permit and housing dates and
 * language, education and work tracks), it times in the same run:
 *   1. the baseline: the waiting-time aggregates (count, median, distribution per municipality,
 *      province, half year and indicator) computed live from the raw rows;
 *   2. refreshing the precomputed aggregates (the materialized view);
 *   3. reading the aggregates of all 342 municipalities from the database, and the province
 *      endpoint through Fastify inject (freshness check included).
 * It checks that the precomputed rows equal the live ones, then prints a markdown section for
 * docs/benchmarks.md.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/client.ts';
import { refreshStats } from '../../src/modules/integration/waiting.repository.ts';
import { buildApp } from '../../src/server/app.ts';
import { seedSynthetic } from '../taakstelling/seed-synthetic.ts';
import { benchCoordinator, ms, percentile } from '../lib/measure.ts';

const repeats = 3;
const readRepeats = 30;

/** Wall and CPU time of one call (CPU of this process: PGlite runs in it, so it is the database's work). */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await work();
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const coordinator = benchCoordinator;


/** The view's definition, run live: the baseline. */
const liveSql = `
SELECT CASE WHEN grouping(municipality_code) = 0 THEN 'municipality' ELSE 'province' END AS scope,
       coalesce(municipality_code, province_code) AS code, period, indicator, count(*)::int AS households,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::double precision AS median_days,
       ARRAY[count(*) FILTER (WHERE days < 28), count(*) FILTER (WHERE days >= 28 AND days < 56),
             count(*) FILTER (WHERE days >= 56 AND days < 91), count(*) FILTER (WHERE days >= 91 AND days < 182),
             count(*) FILTER (WHERE days >= 182 AND days < 365), count(*) FILTER (WHERE days >= 365)]::int[] AS buckets
  FROM (SELECT municipality_code, province_code, indicator, days,
               extract(year FROM from_date)::int || CASE WHEN extract(month FROM from_date) <= 6 THEN '-I' ELSE '-II' END AS period
          FROM integration_waits) w
 GROUP BY GROUPING SETS ((province_code, municipality_code, period, indicator), (province_code, period, indicator))`;
/** What a national overview reads: every municipality's aggregates of one half year. */
const storedSql = `SELECT scope, code, period, indicator, households, median_days, buckets FROM integration_waiting_stats WHERE scope = 'municipality' AND period = '2020-I'`;

/** 100,000 synthetic households: permit 2016-2024, housed 2-40 weeks later, tracks after that. */
function seedHouseholdsSql(count: number): string {
  return [
    "SELECT set_config('regietafel.actor', 'system:bench', true)",
    'ALTER TABLE households DISABLE TRIGGER households_audit',
    'ALTER TABLE household_integration DISABLE TRIGGER household_integration_audit',
    'ALTER TABLE household_tracks DISABLE TRIGGER household_tracks_audit',
    `INSERT INTO households (id, pseudonym, size, adults, minors, municipality_code, permit_date)
     SELECT md5('bench' || i)::uuid, 'HH-' || upper(substr(lpad(to_hex(i), 8, '0'), 1, 4)) || '-' || upper(substr(lpad(to_hex(i), 8, '0'), 5, 4)),
            1 + i % 4, 1, i % 4, 'GM' || (7001 + (i::bigint * 7919) % 342), date '2016-01-01' + ((i::bigint * 104729) % 3287)::int
       FROM generate_series(1, ${count}) AS i`,
    `INSERT INTO household_integration (household_id, housed_on, dutch_level)
     SELECT id, permit_date + 14 + (abs(hashtext(id::text)) % 266), (ARRAY['A1','A2','B1','B2'])[1 + abs(hashtext(pseudonym)) % 4]
       FROM households WHERE abs(hashtext(id::text)) % 10 < 9`,
    `INSERT INTO household_tracks (household_id, kind, started_on)
     SELECT household_id, 'language', housed_on + (abs(hashtext(household_id::text || 'l')) % 200) FROM household_integration WHERE abs(hashtext(household_id::text)) % 10 < 8`,
    `INSERT INTO household_tracks (household_id, kind, work_kind, started_on)
     SELECT household_id, 'work', 'job', housed_on + (abs(hashtext(household_id::text || 'w')) % 500) FROM household_integration WHERE abs(hashtext(household_id::text)) % 10 < 5`,
    'ALTER TABLE households ENABLE TRIGGER households_audit',
    'ALTER TABLE household_integration ENABLE TRIGGER household_integration_audit',
    'ALTER TABLE household_tracks ENABLE TRIGGER household_tracks_audit',
    'ANALYZE',
  ].join(';\n');
}

export type IntegrationBench = { markdown: string; allTargetsMet: boolean };

export async function run(households = 100_000): Promise<IntegrationBench> {
  const step = (label: string) => process.stderr.write(`${new Date().toISOString()} ${label}\n`);
  const database = await openDatabase({ dataDir: 'memory://', purpose: 'bench integration' });
  try {
    const started = performance.now();
    const seed = await seedSynthetic(database, 0);
    step('regions seeded');
    await database.exec(seedHouseholdsSql(households));
    step('households seeded');
    const seedMs = performance.now() - started;
    const [counts] = await database.query<{ waits: number; tracks: number }>(
      'SELECT (SELECT count(*)::int FROM integration_waits) AS waits, (SELECT count(*)::int FROM household_tracks) AS tracks',
    );
    const baseline: number[] = [];
    const baselineCpu: number[] = [];
    const refresh: number[] = [];
    const refreshCpu: number[] = [];
    const read: number[] = [];
    const readCpu: number[] = [];
    let rows = 0;
    for (let i = 0; i < repeats + 1; i++) {
      const live = await timed(() => database.query(liveSql));
      const refreshed = await timed(() => refreshStats(database.db));
      step(`round ${i}: live ${live.value.length} rows ${live.wallMs.toFixed(0)} ms (CPU ${live.cpuMs.toFixed(0)}), refresh ${refreshed.wallMs.toFixed(0)} ms (CPU ${refreshed.cpuMs.toFixed(0)})`);
      if (i >= 1) {
        baseline.push(live.wallMs);
        baselineCpu.push(live.cpuMs);
        refresh.push(refreshed.wallMs);
        refreshCpu.push(refreshed.cpuMs);
      }
    }
    for (let i = 0; i < readRepeats + 5; i++) {
      const stored = await timed(() => database.query(storedSql));
      rows = stored.value.length;
      if (i >= 5) {
        read.push(stored.wallMs);
        readCpu.push(stored.cpuMs);
      }
    }
    const [check] = await database.query<{ differ: number }>(
      `SELECT count(*)::int AS differ FROM ((${liveSql}) EXCEPT (SELECT scope, code, period, indicator, households, median_days, buckets FROM integration_waiting_stats)) d`,
    );
    const app = await buildApp({ config: loadConfig({}), database, webDist: '/nonexistent' });
    app.addHook('preHandler', async (request) => {
      request.principal = coordinator;
    });
    await app.ready();
    // As in serve, where the timer keeps them fresh: no refresh inside the timed requests.
    await refreshStats(database.db);
    const api: number[] = [];
    const apiCpu: number[] = [];
    for (let i = 0; i < 60; i++) {
      const call = await timed(() => app.inject({ method: 'GET', url: '/api/v1/integration/provinces/PV26/waiting-times' }));
      if (call.value.statusCode !== 200) {
        throw new Error(`province endpoint answered ${call.value.statusCode}: ${call.value.body.slice(0, 200)}`);
      }
      if (i >= 10) {
        api.push(call.wallMs);
        apiCpu.push(call.cpuMs);
      }
    }
    await app.close();
    await database.db.execute(sql`SELECT 1`);

    const readP50 = percentile(read, 50);
    const apiP50 = percentile(api, 50);
    const readCpuP50 = percentile(readCpu, 50);
    const apiCpuP50 = percentile(apiCpu, 50);
    const baselineCpuP50 = percentile(baselineCpu, 50);
    const ratio = (value: number) => `${((value / baselineCpuP50) * 100).toFixed(2)} %`;
    const differ = check?.differ ?? -1;
    // CPU time is what the work costs; wall time on a shared machine also counts other people's work.
    const allTargetsMet = readCpuP50 <= 100 && apiCpuP50 <= 100 && differ === 0;
    const cpu = os.cpus();
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
    const markdown = [
      '## Integration',
      '',
      `Command: \`npm run bench -- integration\` (or \`node bin/run-ts.js bench/integration/bench-waiting-times.ts\`). ` +
        `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average during the run ${load} (1/5/15 min). ` +
        'Database: embedded PGlite, in memory.',
      '',
      `Data: SYNTHETIC, only in the bench database: ${seed.municipalities} municipalities (bench/taakstelling/seed-synthetic.ts), ` +
        `${households.toLocaleString('en-GB')} households with permit dates 2016-2024, 90 % housed, ${(counts?.tracks ?? 0).toLocaleString('en-GB')} tracks, ` +
        `${(counts?.waits ?? 0).toLocaleString('en-GB')} completed waits; seeded in ${(seedMs / 1000).toFixed(1)} s. Baseline and refresh: medians of ${repeats} runs after 1 warm-up; reads: medians of ${readRepeats} after 5.`,
      '',
      '| Measure | wall p50 | wall min | CPU p50 | CPU / baseline CPU | Target |',
      '| --- | --- | --- | --- | --- | --- |',
      `| Baseline: the aggregates computed live from the raw rows (count, median, distribution per municipality and province, half year, indicator) | ${ms(percentile(baseline, 50))} | ${ms(Math.min(...baseline))} | ${ms(baselineCpuP50)} | 100 % | — |`,
      `| Refresh of the precomputed aggregates (REFRESH MATERIALIZED VIEW CONCURRENTLY) | ${ms(percentile(refresh, 50))} | ${ms(Math.min(...refresh))} | ${ms(percentile(refreshCpu, 50))} | ${ratio(percentile(refreshCpu, 50))} | — (every 30 s in serve) |`,
      `| Read the aggregates of all ${seed.municipalities} municipalities for one half year (2020-I) from the database (${rows.toLocaleString('en-GB')} rows), ${readRepeats} reads | ${ms(readP50)} | ${ms(Math.min(...read))} | ${ms(readCpuP50)} | ${ratio(readCpuP50)} | ≤ 100 ms |`,
      `| Province endpoint PV26 through inject (freshness check, suppression, presentation), 50 calls | ${ms(apiP50)} (p95 ${ms(percentile(api, 95))}) | ${ms(Math.min(...api))} | ${ms(apiCpuP50)} | ${ratio(apiCpuP50)} | ≤ 100 ms |`,
      '',
      `Precomputed rows that differ from the live computation: ${differ}. \`serve\` refreshes the aggregates every ` +
        'REGIETAFEL_WAITING_STATS_REFRESH_SECONDS (default 30) and a read refreshes them when it finds them older than 50 seconds, ' +
        'so a write shows within the interval plus one refresh (ADR 0023). Targets are judged on CPU time (the machine is shared).',
      '',
      `Targets met (CPU p50 ≤ 100 ms, no differing rows): ${allTargetsMet ? 'yes' : 'NO'}.`,
    ].join('\n');
    console.log(markdown);
    return { markdown, allTargetsMet };
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = await run(process.argv[2] ? Number(process.argv[2]) : undefined);
  process.exitCode = result.allTargetsMet ? 0 : 1;
}
