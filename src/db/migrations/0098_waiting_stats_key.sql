-- SPDX-License-Identifier: EUPL-1.2
-- Waiting-time aggregates (issue 8, ADR 0023): a unique key on the materialized view so the
-- server's refresh timer can use REFRESH … CONCURRENTLY, which does not block reads while it runs.
-- (scope, code, period, indicator) is unique: the view groups by exactly these.
-- PostgreSQL 15 compatible.
CREATE UNIQUE INDEX integration_waiting_stats_key ON integration_waiting_stats (scope, code, period, indicator);
