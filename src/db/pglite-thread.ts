// SPDX-License-Identifier: EUPL-1.2
/**
 * The main-thread side of the embedded database in a worker thread (src/db/pglite-worker.mjs,
 * ADR 0038). `PgliteThreadClient` offers the part of PGlite's interface that drizzle-orm/pglite
 * uses (`query` and `transaction`), so the same drizzle schema and queries run unchanged; each
 * call becomes a message to the worker, where the real PGlite instance runs it. Transactions stay
 * interactive: BEGIN opens a numbered transaction in the worker, the queries carry its number,
 * and the end of the callback commits it (or rolls it back when the callback throws), exactly as
 * PGlite's own `transaction` does on one thread.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A path, not a URL object: under jsdom (web tests) the global URL is not Node's. */
const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pglite-worker.mjs');

type Answer = { id: number; error?: Record<string, unknown> & { message: string }; result?: unknown; tx?: number; bytes?: ArrayBuffer };
type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> };
export type QueryResult<T> = { rows: T[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };

/** A PostgreSQL error from the worker, with the fields drizzle and our repositories read (code, constraint, ...). */
export class PgliteThreadError extends Error {
  constructor(described: Record<string, unknown> & { message: string }) {
    super(described.message);
    Object.assign(this, described);
    this.name = 'DatabaseError';
  }
}

/** Queries of one open transaction in the worker. */
type Handle = {
  query: <T>(sql: string, params?: unknown[], options?: QueryOptions) => Promise<QueryResult<T>>;
  exec: (sql: string) => Promise<void>;
};

export class PgliteThreadClient {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #failure: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (answer: Answer) => {
      const waiting = this.#waiting.get(answer.id);
      this.#waiting.delete(answer.id);
      if (answer.error) {
        waiting?.reject(new PgliteThreadError(answer.error));
      } else {
        waiting?.resolve(answer);
      }
    });
    const fail = (error: Error) => {
      this.#failure = error;
      for (const waiting of this.#waiting.values()) {
        waiting.reject(error);
      }
      this.#waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the embedded database thread stopped (exit code ${code})`)));
  }

  /** Starts the worker and opens the data folder (or an in-memory database, from a dumped folder if given). */
  static async open(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PgliteThreadClient> {
    const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
    const worker = new Worker(workerFile, {
      workerData: { dataDir: options.dataDir, loadDataDir },
      transferList: loadDataDir ? [loadDataDir] : [],
      // The worker is plain JavaScript: it needs none of the main thread's loader flags.
      execArgv: [],
    });
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      const onExit = (code: number) => reject(new Error(`the embedded database thread could not open the data folder (exit code ${code})`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', () => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve();
      });
    });
    return new PgliteThreadClient(worker);
  }

  #send(message: Record<string, unknown>): Promise<Answer> {
    if (this.#failure) {
      return Promise.reject(this.#failure);
    }
    const id = this.#nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }

  #handle(tx?: number): Handle {
    return {
      query: async <T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) => {
        const answer = await this.#send({ op: 'query', sql, params, rowMode: options.rowMode, drizzleParsers: options.parsers !== undefined, tx });
        return answer.result as QueryResult<T>;
      },
      exec: async (sql: string) => {
        await this.#send({ op: 'exec', sql, tx });
      },
    };
  }

  /** One statement outside any transaction (PGlite queues it behind an open transaction). */
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult<T>> {
    return this.#handle().query<T>(sql, params, options);
  }

  /** Runs the callback in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(callback: (tx: Handle) => Promise<T>): Promise<T> {
    const { tx } = await this.#send({ op: 'begin' });
    let result: T;
    try {
      result = await callback(this.#handle(tx));
    } catch (error) {
      await this.#send({ op: 'end', tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.#send({ op: 'end', tx, commit: true });
    return result;
  }

  /** The whole data folder as a tarball. */
  async dumpDataDir(): Promise<Blob> {
    const { bytes } = await this.#send({ op: 'dump' });
    return new Blob([bytes ?? new ArrayBuffer(0)]);
  }

  /** Closes the database and stops the thread. */
  async close(): Promise<void> {
    try {
      if (!this.#failure) {
        await this.#send({ op: 'close' });
      }
    } finally {
      this.#failure ??= new Error('the embedded database is closed');
      await this.#worker.terminate();
    }
  }
}
