// SPDX-License-Identifier: EUPL-1.2
/** The in-process schedule of serve's jobs, on a fake clock: interval, errors, one at a time, stop. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodic } from './periodic.ts';

describe('[SERVER] periodic jobs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const log = () => ({ info: vi.fn<(line: string) => void>(), warn: vi.fn<(line: string) => void>() });

  it('runs at once, then every interval, and logs a failure without stopping', async () => {
    const lines = log();
    let calls = 0;
    const stop = startPeriodic({
      name: 'job',
      intervalMs: 1000,
      log: lines,
      run: async () => {
        calls += 1;
        if (calls === 2) {
          throw new Error('database gone');
        }
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    expect(lines.warn).toHaveBeenCalledWith('job: run failed: database gone');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(3);
    await stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(3);
  });

  it('never overlaps a slow run, and stop waits for it', async () => {
    let running = 0;
    let overlap = false;
    let finished = 0;
    const stop = startPeriodic({
      name: 'slow',
      intervalMs: 100,
      log: log(),
      run: async () => {
        running += 1;
        overlap ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 250));
        running -= 1;
        finished += 1;
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(running).toBe(1);
    // The run takes 250 ms, longer than the interval: the next starts right after it, not during it.
    await vi.advanceTimersByTimeAsync(260);
    expect(finished).toBe(1);
    expect(running).toBe(1);
    const stopped = stop();
    await vi.advanceTimersByTimeAsync(250);
    await stopped;
    expect(finished).toBe(2);
    expect(overlap).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(finished).toBe(2);
  });
});
