// SPDX-License-Identifier: EUPL-1.2
/** What every route gets: configuration and the database. */
import type { AppConfig } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import type { Principal } from '../shared/principal.ts';

export type AppDeps = { config: AppConfig; database: Database };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    principal: Principal;
  }
}
