// SPDX-License-Identifier: EUPL-1.2
/** API contract of "places realised" (progress against the reception targets). */
import { z } from 'zod';
import { dateSchema } from './fields.ts';

export const progressQuerySchema = z
  .object({
    scope: z.enum(['province', 'municipality', 'safety_region']).describe('What to add up'),
    code: z.string().regex(/^(PV\d{2}|GM\d{4}|VR\d{2})$/, 'must be a code such as PV26, GM0344 or VR09'),
    from: dateSchema,
    to: dateSchema,
    interval: z.enum(['week', 'month', 'quarter']).default('month'),
  })
  .refine((q) => ({ province: 'PV', municipality: 'GM', safety_region: 'VR' })[q.scope] === q.code.slice(0, 2), {
    message: 'the code does not fit the scope (PVxx for a province, GMxxxx for a municipality, VRxx for a safety region)',
    path: ['code'],
  });
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

export const progressSchema = z.object({
  scope: z.object({ kind: z.string(), code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  interval: z.string(),
  definition: z.string().describe('How the figures are computed'),
  series: z.array(
    z.object({
      date: z.string(),
      places: z.number().int(),
      emergencyPlaces: z.number().int(),
      structuralPlaces: z.number().int(),
      otherPlaces: z.number().int(),
      locations: z.number().int(),
      occupied: z.number().int(),
      countedLocations: z.number().int().describe('Open locations with a count on or before the date'),
    }),
  ),
  locations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      municipalityCode: z.string(),
      kind: z.string(),
      capacity: z.number().int(),
      openedOn: z.string(),
      closedOn: z.string().nullable(),
    }),
  ),
});
