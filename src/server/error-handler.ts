// SPDX-License-Identifier: EUPL-1.2
/**
 * Maps every error to an RFC 9457 problem document (application/problem+json) with a stable
 * `code`, the field at fault, and a message in the user's language. Nothing unexpected leaks:
 * a 500 says only that something went wrong; the details go to the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, appErrorStatus, type AppErrorCode } from '../shared/errors.ts';
import { pickLang, problemTitles } from './problem-messages.ts';

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: AppErrorCode;
  detail?: string;
  field?: string;
  instance: string;
  [extra: string]: unknown;
};

const fastifyCodeMap: Record<string, AppErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/** Builds the problem document for an error code. */
export function toProblem(
  request: FastifyRequest,
  code: AppErrorCode,
  options: { detail?: string; field?: string; extra?: Record<string, unknown> } = {},
): Problem {
  const lang = pickLang(request.query, request.cookies?.lang, request.headers['accept-language']);
  return {
    type: `/api/v1/problems#${code.toLowerCase().replace(/_/g, '-')}`,
    title: problemTitles[code][lang],
    status: appErrorStatus[code],
    code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.field ? { field: options.field } : {}),
    instance: request.url.split('?')[0] ?? request.url,
    ...options.extra,
  };
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

function validationField(error: FastifyError): string | undefined {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const path = first?.instancePath?.replace(/^\//, '').replace(/\//g, '.') ?? '';
    const context = error.validationContext ?? 'body';
    return path ? `${context}.${path}` : context;
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return 'body';
  }
  return undefined;
}

/** Installs the error and not-found handlers for /api routes. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const retryAfter = error.details?.retryAfterSeconds;
      if (error.code === 'RATE_LIMITED' && typeof retryAfter === 'number') {
        reply.header('retry-after', String(retryAfter));
      }
      const lang = pickLang(request.query, request.cookies?.lang, request.headers['accept-language']);
      return sendProblem(
        reply,
        toProblem(request, error.code, {
          detail: lang === 'en' ? error.message : undefined,
          field: error.field,
          extra: error.details,
        }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      return sendProblem(
        reply,
        toProblem(request, 'VALIDATION_FAILED', {
          detail: first?.message,
          field: validationField(error),
          extra: {
            errors: error.validation.map((issue) => ({
              field: `${error.validationContext ?? 'body'}${issue.instancePath.replace(/\//g, '.')}`,
              message: issue.message,
            })),
          },
        }),
      );
    }
    const mapped = (error.code && fastifyCodeMap[error.code]) || undefined;
    if (mapped) {
      return sendProblem(reply, toProblem(request, mapped, { field: validationField(error), detail: error.message }));
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, toProblem(request, 'RATE_LIMITED'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, toProblem(request, 'VALIDATION_FAILED', { detail: error.message }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, toProblem(request, 'INTERNAL'));
  });
}
