// SPDX-License-Identifier: EUPL-1.2
/** API contract of "across borders": candidates in neighbouring municipalities (shared with the web app). */
import { z } from 'zod';
import { municipalityCodeSchema } from '../regions/region.schema.ts';

export const neighboursQuerySchema = z.object({
  municipality: municipalityCodeSchema.describe('The municipality that looks for a location'),
  threshold: z.coerce.number().min(0).max(1).default(0.5).describe('A candidate is good from this weighted-sum score on (0 to 1)'),
});

const offeredSchema = z.object({
  locationId: z.string(),
  name: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  capacity: z.number().int(),
  status: z.string(),
  weightedSum: z.object({ score: z.number(), rank: z.number().int() }).nullable().describe('Null when the location is no candidate or there is no ranking'),
  topsis: z.object({ score: z.number(), rank: z.number().int() }).nullable(),
  isCandidate: z.boolean().describe('Already a candidate of this scenario; otherwise a registered location that could be added'),
});

export const neighboursSchema = z.object({
  municipality: z.object({ code: z.string(), name: z.string() }),
  threshold: z.number(),
  status: z
    .enum(['good', 'none_good', 'none', 'not_ranked'])
    .describe('good: a candidate here scores at least the threshold; none_good: candidates, none that good; none: no candidate here; not_ranked: no ranking yet'),
  best: z.object({ locationId: z.string(), name: z.string(), score: z.number() }).nullable().describe('The best candidate in the municipality itself'),
  definition: z.string().describe('What "a good candidate" means here'),
  neighbours: z.array(z.object({ code: z.string(), name: z.string() })).describe('Municipalities sharing a border, from the boundaries'),
  boundary: z.object({ year: z.number().int().nullable(), sourceId: z.string().nullable() }),
  offered: z.array(offeredSchema).describe('Only when there is no good candidate: locations in the neighbouring municipalities, best first'),
});
export type NeighboursView = z.infer<typeof neighboursSchema>;
