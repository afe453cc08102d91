// SPDX-License-Identifier: EUPL-1.2
/**
 * Participation benchmark (`npm run bench -- participation`, or run this file directly; with
 * DATABASE_URL set it runs on that PostgreSQL server, else on a fresh embedded database).
 *
 * In one run on this machine, with autocannon: a bare Fastify hello-world route (the baseline);
 * the public location page as JSON and as HTML (target ≥ 30% of the baseline's req/s); posting
 * reactions at a fixed rate (target ≥ 1,000/s, p99 ≤ 50 ms, 0 errors) spread over many client
 * addresses and several locations, the addresses passed in X-Forwarded-For through the configured
 * trusted proxy (127.0.0.1) with the per-address and per-location limits on; then one address's
 * flood, refused with 429 and Retry-After. Finally the stored reactions must equal the 201
 * answers. The honeypot is never filled. The locations are SYNTHETIC ("Benchlocatie n").
 */
import crypto from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

/** Seconds per read phase, and the post phase's length at the target rate (first argument when run directly). */
let seconds = 8;
/** Locations whose pages are read ("several"), and over which reactions are spread. */
const pageLocations = 8;
const postRate = 1200;
/** Reactions posted in the unmeasured warm-up (over 2 s). */
const warmupPosts = 1000;
const connections = 40;

type Cannon = { requests: { average: number }; latency: { p99: number; average: number }; errors: number; timeouts: number; non2xx: number };

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function cannon(options: autocannon.Options, onStatus?: (status: number) => void): Promise<Cannon> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result as unknown as Cannon)));
    if (onStatus) {
      instance.on('response', (_client: unknown, status: number) => onStatus(status));
    }
  });
}

type Ready = { type: 'ready'; url: string; locations: string[]; database: string; perAddress?: number };

const here = path.dirname(fileURLToPath(import.meta.url));
const runTs = path.join(here, '..', '..', 'bin', 'run-ts.js');

