// SPDX-License-Identifier: EUPL-1.2
/**
 * Configuration from the environment. This is the only module that reads `process.env`:
 * it is parsed once, and every bad variable is listed in one error (fail fast).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Root of the checkout (two levels above src/config). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const envSchema = z.object({
  /** TCP port of the HTTP server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on; loopback by default so a laptop does not expose the app. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder of the embedded PGlite database (ignored when DATABASE_URL is set). */
  REGIETAFEL_DATA_DIR: z.string().min(1).default(path.join(projectRoot, 'var', 'pgdata')),
  /** postgres://… URL of a PostgreSQL server; when set, the embedded database is not used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to "true" behind a TLS-terminating proxy so session cookies get the Secure flag. */
  REGIETAFEL_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /** Sign-in attempts allowed per account and per IP address within 15 minutes. */
  REGIETAFEL_SIGNIN_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
  /** Session lifetime in hours. */
  REGIETAFEL_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
});

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  secureCookies: boolean;
  signInLimit: number;
  sessionHours: number;
};

/** Thrown when the environment holds bad values; `issues` lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * Parses a given environment (defaults to process.env) into an AppConfig; `overrides` (e.g. from
 * command-line flags) win over the environment.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Record<string, string | undefined> = {},
): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries({ ...env, ...definedOnly(overrides) }).filter(
      ([key, value]) => key in envSchema.shape && value !== undefined && value !== '',
    ),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.REGIETAFEL_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.REGIETAFEL_SECURE_COOKIES === 'true',
    signInLimit: e.REGIETAFEL_SIGNIN_LIMIT,
    sessionHours: e.REGIETAFEL_SESSION_HOURS,
  };
}
