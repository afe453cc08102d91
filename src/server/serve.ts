// SPDX-License-Identifier: EUPL-1.2
/** Starts the server: opens (and migrates) the database, loads the shipped data once, listens. */
import pino from 'pino';
import type { AppConfig } from '../config/env.ts';
import { openDatabase } from '../db/client.ts';
import { ensureShippedData } from '../modules/regions/ensure-shipped-data.ts';
import { importNationalTasks } from '../modules/taakstelling/import-national-tasks.ts';
import { buildApp } from './app.ts';
import { prepareFirstRun } from '../modules/accounts/prepare-first-run.ts';
import { startMailWorker } from '../modules/mail/mail-worker.ts';
import { startRetentionJob } from '../modules/retention/run-retention.ts';
import { startWaitingStatsRefresh } from '../modules/integration/refresh-waiting-stats.ts';

export type ServeOptions = { config: AppConfig };

export async function serve({ config }: ServeOptions): Promise<{ close: () => Promise<void>; url: string }> {
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    purpose: 'server (regietafel serve)',
    thread: config.pgliteThread,
  });
  try {
    await ensureShippedData({ database, log: (line) => logger.info(line) });
    // Idempotent: a second start with the same file writes nothing (and audits nothing).
    await importNationalTasks({ db: database.db, actor: 'system:first-start' });
    const app = await buildApp({ config, database, loggerInstance: logger });
    const url = await app.listen({ port: config.port, host: config.host });
    logger.info(`Regietafel runs at ${url} (database: ${database.kind})`);
    // No default password: while no province coordinator exists, print a one-time setup link.
    await prepareFirstRun({
      database,
      baseUrl: url,
      log: (line) => {
        logger.info(line);
        console.log(`\n${line}\n`);
      },
    });
    const stopMail = startMailWorker({
      database,
      mail: config.mail,
      log: { info: (line) => logger.info(line), warn: (line) => logger.warn(line) },
    });
    const stopRetention = startRetentionJob({
      database,
      reactionEmailDays: config.retention.reactionEmailDays,
      intervalHours: config.retention.intervalHours,
      log: { info: (line) => logger.info(line), warn: (line) => logger.warn(line) },
    });
    // Province waiting-time aggregates: never more than a minute behind (ADR 0023).
    const stopWaitingStats = startWaitingStatsRefresh({
      db: database.db,
      intervalMs: config.waitingStatsRefreshSeconds * 1000,
      log: { info: (line) => logger.info(line), warn: (line) => logger.warn(line) },
    });
    let closing = false;
    const close = async () => {
      if (closing) {
        return;
      }
      closing = true;
      await stopMail();
      await stopRetention();
      await stopWaitingStats();
      await app.close();
      await database.close();
    };
    return { close, url };
  } catch (error) {
    await database.close();
    throw error;
  }
}
