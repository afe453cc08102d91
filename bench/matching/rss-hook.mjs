// SPDX-License-Identifier: EUPL-1.2
// Preloaded with `node --import` by the matching benchmark: reports the process's peak resident
// memory and CPU time (user + system, all threads) on exit, so the benchmark can measure any
// command without /usr/bin/time. CPU time says how long the run takes on one core when the
// machine is busy with other work and wall time overstates it.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nbench-max-rss-kb ${usage.maxRSS}\nbench-cpu-ms ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
});
