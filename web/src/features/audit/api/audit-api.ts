// SPDX-License-Identifier: EUPL-1.2
/** The audit trail API (province coordinators only). Types come from the server's zod contract. */
import type { AuditEntryView, AuditPage } from '../../../../../src/modules/audit/audit.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { AuditPage } from '../../../../../src/modules/audit/audit.schema.ts';
export type AuditEntry = AuditEntryView;

export type AuditFilter = { table?: string; recordId?: string; actor?: string };

/** Page size of the audit list. */
export const auditPageSize = 50;

/** One page of audit entries, newest first; `before` continues after the previous page. */
export function fetchAuditPage(filter: AuditFilter, before?: number | null, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>(`/audit${queryString({ ...filter, limit: auditPageSize, before: before ?? undefined })}`, { signal });
}
