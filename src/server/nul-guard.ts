// SPDX-License-Identifier: EUPL-1.2
/**
 * Refuses a NUL character (U+0000) anywhere in a request's parameters, query or JSON body.
 * PostgreSQL cannot store or even compare it in text ("invalid byte sequence"), while PGlite
 * happens to accept some of these queries, so without this guard the same request could be a
 * 200 on one database and a 500 on the other. No legitimate input contains it.
 */
import type { FastifyInstance } from 'fastify';
import { sendProblem, toProblem } from './error-handler.ts';

/** Path (e.g. `body.items.2.name`) of the first string holding a NUL, or undefined. */
export function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 64) {
    return undefined;
  }
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes('\u0000')) {
      return `${path}.${key.replace(/\u0000/g, '\\0')}`;
    }
    const found = findNul(inner, `${path}.${key}`, depth + 1);
    if (found) {
      return found;
    }
  }
  return undefined;
}

export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const field =
      findNul(request.params, 'params') ?? findNul(request.query, 'query') ?? findNul(request.body, 'body');
    if (field) {
      return sendProblem(
        reply,
        toProblem(request, 'VALIDATION_FAILED', { detail: 'The text contains a NUL character (U+0000).', field }),
      );
    }
    return undefined;
  });
}
