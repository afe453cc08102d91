// SPDX-License-Identifier: EUPL-1.2
/**
 * An official sets how a location's page works: moderation before or after publication, the
 * organisational contact, and the summary of the weighing. Fields left out are cleared.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { loadPageLocation } from './load-records.ts';
import { upsertSettings } from './page.repository.ts';
import { participationPolicy } from './participation.policy.ts';
import type { SettingsInput } from './participation.schema.ts';

export type UpdatePageSettingsOptions = { db: Db; principal: Authenticated; locationId: string; input: SettingsInput };

export async function updatePageSettings({ db, principal, locationId, input }: UpdatePageSettingsOptions): Promise<void> {
  await loadPageLocation({ db, principal, id: locationId, allowed: participationPolicy.canManagePage });
  await inTransaction(db, actorOf(principal), (tx) =>
    upsertSettings(tx, {
      locationId,
      moderation: input.moderation,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
      contactUrl: input.contactUrl ?? null,
      weighingSummary: input.weighingSummary ?? null,
    }),
  );
}
