// SPDX-License-Identifier: EUPL-1.2
/** The practice library API: search, one practice, publish. */
import type { z } from 'zod';
import type { createPracticeInputSchema, practiceListSchema, practiceSchema } from '../../../../../src/modules/practices/practice.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeList = z.infer<typeof practiceListSchema>;
/** What the publish form sends; the server fills in the defaults. */
export type PracticeInput = z.input<typeof createPracticeInputSchema>;

export function searchPractices(query: { q: string; theme: string | null }, signal?: AbortSignal): Promise<PracticeList> {
  return apiRequest(`/practices${queryString({ q: query.q.trim() || undefined, theme: query.theme })}`, { signal });
}

export function fetchPractice(id: string, signal?: AbortSignal): Promise<Practice> {
  return apiRequest(`/practices/${id}`, { signal });
}

export function publishPractice(input: PracticeInput): Promise<Practice> {
  return apiRequest('/practices', { method: 'POST', body: input });
}
