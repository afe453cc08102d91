// SPDX-License-Identifier: EUPL-1.2
/** The audit trail API (province coordinators only). */
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type AuditEntry = {
  id: number | string;
  occurredAt: string;
  /** e.g. person:<id>, token:<id>, cli:import, system:first-start. */
  actor: string;
  action: string;
  tableName: string;
  recordId: string | null;
  /** What changed; redacted personal values are never included by the server. */
  changes: unknown;
};

export type AuditPage = { items: AuditEntry[]; nextBefore: number | string | null };

export type AuditFilter = { table?: string; recordId?: string; actor?: string };

/** Page size of the audit list. */
export const auditPageSize = 50;

export function fetchAuditPage(filter: AuditFilter, before?: number | string | null, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>(
    `/audit${queryString({ ...filter, limit: auditPageSize, before: before ?? undefined })}`,
    { signal },
  );
}
