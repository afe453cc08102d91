// SPDX-License-Identifier: EUPL-1.2
/**
 * A job that runs inside `serve` now and then again and again: one run at a time, the next one
 * `intervalMs` after the previous one started (or at once when a run took longer), errors logged
 * and never thrown (a failing job must not take the server down). The returned function stops the
 * schedule and waits for a run in progress.
 */

export type PeriodicLog = { info: (line: string) => void; warn: (line: string) => void };

export type StartPeriodicOptions = {
  /** Prefix of the log lines, e.g. "retention". */
  name: string;
  intervalMs: number;
  run: () => Promise<void>;
  log: PeriodicLog;
};

export function startPeriodic({ name, intervalMs, run, log }: StartPeriodicOptions): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = (delayMs: number) => {
    if (stopped) {
      return;
    }
    timer = setTimeout(tick, Math.max(0, delayMs));
    timer.unref();
  };
  function tick() {
    const startedAt = Date.now();
    running = run()
      .catch((error: unknown) => log.warn(`${name}: run failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
        schedule(intervalMs - (Date.now() - startedAt));
      });
  }
  schedule(0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
