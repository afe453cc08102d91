// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps the precomputed waiting-time aggregates (`integration_waiting_stats`) fresh from inside
 * `serve` (ADR 0023): a refresh every REGIETAFEL_WAITING_STATS_REFRESH_SECONDS (default 30, at
 * most 60), so a write shows in the province figures within one interval plus one refresh. A
 * refresh that fails is logged and tried again at the next tick; one that takes longer than the
 * interval is logged too, since the aggregates then lag more than promised.
 */
import type { Executor } from '../../db/client.ts';
import { startPeriodic, type PeriodicLog } from '../../shared/periodic.ts';
import { refreshStats } from './waiting.repository.ts';

export type StartWaitingStatsRefreshOptions = {
  db: Executor;
  intervalMs: number;
  log: PeriodicLog;
  /** The refresh itself (tests replace it to make it fail). */
  refresh?: (db: Executor) => Promise<void>;
};

/** Starts the refresh timer (the first refresh at once: figures from before a restart are stale); the result stops it. */
export function startWaitingStatsRefresh({ db, intervalMs, log, refresh = refreshStats }: StartWaitingStatsRefreshOptions): () => Promise<void> {
  return startPeriodic({
    name: 'waiting-time aggregates',
    intervalMs,
    log,
    run: async () => {
      const startedAt = Date.now();
      await refresh(db);
      const tookMs = Date.now() - startedAt;
      if (tookMs > intervalMs) {
        log.warn(`waiting-time aggregates: refresh took ${tookMs} ms, longer than the ${intervalMs} ms interval`);
      }
    },
  });
}