/** Starts bench/participation/server-process.ts in its own process (`hello` or `app`). */
function startServer(mode: 'hello' | 'app'): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(runTs, [path.join(here, 'server-process.ts'), mode], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server (${mode}) exited with ${code}`)));
    child.on('message', (message: Ready) => {
      if (message.type === 'ready') {
        resolve({ child, ready: message });
      }
    });
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string } & T) => {
      if (message.type === type) {
        child.off('message', onMessage);
        resolve(message);
      }
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.send({ type: 'close' });
  });
}

async function baseline(): Promise<Cannon> {
  const { child, ready } = await startServer('hello');
  try {
    await cannon({ url: ready.url, duration: 2, connections: 10 });
    return await cannon({ url: ready.url, duration: seconds, connections: 10 });
  } finally {
    await stopServer(child);
  }
}

export async function run(options: { seconds?: number } = {}): Promise<void> {
  seconds = options.seconds ?? seconds;
  const hello = await baseline();
  const { child, ready } = await startServer('app');
  const { url, locations } = ready;
  try {
    let pageIndex = 0;
    const pageRequests = (prefix: string) => ({
      url, duration: seconds, connections: 10,
      requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: `${prefix}${locations[pageIndex++ % pageLocations]}` }) }],
    });
    // Warm-up (not measured): a fresh process runs cold code at first. The reactions it posts come
    // from their own addresses and count in the stored = 201 comparison below.
    const warmStatuses = new Map<number, number>();
    await cannon({ ...pageRequests('/api/v1/public/locations/'), duration: 2 });
    await cannon({ ...pageRequests('/inwoners/locaties/'), duration: 2 });
    let warmClient = 0;
    await cannon(
      {
        url, amount: warmupPosts, connections, overallRate: warmupPosts / 2, method: 'POST',
        requests: [{
          setupRequest: (request: autocannon.Request) => {
            warmClient += 1;
            return {
              ...request,
              path: `/api/v1/public/locations/${locations[warmClient % locations.length]}/reactions`,
              headers: { 'content-type': 'application/json', 'x-forwarded-for': `172.16.${(warmClient >> 8) & 255}.${warmClient & 255}` },
              body: JSON.stringify({ kind: 'idea', text: `Opwarmen ${warmClient}: een idee voor de buurt.` }),
            };
          },
        }],
      },
      (status) => warmStatuses.set(status, (warmStatuses.get(status) ?? 0) + 1),
    );

    const json = await cannon(pageRequests('/api/v1/public/locations/'));
    const page = await cannon(pageRequests('/inwoners/locaties/'));

    const statuses = new Map<number, number>();
    let client = 0;
    const posts = await cannon(
      {
        // A fixed amount, not a duration: every request is answered before the count is compared.
        url, amount: postRate * seconds, connections, overallRate: postRate, method: 'POST',
        requests: [{
          setupRequest: (request: autocannon.Request) => {
            client += 1;
            const address = `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
            return {
              ...request,
              path: `/api/v1/public/locations/${locations[client % locations.length]}/reactions`,
              headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
              body: JSON.stringify({ kind: 'question', text: `Benchvraag ${client}: wanneer is de inloopavond?`, ...(client % 4 === 0 ? { email: `bewoner${client}@example.org` } : {}) }),
            };
          },
        }],
      },
      (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
    );

    // One address floods one location: after its allowance every answer is 429 with Retry-After.
    const flood = { created: 0, limited: 0, retryAfter: 0 };
    const floodAddress = `192.0.2.${crypto.randomInt(1, 255)}`;
    for (let i = 0; i < 50; i++) {
      const response = await fetch(`${url}/api/v1/public/locations/${locations[0]}/reactions`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': floodAddress },
        body: JSON.stringify({ kind: 'concern', text: `Vloed ${i}` }),
      });
      flood.created += response.status === 201 ? 1 : 0;
      flood.limited += response.status === 429 ? 1 : 0;
      flood.retryAfter += response.status === 429 && Number(response.headers.get('retry-after')) > 0 ? 1 : 0;
    }
    const { stored } = await ask<{ stored: number }>(child, 'count');
    const created = (statuses.get(201) ?? 0) + (warmStatuses.get(201) ?? 0) + flood.created;
    const ratio = (value: number) => `${fmt((100 * value) / hello.requests.average)}%`;
    const check = (ok: boolean) => (ok ? 'yes' : '**no**');
    const otherStatuses = [...statuses].filter(([status]) => status !== 201).map(([status, n]) => `${status}: ${n}`).join(', ') || 'none';
    console.log(`## Participation (${ready.database.startsWith('pglite') ? `embedded PGlite, ${ready.database === 'pglite-worker' ? 'in a worker thread' : 'on the server thread'}` : 'PostgreSQL server'})

${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average at the end ${os.loadavg().map((x) => fmt(x, 1)).join(' / ')}. The server runs in a process of its own (bench/participation/server-process.ts), autocannon in this one; they share the machine. Pages of ${pageLocations} synthetic locations are read for ${seconds} s each after a 2 s warm-up (and ${fmt(warmupPosts)} warm-up reactions); ${fmt(postRate * seconds)} reactions are posted over ${locations.length}.

| phase | req/s | p99 ms | errors | target | met |
| --- | ---: | ---: | ---: | --- | --- |
| baseline: bare Fastify hello-world | ${fmt(hello.requests.average)} | ${fmt(hello.latency.p99)} | ${hello.errors} | | |
| public page JSON \`/api/v1/public/locations/:id\` | ${fmt(json.requests.average)} (${ratio(json.requests.average)}) | ${fmt(json.latency.p99)} | ${json.errors + json.non2xx} | ≥ 30% of baseline | ${check(json.requests.average >= 0.3 * hello.requests.average)} |
| public page HTML \`/inwoners/locaties/:id\` | ${fmt(page.requests.average)} (${ratio(page.requests.average)}) | ${fmt(page.latency.p99)} | ${page.errors + page.non2xx} | ≥ 30% of baseline | ${check(page.requests.average >= 0.3 * hello.requests.average)} |
| POST reactions at ${postRate}/s, ${connections} connections, one address per request | ${fmt(posts.requests.average)} | ${fmt(posts.latency.p99)} | ${posts.errors + posts.timeouts + posts.non2xx} (other statuses: ${otherStatuses}) | ≥ 1,000/s, p99 ≤ 50 ms, 0 errors | ${check(posts.requests.average >= 1000 && posts.latency.p99 <= 50 && posts.errors + posts.timeouts + posts.non2xx === 0)} |

- Flood from one address (${floodAddress}): 50 requests, ${flood.created} × 201, ${flood.limited} × 429 (${flood.retryAfter} with Retry-After). Met: ${check(flood.created === ready.perAddress && flood.limited === 50 - flood.created && flood.retryAfter === flood.limited)}.
- Stored reactions ${stored} = 201 answers ${created}: ${check(stored === created)}.
`);
  } finally {
    await stopServer(child);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run(process.argv[2] ? { seconds: Number(process.argv[2]) } : {});
}
