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
  /**
   * Where the server runs the embedded database: `worker` (default), a thread of its own, so its
   * queries do not stop the handling of requests; `main`, on the server's own thread (ADR 0038).
   */
  REGIETAFEL_PGLITE_THREAD: z.enum(['worker', 'main']).default('worker'),
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
  /**
   * Address(es) of a reverse proxy whose X-Forwarded-For is believed (comma separated IPs or
   * CIDR ranges). Unset: the header is ignored and the client address is the connection's.
   */
  REGIETAFEL_TRUSTED_PROXY: z
    .string()
    .regex(/^[0-9a-fA-F:.\/]+(,[0-9a-fA-F:.\/]+)*$/, 'must be IP addresses or CIDR ranges, comma separated')
    .optional(),
  /** Residents' reactions allowed per client address within the reaction window. */
  REGIETAFEL_REACTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Residents' reactions allowed per location within the reaction window. */
  REGIETAFEL_REACTIONS_PER_LOCATION: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  /** Length of the reaction rate-limit window, in seconds. */
  REGIETAFEL_REACTION_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Address residents use to reach the app, for links in mail and feeds; default http://HOST:PORT. */
  REGIETAFEL_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp://user:password@host:587 or smtps://…:465; without it (or SMTP_HOST) no mail is sent. */
  REGIETAFEL_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** SMTP server host, when not given as REGIETAFEL_SMTP_URL. */
  REGIETAFEL_SMTP_HOST: z.string().min(1).optional(),
  REGIETAFEL_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** "true" for TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  REGIETAFEL_SMTP_SECURE: z.enum(['true', 'false']).optional(),
  REGIETAFEL_SMTP_USER: z.string().min(1).optional(),
  REGIETAFEL_SMTP_PASSWORD: z.string().min(1).optional(),
  /** Sender of every mail, e.g. "Regietafel <noreply@provincie.example>". */
  REGIETAFEL_MAIL_FROM: z.string().min(3).max(200).default('Regietafel <noreply@localhost>'),
  /** Seconds between two runs of the mail worker inside `serve`. */
  REGIETAFEL_MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /** Days after sending before a mail's recipient and text are erased from the outbox. */
  REGIETAFEL_MAIL_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /** Days after the answer before a reaction's email address is deleted. */
  REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  /** Hours between two runs of the retention job inside `serve`. */
  REGIETAFEL_RETENTION_INTERVAL_HOURS: z.coerce.number().min(0.01).max(24 * 7).default(6),
  /**
   * Seconds between two refreshes of the waiting-time aggregates inside `serve` (ADR 0023); at
   * most 60, since the aggregates may never be more than a minute behind.
   */
  REGIETAFEL_WAITING_STATS_REFRESH_SECONDS: z.coerce.number().int().min(1).max(60).default(30),
});

/** SMTP settings; `undefined` in AppConfig when mail is not configured. */
export type SmtpConfig = {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
};

/** Mail and retention settings. */
export type MailConfig = {
  smtp: SmtpConfig | undefined;
  from: string;
  intervalSeconds: number;
  retentionDays: number;
};

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  /** Thread of the embedded database in the server (commands always use their own thread). */
  pgliteThread: 'worker' | 'main';
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  secureCookies: boolean;
  signInLimit: number;
  sessionHours: number;
  /** Proxy addresses whose X-Forwarded-For is believed; empty: none. */
  trustedProxies: string[];
  /** Rate limits of residents' reactions. */
  reactionLimits: { perAddress: number; perLocation: number; windowMs: number };
  /** Base URL for links in mail and feeds, without a trailing slash. */
  publicUrl: string;
  mail: MailConfig;
  retention: { reactionEmailDays: number; intervalHours: number };
  /** Refresh interval of the precomputed waiting-time aggregates. */
  waitingStatsRefreshSeconds: number;
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
    pgliteThread: e.REGIETAFEL_PGLITE_THREAD,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.REGIETAFEL_SECURE_COOKIES === 'true',
    signInLimit: e.REGIETAFEL_SIGNIN_LIMIT,
    sessionHours: e.REGIETAFEL_SESSION_HOURS,
    trustedProxies: (e.REGIETAFEL_TRUSTED_PROXY ?? '').split(',').filter((value) => value !== ''),
    reactionLimits: {
      perAddress: e.REGIETAFEL_REACTIONS_PER_ADDRESS,
      perLocation: e.REGIETAFEL_REACTIONS_PER_LOCATION,
      windowMs: e.REGIETAFEL_REACTION_WINDOW_SECONDS * 1000,
    },
    publicUrl: (e.REGIETAFEL_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    mail: {
      smtp: smtpFrom(e),
      from: e.REGIETAFEL_MAIL_FROM,
      intervalSeconds: e.REGIETAFEL_MAIL_INTERVAL_SECONDS,
      retentionDays: e.REGIETAFEL_MAIL_RETENTION_DAYS,
    },
    retention: {
      reactionEmailDays: e.REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS,
      intervalHours: e.REGIETAFEL_RETENTION_INTERVAL_HOURS,
    },
    waitingStatsRefreshSeconds: e.REGIETAFEL_WAITING_STATS_REFRESH_SECONDS,
  };
}

/** SMTP settings from the URL, with the separate variables filling in or overriding its parts. */
function smtpFrom(e: z.infer<typeof envSchema>): SmtpConfig | undefined {
  const url = e.REGIETAFEL_SMTP_URL ? new URL(e.REGIETAFEL_SMTP_URL) : undefined;
  const host = e.REGIETAFEL_SMTP_HOST ?? url?.hostname;
  if (!host) {
    return undefined;
  }
  const secure = e.REGIETAFEL_SMTP_SECURE ? e.REGIETAFEL_SMTP_SECURE === 'true' : url?.protocol === 'smtps:';
  const port = e.REGIETAFEL_SMTP_PORT ?? (url?.port ? Number(url.port) : secure ? 465 : 587);
  const decode = (value: string | undefined) => (value ? decodeURIComponent(value) : undefined);
  return {
    host,
    port,
    secure,
    user: e.REGIETAFEL_SMTP_USER ?? decode(url?.username),
    password: e.REGIETAFEL_SMTP_PASSWORD ?? decode(url?.password),
  };
}
