// SPDX-License-Identifier: EUPL-1.2
/**
 * Durability of residents' reactions under kill -9 (issue 6): on a PostgreSQL server, start the
 * server, send a burst of reactions from many clients, kill the server with SIGKILL in the middle
 * of the burst, start it again, and check that every reaction answered with 201 is stored.
 * 20 rounds by default.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres node bin/run-ts.js scripts/kill9-reactions.ts [rounds]
 *
 * It creates its own database on that server (regietafel_kill9_<random>) and drops it at the end.
 * The locations are SYNTHETIC ("Kill9-locatie n"). Exit code 0 only when nothing was lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, projectRoot } from '../src/config/env.ts';
import { openDatabase } from '../src/db/client.ts';
import { municipalities, provinces, receptionLocations } from '../src/db/schema/index.ts';
import { inTransaction } from '../src/db/transaction.ts';

const rounds = Number(process.argv[2] ?? 20);
const workers = 32;
const serverUrl = loadConfig().databaseUrl;
if (!serverUrl) {
  console.error('Set DATABASE_URL to a PostgreSQL server (see docs/benchmarks.md, section Participation).');
  process.exit(2);
}

const name = `regietafel_kill9_${crypto.randomBytes(4).toString('hex')}`;
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${name}`;

async function admin(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

async function seed(): Promise<string[]> {
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: '', purpose: 'kill9 seed' });
  try {
    return await inTransaction(database.db, 'system:kill9', async (tx) => {
      await tx.insert(provinces).values({ code: 'PV26', name: 'Utrecht' }).onConflictDoNothing();
      await tx.insert(municipalities).values({ code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26' }).onConflictDoNothing();
      const rows = await tx
        .insert(receptionLocations)
        .values(Array.from({ length: 8 }, (_, i) => ({
          name: `Kill9-locatie ${i + 1} (synthetisch)`, longitude: 5.12, latitude: 52.09, municipalityCode: 'GM0344',
          placement: 'entered_unchecked', kind: 'emergency', buildingType: 'office', capacity: 50, status: 'idea', statusSince: '2026-01-01', isPublic: true,
        })))
        .returning({ id: receptionLocations.id });
      return rows.map((row) => row.id);
    });
  } finally {
    await database.close();
  }
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin/run-ts.js'), path.join(projectRoot, 'scripts/kill9-server.ts')], {
    env: {
      ...process.env, DATABASE_URL: dbUrl.toString(), PORT: '0', LOG_LEVEL: 'silent',
      REGIETAFEL_TRUSTED_PROXY: '127.0.0.1', REGIETAFEL_REACTIONS_PER_LOCATION: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
}

let client = 0;
/** Posts reactions until `stop()`; collects the ids answered with 201. */
function burst(url: string, locations: string[]) {
  const acknowledged: string[] = [];
  let running = true;
  const worker = async () => {
    while (running) {
      client += 1;
      const address = `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
      try {
        const response = await fetch(`${url}/api/v1/public/locations/${locations[client % locations.length]}/reactions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ kind: 'question', text: `Kill9-vraag ${client}`, ...(client % 3 === 0 ? { email: `b${client}@example.org` } : {}) }),
        });
        if (response.status === 201) {
          acknowledged.push(((await response.json()) as { id: string }).id);
        }
      } catch {
        // The server was killed: requests in flight fail, and were never acknowledged.
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return { acknowledged, stop: async () => { running = false; await done; } };
}

async function stored(ids: string[]): Promise<number> {
  const pool = new pg.Client({ connectionString: dbUrl.toString() });
  await pool.connect();
  try {
    const result = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM participation_reactions WHERE id = ANY($1::uuid[])', [ids]);
    return result.rows[0]?.n ?? 0;
  } finally {
    await pool.end();
  }
}

await admin(`CREATE DATABASE ${name}`);
let lost = 0;
try {
  const locations = await seed();
  console.log(`| round | killed ms after the first 201 | 201 answers | stored after restart | lost |\n| ---: | ---: | ---: | ---: | ---: |`);
  for (let round = 1; round <= rounds; round++) {
    const { child } = await startServer().then(async (started) => {
      const load = burst(started.url, locations);
      // Mid-burst: once reactions are being acknowledged, at a random moment 100-900 ms later.
      for (let waited = 0; load.acknowledged.length === 0 && waited < 20_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const killAfter = 100 + crypto.randomInt(0, 800);
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      const exited = new Promise((resolve) => started.child.once('exit', resolve));
      started.child.kill('SIGKILL');
      await exited;
      await load.stop();
      // Restart, as an operator would, and look for every acknowledged reaction.
      const again = await startServer();
      const present = await stored(load.acknowledged);
      const missing = load.acknowledged.length - present;
      lost += missing;
      console.log(`| ${round} | ${killAfter} | ${load.acknowledged.length} | ${present} | ${missing} |`);
      return again;
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  console.log(`\n${rounds} rounds, ${lost} acknowledged reactions lost.`);
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
process.exit(lost === 0 ? 0 : 1);
