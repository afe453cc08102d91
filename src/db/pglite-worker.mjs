// SPDX-License-Identifier: EUPL-1.2
/**
 * The embedded database in a worker thread of its own (ADR 0038). PGlite runs PostgreSQL in
 * WebAssembly on the thread that calls it: on the server's main thread every query, commit and
 * checkpoint stops the HTTP event loop for its whole length. Here it runs beside it, as a
 * PostgreSQL server process would.
 *
 * Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader of the
 * main thread. The protocol (requests from src/db/pglite-thread.ts, one answer per request):
 *   { id, op: 'query', sql, params, rowMode, drizzleParsers, tx? } -> { id, result }
 *   { id, op: 'exec', sql, tx? }                                   -> { id }
 *   { id, op: 'begin' }                                            -> { id, tx }   (transaction open)
 *   { id, op: 'end', tx, commit }                                  -> { id }       (committed or rolled back)
 *   { id, op: 'dump' }                                             -> { id, bytes } (data folder tarball)
 *   { id, op: 'close' }                                            -> { id }
 * A failure answers { id, error: { message, ...fields of the PostgreSQL error } }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

/** The parsers drizzle-orm/pglite passes: these types stay text (functions cannot cross threads). */
const identity = (value) => value;
const drizzleParsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, identity]),
);

const errorFields = ['code', 'severity', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'dataType', 'constraint', 'where', 'routine'];

function describeError(error) {
  const described = { message: error instanceof Error ? error.message : String(error), name: error?.name ?? 'Error' };
  for (const field of errorFields) {
    if (error && error[field] !== undefined) {
      described[field] = error[field];
    }
  }
  return described;
}

const options = workerData.loadDataDir ? { loadDataDir: new Blob([workerData.loadDataDir]) } : {};
const client = workerData.dataDir ? await PGlite.create(workerData.dataDir, options) : await PGlite.create(options);

/** Open transactions by number: the handle PGlite gave the transaction, and how to end it. */
const transactions = new Map();
let nextTransaction = 1;

function target(tx) {
  if (tx === undefined) {
    return client;
  }
  const open = transactions.get(tx);
  if (!open) {
    throw new Error(`transaction ${tx} is not open`);
  }
  return open.handle;
}

function begin(reply) {
  const tx = nextTransaction++;
  let end;
  const ended = new Promise((resolve) => {
    end = resolve;
  });
  client
    .transaction(async (handle) => {
      transactions.set(tx, { handle, end });
      reply({ tx });
      const { commit } = await ended;
      if (!commit) {
        await handle.rollback();
      }
    })
    .catch((error) => {
      // Only reached when BEGIN or COMMIT itself failed; the end request reports it.
      transactions.get(tx)?.failed?.(error);
      if (!transactions.has(tx)) {
        reply({ error: describeError(error) });
      }
    })
    .finally(() => {
      transactions.get(tx)?.settled?.();
      transactions.delete(tx);
    });
}

async function finish(tx, commit) {
  const open = transactions.get(tx);
  if (!open) {
    throw new Error(`transaction ${tx} is not open`);
  }
  await new Promise((resolve, reject) => {
    open.settled = resolve;
    open.failed = reject;
    open.end({ commit });
  });
}

async function handle(message) {
  switch (message.op) {
    case 'query': {
      const queryOptions = { rowMode: message.rowMode ?? 'object', ...(message.drizzleParsers ? { parsers: drizzleParsers } : {}) };
      return { result: await target(message.tx).query(message.sql, message.params ?? [], queryOptions) };
    }
    case 'exec':
      await target(message.tx).exec(message.sql);
      return {};
    case 'end':
      await finish(message.tx, message.commit);
      return {};
    case 'dump': {
      const blob = await client.dumpDataDir('none');
      return { bytes: await blob.arrayBuffer() };
    }
    case 'close':
      await client.close();
      return {};
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on('message', (message) => {
  const reply = (answer) => parentPort.postMessage({ id: message.id, ...answer }, answer.bytes ? [answer.bytes] : []);
  if (message.op === 'begin') {
    begin(reply);
    return;
  }
  handle(message).then(reply, (error) => reply({ error: describeError(error) }));
});
parentPort.postMessage({ ready: true });
