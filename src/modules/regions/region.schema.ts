// SPDX-License-Identifier: EUPL-1.2
/**
 * The public regions API: provinces, municipalities (gemeenten), their population and boundaries.
 * These zod schemas are the contract between the server (region.routes.ts) and the web app.
 */
import { z } from 'zod';

export const municipalityCodeSchema = z
  .string()
  .regex(/^GM\d{4}$/, 'must be a CBS municipality code such as GM0344');
export const provinceCodeSchema = z.string().regex(/^PV\d{2}$/, 'must be a CBS province code such as PV26');
/** Municipal division year; the shipped data covers 2016-2025. */
export const divisionYearSchema = z.coerce.number().int().min(2016).max(2025);

/** Where a figure comes from: shown on screen next to every figure. */
export const sourceSchema = z.object({
  id: z.string().describe('Stable id, e.g. cbs-85984NED-2024'),
  publisher: z.string().describe('e.g. CBS'),
  title: z.string().describe('Table or dataset title, e.g. Kerncijfers wijken en buurten 2024'),
  table: z.string().nullable().describe('Publisher table id, e.g. 85984NED'),
  referenceDate: z.string().nullable().describe('ISO date the figures refer to (peildatum)'),
  url: z.string().nullable(),
  licence: z.string().nullable(),
  note: z.string().nullable().describe('How the data reached us (repository, transformation)'),
});
export type Source = z.infer<typeof sourceSchema>;

export const provinceSchema = z.object({
  code: z.string(),
  name: z.string(),
  municipalityCount: z.number().int().describe('Municipalities on 1 January of `year`'),
  year: z.number().int(),
  population: z.number().int().nullable().describe('Sum of the municipal figures'),
  populationReferenceDate: z.string().nullable(),
  populationSourceId: z.string().nullable(),
});
export const provinceListSchema = z.object({ items: z.array(provinceSchema), sources: z.array(sourceSchema) });
/** GET /provinces query. */
export const provinceListQuerySchema = z.object({
  year: divisionYearSchema.optional().describe('Division year; default the latest shipped (2025)'),
});
/** Path parameter of a province route. */
export const provinceParamsSchema = z.object({ code: provinceCodeSchema });
/** Path parameter of a municipality route. */
export const municipalityParamsSchema = z.object({ code: municipalityCodeSchema });
/** GET /sources. */
export const sourceListSchema = z.object({ items: z.array(sourceSchema) });

export const municipalityListQuerySchema = z.object({
  province: provinceCodeSchema.optional(),
  year: divisionYearSchema.optional().describe('Division year; default the latest shipped (2025)'),
});

export const municipalityListItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  population: z.number().int().nullable(),
  populationReferenceDate: z.string().nullable().describe('Latest CBS 1 January figure on or before 1 January of `year`'),
  populationSourceId: z.string().nullable(),
});
export const municipalityListSchema = z.object({
  year: z.number().int(),
  province: z.string().nullable(),
  total: z.number().int(),
  items: z.array(municipalityListItemSchema),
  sources: z.array(sourceSchema),
});
export type MunicipalityListItem = z.infer<typeof municipalityListItemSchema>;

export const municipalityRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  effectiveDate: z.string().describe('Date the merger took effect'),
  derivation: z
    .string()
    .describe('How the succession was derived: geometry, geometry+dates, dates+geometry or dates (see docs)'),
  territoryShare: z
    .number()
    .nullable()
    .describe('Share of the predecessor territory that went to the successor (from the boundaries), when measured'),
});

export const municipalityDetailSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  activeFrom: z.string().nullable(),
  activeUntil: z.string().nullable().describe('Set when the municipality merged into another'),
  years: z.array(z.object({ year: z.number().int(), name: z.string(), provinceCode: z.string(), active: z.boolean() })),
  population: z.array(
    z.object({ referenceDate: z.string(), population: z.number().int(), sourceId: z.string() }),
  ),
  predecessors: z.array(municipalityRefSchema),
  successors: z.array(municipalityRefSchema),
  boundary: z
    .object({
      year: z.number().int(),
      sourceId: z.string(),
      feature: z.record(z.string(), z.unknown()).describe('GeoJSON Feature (WGS84)'),
    })
    .nullable(),
  sources: z.array(sourceSchema),
});
export type MunicipalityDetail = z.infer<typeof municipalityDetailSchema>;

/** GeoJSON FeatureCollection of a province's municipalities for the choropleth map. */
export const municipalityMapQuerySchema = z.object({ year: divisionYearSchema.optional() });
export const municipalityMapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({
        code: z.string(),
        name: z.string(),
        population: z.number().int().nullable(),
        populationReferenceDate: z.string().nullable(),
        boundaryYear: z.number().int().describe('Vintage of this geometry (2016 or 2023)'),
      }),
      geometry: z.record(z.string(), z.unknown()),
    }),
  ),
  boundaryYear: z.number().int().describe('Vintage used for most features'),
  year: z.number().int().describe('Division year shown'),
  withoutBoundary: z
    .array(z.string())
    .describe('Municipalities of that year whose territory matches no shipped boundary vintage'),
  sources: z.array(sourceSchema),
});

/** A municipality's public contact points for residents (organisational, not personal). */
export const municipalityProfileSchema = z.object({
  municipalityCode: z.string(),
  municipalityName: z.string(),
  contactEmail: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string().nullable().describe('null while no profile was saved'),
});
export type MunicipalityProfile = z.infer<typeof municipalityProfileSchema>;

/** PUT body: replaces the whole profile; a missing or null field clears it. */
export const municipalityProfileInputSchema = z.object({
  contactEmail: z.email('must be an e-mail address').max(254).nullable().optional().describe('Contact address for residents'),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, 'must be a phone number such as 030 123 4567 or +31 30 123 4567')
    .nullable()
    .optional(),
  website: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })
    .max(500)
    .nullable()
    .optional(),
  note: z.string().trim().max(500, 'must be at most 500 characters').nullable().optional(),
});
export type MunicipalityProfileInput = z.infer<typeof municipalityProfileInputSchema>;
