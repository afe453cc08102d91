// SPDX-License-Identifier: EUPL-1.2
/** The refresh interval of the waiting-time aggregates: the promise of "at most a minute behind" holds in the configuration. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/env.ts';

describe('[INTEGRATION] waiting-time aggregates refresh setting', () => {
  it('refreshes every 30 seconds by default and takes another interval up to 60', () => {
    expect(loadConfig({}).waitingStatsRefreshSeconds).toBe(30);
    expect(loadConfig({ REGIETAFEL_WAITING_STATS_REFRESH_SECONDS: '60' }).waitingStatsRefreshSeconds).toBe(60);
  });

  it('refuses an interval above a minute, or none', () => {
    for (const value of ['61', '0', 'soon']) {
      expect(() => loadConfig({ REGIETAFEL_WAITING_STATS_REFRESH_SECONDS: value })).toThrow(ConfigError);
    }
  });
});
