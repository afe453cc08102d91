// SPDX-License-Identifier: EUPL-1.2
/** Shapes practices for the API (never the search vector). */
import type { z } from 'zod';
import type { PracticeRow } from './practice.repository.ts';
import type { practiceSchema } from './practice.schema.ts';

export function presentPractice(row: PracticeRow): z.infer<typeof practiceSchema> {
  return {
    id: row.id,
    municipality: { code: row.municipalityCode, name: row.municipalityName },
    title: row.title,
    whatWeDid: row.whatWeDid,
    result: row.result,
    lessons: row.lessons,
    contact: row.contact,
    themes: row.themes,
    locationId: row.locationId,
    projectReference: row.projectReference,
    publishedAt: row.publishedAt.toISOString(),
  };
}
