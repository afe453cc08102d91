// SPDX-License-Identifier: EUPL-1.2
/** Runs the program and turns known errors into a clear message and exit code, never a stack trace. */
import type { Command } from 'commander';
import { ConfigError } from '../config/env.ts';
import { isAppError } from '../shared/errors.ts';

export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportCliError(error);
  }
}

/** Prints an error for a person and returns the exit code. */
export function reportCliError(error: unknown): number {
  if (error instanceof ConfigError) {
    console.error(error.message);
    return 2;
  }
  if (isAppError(error)) {
    console.error(`regietafel: ${error.message}`);
    return error.code === 'IMPORT_INVALID' || error.code === 'VALIDATION_FAILED' ? 2 : 1;
  }
  if (error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED') {
    console.error(`regietafel: cannot reach the PostgreSQL server (${error.message}). Check DATABASE_URL.`);
    return 1;
  }
  console.error('regietafel: unexpected error:', error);
  return 1;
}
