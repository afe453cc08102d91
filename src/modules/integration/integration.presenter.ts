// SPDX-License-Identifier: EUPL-1.2
/** Shapes integration records for the API: the least the screens need, never raw rows. */
import type { z } from 'zod';
import type { integrationRecordSchema, trackSchema } from './integration.schema.ts';
import type { HouseholdRow, ProfileRow, TrackRow } from './integration.repository.ts';
import { waitsOf } from './waiting-times.ts';

export function presentTrack(row: TrackRow): z.infer<typeof trackSchema> {
  return { id: row.id, kind: row.kind, workKind: row.workKind, startedOn: row.startedOn, endedOn: row.endedOn };
}

export function presentProfile(profile: ProfileRow | null): z.infer<typeof integrationRecordSchema>['profile'] {
  return {
    housedOn: profile?.housedOn ?? null,
    civicIntegrationRoute: profile?.civicIntegrationRoute ?? null,
    civicIntegrationLevel: profile?.civicIntegrationLevel ?? null,
    dutchLevel: profile?.dutchLevel ?? null,
    educationEnrolled: profile?.educationEnrolled ?? false,
    diplomaRecognition: profile?.diplomaRecognition ?? 'none',
    iscoGroup: profile?.iscoGroup ?? null,
    iscedLevel: profile?.iscedLevel ?? null,
    interests: profile?.interests ?? [],
    care: { medical: profile?.careMedical ?? false, mobility: profile?.careMobility ?? false, psychosocial: profile?.carePsychosocial ?? false },
  };
}

export type IntegrationRecord = { household: HouseholdRow; profile: ProfileRow | null; tracks: TrackRow[]; asOf: string };

export function presentIntegrationRecord({ household, profile, tracks, asOf }: IntegrationRecord): z.infer<typeof integrationRecordSchema> {
  const housedOn = profile?.housedOn ?? null;
  return {
    household: {
      id: household.id,
      pseudonym: household.pseudonym,
      size: household.size,
      municipalityCode: household.municipalityCode,
      permitDate: household.permitDate,
      closedAt: household.closedAt ? household.closedAt.toISOString() : null,
    },
    profile: presentProfile(profile),
    tracks: tracks.map(presentTrack),
    waits: waitsOf({ householdId: household.id, pseudonym: household.pseudonym, permitDate: household.permitDate, housedOn, tracks }, asOf),
    asOf,
  };
}
