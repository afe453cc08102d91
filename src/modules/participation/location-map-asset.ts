// SPDX-License-Identifier: EUPL-1.2
/**
 * Serves the public page's map script (location-map.client.ts) as plain JavaScript: its types
 * stripped and minified by esbuild once per process, on first use. The page links it with a
 * version (a hash of the script), so the browser may keep it for a year; without the current
 * version it is cached for five minutes only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where the script is served (outside /api/v1, next to the public pages). */
export const locationMapScriptPath = '/inwoners/assets/locatie-kaart.js';

type BuiltScript = { body: string; version: string };

let built: BuiltScript | undefined;

function script(): BuiltScript {
  if (!built) {
    const source = fs.readFileSync(fileURLToPath(new URL('./location-map.client.ts', import.meta.url)), 'utf8');
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2020', minify: true });
    const body = `// SPDX-License-Identifier: EUPL-1.2\n${code}`;
    built = { body, version: crypto.createHash('sha256').update(body).digest('hex').slice(0, 12) };
  }
  return built;
}

/** The script's address with its version, for the page's <script> element. */
export const locationMapScriptUrl = (): string => `${locationMapScriptPath}?v=${script().version}`;

type ScriptRequest = FastifyRequest<{ Querystring: { v?: string } }>;

export function sendLocationMapScript(request: ScriptRequest, reply: FastifyReply): FastifyReply {
  const { body, version } = script();
  const etag = `"${version}"`;
  reply
    .header('cache-control', request.query.v === version ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === etag) {
    return reply.code(304).send();
  }
  return reply.type('text/javascript; charset=utf-8').send(body);
}
