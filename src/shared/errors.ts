// SPDX-License-Identifier: EUPL-1.2
/**
 * Domain errors. Domain code throws `AppError(code)`; server/error-handler.ts maps each code to an
 * HTTP status and an RFC 9457 problem document, and the CLI prints the message.
 */

/** Every error code, with its HTTP status. Codes are stable: clients may depend on them. */
export const appErrorStatus = {
  /** Input failed validation (field named in `field`). */
  VALIDATION_FAILED: 400,
  /** Not signed in, or the credentials are wrong (never says which). */
  UNAUTHENTICATED: 401,
  /** Signed in, but the policy does not allow this action. */
  FORBIDDEN: 403,
  /** Cookie-authenticated write without a valid CSRF token. */
  CSRF_FAILED: 403,
  /** The record does not exist, or is outside the caller's scope. */
  NOT_FOUND: 404,
  /** The record changed or already exists. */
  CONFLICT: 409,
  /** Request body too large. */
  PAYLOAD_TOO_LARGE: 413,
  /** Unsupported media type. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Too many requests (sign-in attempts, reactions). */
  RATE_LIMITED: 429,
  /** The data needed for this computation is not in the product (e.g. no population figure). */
  DATA_MISSING: 422,
  /** The embedded database is in use by another process. */
  DATABASE_LOCKED: 503,
  /** An import file is invalid; the whole import was refused. */
  IMPORT_INVALID: 422,
  /** Anything unexpected. Details are logged, never sent. */
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

export type AppErrorOptions = {
  /** The input field that is wrong (JSON pointer-ish path such as `body.password`). */
  field?: string;
  /** Extra, non-personal details for the client. */
  details?: Record<string, unknown>;
  cause?: unknown;
};

/** The one error type of the domain. `message` is English; the server translates by `code`. */
export class AppError extends Error {
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.field = options.field;
    this.details = options.details;
  }
}

/** True for an AppError of the given code (or of any code when none is given). */
export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
