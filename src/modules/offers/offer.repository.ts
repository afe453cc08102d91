// SPDX-License-Identifier: EUPL-1.2
/** SQL for partner offers, referrals and uptake. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { households, offerReferrals, organisations, partnerOffers } from '../../db/schema/index.ts';
import { householdIntegration } from '../../db/schema/integration.ts';

export type OfferRow = typeof partnerOffers.$inferSelect;
export type NewOffer = typeof partnerOffers.$inferInsert;
export type OfferWithOrganisation = OfferRow & { organisationName: string };
export type ReferralRow = typeof offerReferrals.$inferSelect;

const offerColumns = { offer: partnerOffers, organisationName: organisations.name };

export async function listOffers(db: Executor, filter: { organisationId?: string | undefined; activeOnly?: boolean }): Promise<OfferWithOrganisation[]> {
  const rows = await db
    .select(offerColumns)
    .from(partnerOffers)
    .innerJoin(organisations, eq(organisations.id, partnerOffers.organisationId))
    .where(
      and(
        filter.organisationId ? eq(partnerOffers.organisationId, filter.organisationId) : undefined,
        filter.activeOnly ? eq(partnerOffers.active, true) : undefined,
      ),
    )
    .orderBy(asc(partnerOffers.title), asc(partnerOffers.id));
  return rows.map((row) => ({ ...row.offer, organisationName: row.organisationName }));
}

export async function findOffer(db: Executor, id: string): Promise<OfferWithOrganisation | undefined> {
  const [row] = await db.select(offerColumns).from(partnerOffers).innerJoin(organisations, eq(organisations.id, partnerOffers.organisationId)).where(eq(partnerOffers.id, id));
  return row ? { ...row.offer, organisationName: row.organisationName } : undefined;
}

export async function insertOffer(tx: Tx, values: NewOffer): Promise<OfferRow> {
  const [row] = await tx.insert(partnerOffers).values(values).returning();
  if (!row) {
    throw new Error('the offer was not inserted');
  }
  return row;
}

export async function updateOffer(tx: Tx, id: string, values: Partial<NewOffer>): Promise<void> {
  await tx.update(partnerOffers).set({ ...values, updatedAt: sql`now()` }).where(eq(partnerOffers.id, id));
}

export async function insertReferral(tx: Tx, values: typeof offerReferrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await tx.insert(offerReferrals).values(values).returning();
  if (!row) {
    throw new Error('the referral was not inserted');
  }
  return row;
}

export async function findReferral(db: Executor, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(offerReferrals).where(eq(offerReferrals.id, id));
  return row;
}

export async function updateReferralStatus(tx: Tx, id: string, status: ReferralRow['status'], statusOn: string): Promise<void> {
  await tx.update(offerReferrals).set({ status, statusOn }).where(eq(offerReferrals.id, id));
}

export type ReferralView = ReferralRow & {
  offerTitle: string;
  offer: Pick<OfferRow, 'minDutchLevel' | 'minIscedLevel' | 'iscoGroups'>;
  pseudonym: string;
  municipalityCode: string | null;
  dutchLevel: string | null;
  iscedLevel: number | null;
  iscoGroup: string | null;
};

/** Referrals with their offer and household, filtered by offer owner or household municipality. */
export async function listReferrals(db: Executor, filter: { organisationId?: string; municipalityCodes?: string[]; householdId?: string }): Promise<ReferralView[]> {
  const conditions: (SQL | undefined)[] = [
    filter.organisationId ? eq(partnerOffers.organisationId, filter.organisationId) : undefined,
    filter.municipalityCodes ? inArray(households.municipalityCode, filter.municipalityCodes.length > 0 ? filter.municipalityCodes : ['none']) : undefined,
    filter.householdId ? eq(offerReferrals.householdId, filter.householdId) : undefined,
  ];
  const rows = await db
    .select({
      referral: offerReferrals,
      offerTitle: partnerOffers.title,
      minDutchLevel: partnerOffers.minDutchLevel,
      minIscedLevel: partnerOffers.minIscedLevel,
      iscoGroups: partnerOffers.iscoGroups,
      pseudonym: households.pseudonym,
      municipalityCode: households.municipalityCode,
      dutchLevel: householdIntegration.dutchLevel,
      iscedLevel: householdIntegration.iscedLevel,
      iscoGroup: householdIntegration.iscoGroup,
    })
    .from(offerReferrals)
    .innerJoin(partnerOffers, eq(partnerOffers.id, offerReferrals.offerId))
    .innerJoin(households, eq(households.id, offerReferrals.householdId))
    .leftJoin(householdIntegration, eq(householdIntegration.householdId, households.id))
    .where(and(...conditions))
    .orderBy(desc(offerReferrals.referredOn), asc(offerReferrals.id));
  return rows.map((row) => ({
    ...row.referral,
    offerTitle: row.offerTitle,
    offer: { minDutchLevel: row.minDutchLevel, minIscedLevel: row.minIscedLevel, iscoGroups: row.iscoGroups },
    pseudonym: row.pseudonym,
    municipalityCode: row.municipalityCode,
    dutchLevel: row.dutchLevel,
    iscedLevel: row.iscedLevel,
    iscoGroup: row.iscoGroup,
  }));
}

export type UptakeRow = { offerId: string; title: string; organisationId: string; organisationName: string; status: ReferralRow['status']; n: number };

/** Referral counts per offer and status (of one organisation's offers, or all). */
export async function countUptake(db: Executor, organisationId?: string): Promise<UptakeRow[]> {
  return db
    .select({
      offerId: partnerOffers.id,
      title: partnerOffers.title,
      organisationId: partnerOffers.organisationId,
      organisationName: organisations.name,
      status: offerReferrals.status,
      n: sql<number>`count(*)::int`,
    })
    .from(offerReferrals)
    .innerJoin(partnerOffers, eq(partnerOffers.id, offerReferrals.offerId))
    .innerJoin(organisations, eq(organisations.id, partnerOffers.organisationId))
    .where(organisationId ? eq(partnerOffers.organisationId, organisationId) : undefined)
    .groupBy(partnerOffers.id, partnerOffers.title, partnerOffers.organisationId, organisations.name, offerReferrals.status)
    .orderBy(asc(organisations.name), asc(partnerOffers.title));
}
