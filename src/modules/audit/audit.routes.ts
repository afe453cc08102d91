// SPDX-License-Identifier: EUPL-1.2
/** GET /api/v1/audit: the audit trail for province coordinators, filtered and keyset-paged. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize } from '../../shared/policy.ts';
import { canReadAuditTrail } from './audit.policy.ts';
import { presentAuditEntry } from './audit.presenter.ts';
import { auditPageSchema, auditQuerySchema } from './audit.schema.ts';
import { listAuditEntries } from './list-audit-entries.ts';

/** Registers GET /audit. */
export async function auditRoutes(app: ApiApp): Promise<void> {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who changed what and when (province coordinators)',
        security: [{ session: [] }, { token: [] }],
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      authorize(request.principal, canReadAuditTrail(request.principal), 'to read the audit trail');
      const entries = await listAuditEntries({ database: app.deps.database, query: request.query });
      return { items: entries.rows.map(presentAuditEntry), nextBefore: entries.nextBefore };
    },
  );
}
