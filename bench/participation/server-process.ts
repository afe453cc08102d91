// SPDX-License-Identifier: EUPL-1.2
/**
 * The server side of the participation benchmark, in a process of its own (as in production, and
 * so that the load generator does not share the server's event loop). Started by
 * bench-participation.ts with `fork`: argument `hello` serves the bare Fastify hello-world
 * baseline, `app` the Regietafel app on a fresh embedded database (or, with DATABASE_URL, a fresh
 * database `regietafel_bench_<random>` made on that server and dropped afterwards) with 40
 * SYNTHETIC public locations ("Benchlocatie n"). Talks over IPC: sends
 * `{ type: 'ready', url, locations }`, answers `{ type: 'count' }` with `{ type: 'count', stored }`,
 * and closes on `{ type: 'close' }`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { municipalities, provinces, receptionLocations } from '../../src/db/schema/index.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { countReactions } from '../../src/modules/participation/reaction.repository.ts';
import { buildApp } from '../../src/server/app.ts';

/** Locations over which the reactions are spread (the first 8 are also read). */
const locationCount = 40;

type Message = { type: 'count' } | { type: 'close' };

const send = (message: unknown): void => {
  process.send?.(message);
};

async function seedLocations(database: Database): Promise<string[]> {
  return inTransaction(database.db, 'system:bench', async (tx) => {
    await tx.insert(provinces).values({ code: 'PV26', name: 'Utrecht' }).onConflictDoNothing();
    await tx.insert(municipalities).values({ code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26' }).onConflictDoNothing();
    const rows = await tx
      .insert(receptionLocations)
      .values(
        Array.from({ length: locationCount }, (_, i) => ({
          name: `Benchlocatie ${i + 1} (synthetisch)`,
          longitude: 5.1214, latitude: 52.0907, municipalityCode: 'GM0344', placement: 'entered_unchecked',
          kind: 'emergency', buildingType: 'sports_hall', capacity: 100, status: 'idea', statusSince: '2026-01-01', isPublic: true,
        })),
      )
      .returning({ id: receptionLocations.id });
    return rows.map((row) => row.id);
  });
}

async function main(mode: string): Promise<void> {
  if (mode === 'hello') {
    const app = Fastify({ logger: false });
    app.get('/', async () => ({ hello: 'world' }));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    process.on('message', (message: Message) => {
      if (message.type === 'close') {
        void app.close().then(() => process.exit(0));
      }
    });
    send({ type: 'ready', url, locations: [], database: 'none' });
    return;
  }
  const base = loadConfig();
  const dataDir = base.databaseUrl ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-bench-participation-'));
  const server = base.databaseUrl ? new URL(base.databaseUrl) : undefined;
  const benchName = `regietafel_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server?.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let databaseUrl: string | undefined;
  if (server) {
    await admin(`CREATE DATABASE ${benchName}`);
    const url = new URL(server);
    url.pathname = `/${benchName}`;
    databaseUrl = url.toString();
  }
  // As `regietafel serve` does: the embedded database in a worker thread unless REGIETAFEL_PGLITE_THREAD=main.
  const database = await openDatabase({ databaseUrl, dataDir, purpose: 'bench participation', thread: base.pgliteThread });
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', REGIETAFEL_TRUSTED_PROXY: '127.0.0.1' });
  const app = await buildApp({ config, database, webDist: '/nonexistent' });
  const locations = await seedLocations(database);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', (message: Message) => {
    if (message.type === 'count') {
      void countReactions(database.db).then((stored) => send({ type: 'count', stored }));
    } else if (message.type === 'close') {
      void (async () => {
        await app.close();
        await database.close();
        if (dataDir) {
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
        if (server) {
          await admin(`DROP DATABASE IF EXISTS ${benchName} WITH (FORCE)`);
        }
        process.exit(0);
      })();
    }
  });
  send({ type: 'ready', url, locations, database: database.kind === 'pglite' ? `pglite-${base.pgliteThread}` : database.kind, perAddress: config.reactionLimits.perAddress });
}

await main(process.argv[2] ?? 'app');
