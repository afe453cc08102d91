// SPDX-License-Identifier: EUPL-1.2
/**
 * Serves the public page's map script (location-map.client.ts) as plain JavaScript: its types
 * stripped and minified by esbuild once per process, on the first request for it. The page links
 * it with a version (a hash of the source), so the browser may keep it for a year; without the
 * current version it is cached for five minutes only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where the script is served (outside /api/v1, next to the public pages). */
export const locationMapScriptPath = '/inwoners/assets/locatie-kaart.js';

let source: { text: string; version: string } | undefined;
let body: Promise<string> | undefined;

/** The TypeScript source and its version (a hash of it), read once. */
function scriptSource(): { text: string; version: string } {
  if (!source) {
    // A path, not `new URL(...)`: in a jsdom test environment URL is jsdom's, which node:url refuses.
    const text = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'location-map.client.ts'), 'utf8');
    source = { text, version: crypto.createHash('sha256').update(text).digest('hex').slice(0, 12) };
  }
  return source;
}

/**
 * The JavaScript, made on the first request for it. esbuild is loaded only then, so rendering
 * pages never needs it (it refuses to load in a jsdom test environment).
 */
async function scriptBody(): Promise<string> {
  const { transform } = await import('esbuild');
  const { code } = await transform(scriptSource().text, { loader: 'ts', format: 'esm', target: 'es2020', minify: true });
  return `// SPDX-License-Identifier: EUPL-1.2\n${code}`;
}

/** The script's address with its version, for the page's <script> element. */
export const locationMapScriptUrl = (): string => `${locationMapScriptPath}?v=${scriptSource().version}`;

type ScriptRequest = FastifyRequest<{ Querystring: { v?: string } }>;

export async function sendLocationMapScript(request: ScriptRequest, reply: FastifyReply): Promise<FastifyReply> {
  const { version } = scriptSource();
  const etag = `"${version}"`;
  reply
    .header('cache-control', request.query.v === version ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === etag) {
    return reply.code(304).send();
  }
  if (!body) {
    body = scriptBody();
    // A failed build is not kept: the next request tries again.
    body.catch(() => {
      body = undefined;
    });
  }
  return reply.type('text/javascript; charset=utf-8').send(await body);
}
