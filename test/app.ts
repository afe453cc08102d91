// SPDX-License-Identifier: EUPL-1.2
/**
 * The real application for API tests (Fastify inject, no network). `asPrincipal` replaces the
 * resolved caller, to test policies without signing in; sign-in itself has its own tests.
 */
import { loadConfig } from '../src/config/env.ts';
import { buildApp } from '../src/server/app.ts';
import type { ApiApp } from '../src/server/api-app.ts';
import type { Database } from '../src/db/client.ts';
import type { Principal } from '../src/shared/principal.ts';

export type TestAppOptions = { database: Database; asPrincipal?: () => Principal };

export async function buildTestApp({ database, asPrincipal }: TestAppOptions): Promise<ApiApp> {
  const app = await buildApp({ config: loadConfig({}), database, webDist: '/nonexistent' });
  if (asPrincipal) {
    app.addHook('preHandler', async (request) => {
      request.principal = asPrincipal();
    });
  }
  await app.ready();
  return app;
}
