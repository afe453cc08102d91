// SPDX-License-Identifier: EUPL-1.2
/**
 * Lock file for the embedded database folder. PGlite is not multi-process safe: two processes on
 * one data directory destroy it. The lock holds the owner's pid; a lock left by a process that no
 * longer runs (kill -9, power loss) is detected and taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

export const lockFileName = 'regietafel.lock';

type LockInfo = { pid: number; hostname: string; startedAt: string; purpose: string };

export type DataDirLock = { path: string; release: () => void };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock on `dataDir` for this process, or throws AppError('DATABASE_LOCKED') naming the
 * process that holds it. `purpose` says what holds it (e.g. "server"), for that message.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, lockFileName);
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    purpose,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(info), { flag: 'wx' });
      return { path: lockPath, release: () => releaseLock(lockPath) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const holder = readLock(lockPath);
    const stale =
      holder === undefined ||
      (holder.hostname === os.hostname() && holder.pid !== process.pid && !isRunning(holder.pid));
    if (!stale) {
      throw new AppError(
        'DATABASE_LOCKED',
        `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.purpose}, ` +
          `since ${holder.startedAt}). Stop that process first (for a running server: stop ` +
          '`regietafel serve`), or point REGIETAFEL_DATA_DIR or DATABASE_URL elsewhere.',
        { details: { pid: holder.pid, purpose: holder.purpose } },
      );
    }
    // Stale lock of a process that died: take it over. Rename first so that two processes racing
    // for the same stale lock cannot both delete a fresh one.
    try {
      fs.renameSync(lockPath, `${lockPath}.stale-${process.pid}`);
      fs.rmSync(`${lockPath}.stale-${process.pid}`, { force: true });
    } catch {
      // Another process took it over first; try again.
    }
  }
  throw new AppError('DATABASE_LOCKED', `Could not take the lock ${lockPath}.`);
}

function releaseLock(lockPath: string): void {
  const holder = readLock(lockPath);
  if (holder?.pid === process.pid) {
    fs.rmSync(lockPath, { force: true });
  }
}
