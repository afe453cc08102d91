// SPDX-License-Identifier: EUPL-1.2
// Preloaded with `node --import` by the matching benchmark: reports the process's peak resident
// memory on exit, so the benchmark can measure any command without /usr/bin/time.
process.on('exit', () => {
  process.stderr.write(`\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
