// SPDX-License-Identifier: EUPL-1.2
/** GET /api/v1/health: liveness plus the database it runs on. Public. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export async function healthRoutes(app: ApiApp): Promise<void> {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Liveness and database kind', response: { 200: healthSchema } } },
    async () => {
      await app.deps.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.deps.database.kind, version: appVersion };
    },
  );
}

export const appVersion = '0.1.0';
