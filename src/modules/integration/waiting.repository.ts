// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for waiting-time thresholds and the precomputed aggregates (materialized view
 * `integration_waiting_stats`, migrations/0080 and 0098). `serve` refreshes the view on a timer
 * (refresh-waiting-stats.ts); a read also refreshes it when it is older than `maxAgeSeconds`
 * (a timer that stopped or lags), so no read is ever more than a minute behind (ADR 0023).
 */
import { eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { integrationThresholds, type WaitingIndicator } from '../../db/schema/index.ts';
import { rowsOf } from '../locations/location.repository.ts';

/** Refresh when the aggregates are older than this; below the one-minute promise, with margin. */
export const maxAgeSeconds = 50;

export type StatsRow = {
  scope: 'municipality' | 'province';
  code: string;
  name: string | null;
  period: string;
  indicator: WaitingIndicator;
  households: number;
  medianDays: number | null;
  buckets: number[];
};

export async function listThresholds(db: Executor): Promise<{ indicator: WaitingIndicator; days: number }[]> {
  return db.select({ indicator: integrationThresholds.indicator, days: integrationThresholds.days }).from(integrationThresholds);
}

export async function findThreshold(db: Executor, indicator: WaitingIndicator): Promise<number | undefined> {
  const [row] = await db.select({ days: integrationThresholds.days }).from(integrationThresholds).where(eq(integrationThresholds.indicator, indicator));
  return row?.days;
}

export async function upsertThreshold(tx: Tx, indicator: WaitingIndicator, days: number): Promise<void> {
  await tx
    .insert(integrationThresholds)
    .values({ indicator, days })
    .onConflictDoUpdate({ target: integrationThresholds.indicator, set: { days, updatedAt: sql`now()` } });
}

/**
 * When the aggregates were computed (null: never, or no data at all). Every row of a refresh
 * carries the same now() of its transaction, so any one row tells.
 */
export async function statsRefreshedAt(db: Executor): Promise<Date | null> {
  const rows = rowsOf<{ at: string | Date | null }>(await db.execute(sql`SELECT refreshed_at AS at FROM integration_waiting_stats LIMIT 1`));
  const at = rows[0]?.at ?? null;
  return at === null ? null : new Date(at);
}

/**
 * Recomputes the aggregates. CONCURRENTLY (unique key of migration 0098): readers keep reading
 * the previous figures while it runs instead of waiting for it.
 */
export async function refreshStats(db: Executor): Promise<void> {
  await db.execute(sql`REFRESH MATERIALIZED VIEW CONCURRENTLY integration_waiting_stats`);
}

/** Refreshes the aggregates when they are older than `maxAgeSeconds` (or empty). */
export async function ensureFreshStats(db: Executor, now: Date = new Date()): Promise<Date> {
  const at = await statsRefreshedAt(db);
  if (at !== null && now.getTime() - at.getTime() <= maxAgeSeconds * 1000) {
    return at;
  }
  await refreshStats(db);
  return (await statsRefreshedAt(db)) ?? now;
}

/**
 * The province's own rows and those of its municipalities, from the precomputed aggregates, in no
 * particular order. One JSON value instead of ~1,400 rows: the embedded database pays per row
 * returned, and this halves the read (docs/benchmarks.md, Integration).
 */
export async function listProvinceStats(db: Executor, provinceCode: string): Promise<StatsRow[]> {
  type Tuple = [StatsRow['scope'], string, string | null, string, WaitingIndicator, number, number | null, number[]];
  const [row] = rowsOf<{ rows: string | null }>(
    await db.execute(sql`
    SELECT json_agg(json_build_array(s.scope, s.code, m.name, s.period, s.indicator, s.households, s.median_days, s.buckets))::text AS rows
      FROM integration_waiting_stats s
      LEFT JOIN municipalities m ON s.scope = 'municipality' AND m.code = s.code
     WHERE s.province_code = ${provinceCode}`),
  );
  const tuples = row?.rows ? (JSON.parse(row.rows) as Tuple[]) : [];
  return tuples.map(([scope, code, name, period, indicator, households, medianDays, buckets]) => ({
    scope,
    code,
    name,
    period,
    indicator,
    households: Number(households),
    medianDays: medianDays === null ? null : Number(medianDays),
    buckets: buckets.map(Number),
  }));
}

/** The same aggregates computed live from the waits view (the benchmark's baseline). */
export async function listProvinceStatsLive(db: Executor, provinceCode: string): Promise<number> {
  const rows = rowsOf<unknown>(
    await db.execute(sql`
    SELECT municipality_code, indicator, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY days)
      FROM integration_waits WHERE province_code = ${provinceCode}
     GROUP BY GROUPING SETS ((municipality_code, indicator), (indicator))`),
  );
  return rows.length;
}
