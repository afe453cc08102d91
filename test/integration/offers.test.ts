// SPDX-License-Identifier: EUPL-1.2
/**
 * Partner offers: a partner changes only its own offers; matching with reasons; the municipality
 * refers and records uptake; a partner sees only referrals to its own offers, with the pseudonym
 * and what the offer asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { createHousehold } from '../../src/modules/households/create-household.ts';
import type { Authenticated, Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildOrganisation } from '../factories.ts';
import { principals } from './locations-setup.ts';

type Json = Record<string, unknown> & { code?: string; field?: string; items?: Record<string, unknown>[] };

describe('[OFFERS] partner offers, matching, referrals and uptake', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.officer('GM0344');
  const officer = principals.officer('GM0344');
  let partnerA: Authenticated;
  let partnerB: Authenticated;
  const households: { id: string; pseudonym: string }[] = [];
  const call = async (as: Principal, method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, payload?: object) => {
    caller = as;
    const response = await app.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json<Json>() };
  };

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database, asPrincipal: () => caller });
    const a = await buildOrganisation({ database, kind: 'partner', name: 'Taalhuis Utrecht' });
    const b = await buildOrganisation({ database, kind: 'partner', name: 'Bouwbedrijf Voorbeeld' });
    partnerA = { ...principals.partner(), organisationId: a.id, personId: '00000000-0000-4000-8000-00000000aaa1' };
    partnerB = { ...principals.partner(), organisationId: b.id, personId: '00000000-0000-4000-8000-00000000bbb1' };
    for (let i = 0; i < 2; i++) {
      const household = await createHousehold({ db: database.db, actor: 'system:test', input: { adults: 1, minors: 0, municipalityCode: 'GM0344', permitDate: '2016-01-15' } });
      households.push(household);
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('lets partners enter offers for their own organisation only', async () => {
    const course = await call(partnerA, 'POST', '/api/v1/offers', { kind: 'course', title: 'Taalcursus A2 (voorbeeld)', minDutchLevel: 'A1', interests: ['language_practice'] });
    expect(course.status).toBe(201);
    expect(course.body.organisation).toMatchObject({ name: 'Taalhuis Utrecht' });
    const job = await call(partnerB, 'POST', '/api/v1/offers', { kind: 'traineeship', title: 'Leerbaan timmerman (voorbeeld)', iscoGroups: ['71'], minIscedLevel: 2 });
    expect(job.status).toBe(201);
    const refused = await call(partnerB, 'PATCH', `/api/v1/offers/${String(course.body.id)}`, { title: 'Overgenomen' });
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await call(partnerA, 'PATCH', `/api/v1/offers/${String(course.body.id)}`, { places: 12 })).body).toMatchObject({ places: 12, title: 'Taalcursus A2 (voorbeeld)' });
    expect((await call(officer, 'POST', '/api/v1/offers', { kind: 'buddy', title: 'Maatje' })).status).toBe(403);
    expect((await call(partnerA, 'POST', '/api/v1/offers', { kind: 'course', title: 'X', minDutchLevel: 'C1' })).body.field).toBe('body.minDutchLevel');
    const mine = await call(partnerB, 'GET', '/api/v1/offers?mine=true');
    expect(mine.body.items?.map((offer) => offer.title)).toEqual(['Leerbaan timmerman (voorbeeld)']);
  });

  it('matches offers to a household with the reasons, and refers it', async () => {
    const [first, second] = households as [{ id: string; pseudonym: string }, { id: string; pseudonym: string }];
    await call(officer, 'PUT', `/api/v1/integration/households/${first.id}`, { dutchLevel: 'A2', iscoGroup: '72', iscedLevel: 3, interests: ['language_practice'] });
    await call(officer, 'PUT', `/api/v1/integration/households/${second.id}`, { dutchLevel: 'A1', iscoGroup: '71', iscedLevel: 2 });
    const matches = await call(officer, 'GET', `/api/v1/integration/households/${first.id}/offer-matches`);
    expect(matches.status).toBe(200);
    const items = matches.body.items as { offer: { title: string; id: string }; score: number; reasons: { code: string; detail: string }[] }[];
    expect(items.map((item) => [item.offer.title, item.score, item.reasons.map((r) => `${r.code}:${r.detail}`)])).toEqual([
      ['Taalcursus A2 (voorbeeld)', 2, ['language_meets:A2 ≥ A1', 'interest:language_practice']],
      ['Leerbaan timmerman (voorbeeld)', 3, ['education_meets:ISCED 3 ≥ 2', 'isco_major:71']],
    ].sort((a, b) => Number(b[1]) - Number(a[1])));
    const course = items.find((item) => item.offer.title.startsWith('Taalcursus'))?.offer.id as string;
    const job = items.find((item) => item.offer.title.startsWith('Leerbaan'))?.offer.id as string;
    const referral = await call(officer, 'POST', `/api/v1/offers/${course}/referrals`, { householdId: first.id, referredOn: '2016-05-01' });
    expect(referral).toMatchObject({ status: 201, body: { pseudonym: first.pseudonym, status: 'referred', reasons: ['language_meets:A2 ≥ A1', 'interest:language_practice'] } });
    expect((await call(officer, 'POST', `/api/v1/offers/${course}/referrals`, { householdId: first.id })).status).toBe(409);
    await call(officer, 'POST', `/api/v1/offers/${job}/referrals`, { householdId: second.id, referredOn: '2016-05-01' });
    expect((await call(principals.officer('GM0307'), 'POST', `/api/v1/offers/${job}/referrals`, { householdId: first.id })).status).toBe(404);
    const uptake = await call(officer, 'PATCH', `/api/v1/offers/referrals/${String(referral.body.id)}`, { status: 'started', on: '2016-05-09' });
    expect(uptake.body).toMatchObject({ status: 'started', statusOn: '2016-05-09' });
    expect((await call(officer, 'PATCH', `/api/v1/offers/referrals/${String(referral.body.id)}`, { status: 'completed', on: '2016-04-01' })).body.field).toBe('body.on');
  });

  it("shows a partner only the referrals to its own offers, with what the offer asks for", async () => {
    const [first] = households as [{ id: string; pseudonym: string }];
    const seen = await call(partnerA, 'GET', '/api/v1/offers/referrals');
    expect(seen.status).toBe(200);
    expect(seen.body.items).toEqual([
      expect.objectContaining({ pseudonym: first.pseudonym, householdId: null, offerTitle: 'Taalcursus A2 (voorbeeld)', status: 'started', needs: { dutchLevel: 'A2' } }),
    ]);
    const reads = await database.query<{ actor: string }>("SELECT actor FROM household_reads WHERE purpose = 'referrals' AND actor = $1", [`person:${partnerA.personId}`]);
    expect(reads).toHaveLength(1);
    expect((await call(partnerA, 'GET', `/api/v1/integration/households/${first.id}`)).status).toBe(404);
  });

  it('counts uptake per offer and per partner', async () => {
    const all = await call(principals.coordinator(), 'GET', '/api/v1/offers/uptake');
    expect(all.status).toBe(200);
    const partners = all.body.partners as { organisationName: string; total: number; counts: Record<string, number> }[];
    expect(partners.map((p) => [p.organisationName, p.total, p.counts.started, p.counts.referred])).toEqual([
      ['Bouwbedrijf Voorbeeld', 1, 0, 1],
      ['Taalhuis Utrecht', 1, 1, 0],
    ]);
    const own = await call(partnerA, 'GET', '/api/v1/offers/uptake');
    expect((own.body.partners as unknown[]).length).toBe(1);
  });
});
