// SPDX-License-Identifier: EUPL-1.2
/** The audit trail API contract: who changed which record when (values of personal fields never). */
import { z } from 'zod';

const instantSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .describe('ISO date (2016-03-01) or date-time with offset (2016-03-01T12:00:00+01:00)');

/** GET /audit filters; all optional, combined with AND. */
export const auditQuerySchema = z.object({
  table: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a table name such as people')
    .optional()
    .describe('Table name, e.g. people'),
  recordId: z.string().min(1).max(200).optional().describe('Primary key of the record (comma separated if composite)'),
  actor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Exact actor: person:<id>, token:<id>, system:<job> or cli:<command>'),
  from: instantSchema.optional().describe('Changes at or after this moment'),
  to: instantSchema.optional().describe('Changes before this moment'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Keyset paging: only entries with a smaller id (pass the previous nextBefore)'),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One change of one record. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actor: z.string(),
  action: z.enum(['insert', 'update', 'delete']),
  tableName: z.string(),
  recordId: z.string(),
  changes: z
    .record(
      z.string(),
      z.object({ before: z.unknown().optional(), after: z.unknown().optional(), redacted: z.literal(true).optional() }),
    )
    .describe('Per changed field {before, after}; personal fields only {redacted: true}'),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

/** A page of entries, newest first. */
export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable().describe('Pass as `before` for the next (older) page; null at the end'),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
