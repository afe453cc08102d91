// SPDX-License-Identifier: EUPL-1.2
/**
 * Role × endpoint matrix. Every operation in the OpenAPI document must have a row here that says
 * what each kind of caller gets; a new endpoint without a row fails this test, so nobody can add
 * an endpoint without deciding who may use it. Callers sign in for real (cookie + CSRF token).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildOrganisation, buildPerson, signIn, type BuiltPerson, type SignedIn } from '../factories.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { OrganisationRow } from '../../src/modules/accounts/account.repository.ts';
import { resetPassword } from '../../src/modules/accounts/reset-password.ts';

const callers = ['anonymous', 'coordinator', 'officer', 'coa', 'partner', 'moderator'] as const;
type Caller = (typeof callers)[number];
type SignedInCaller = Exclude<Caller, 'anonymous'>;

/**
 * An expected status; or 'allowed': past the access check, so neither 401/403 nor 5xx (for other
 * modules' endpoints whose answer also depends on data this test does not load, e.g. 200 or 422);
 * or 'public': 'allowed', and the same answer for every caller.
 */
type Expected = number | 'allowed' | 'public';
type Request = {
  params?: Record<string, string>;
  query?: string;
  body?: Record<string, unknown>;
  /** A raw body with its content type (file uploads). */
  raw?: { contentType: string; payload: string };
  /** Use a session of its own (for sign-out, which ends it). */
  freshSession?: boolean;
};
type Case = { label?: string; request?: (caller: Caller) => Promise<Request> | Request; expect: Record<Caller, Expected> };

const everyone = (status: Expected): Record<Caller, Expected> =>
  Object.fromEntries(callers.map((caller) => [caller, status])) as Record<Caller, Expected>;
const signedIn = (status: number): Record<Caller, Expected> => ({ ...everyone(status), anonymous: 401 });
/** Province coordinators only: 401 for the public, 403 for other roles. */
const coordinatorOnly = (status: Expected): Record<Caller, Expected> => ({
  ...everyone(403),
  anonymous: 401,
  coordinator: status,
});
/** Taakstelling balances: coordinators, municipal officers (their own) and COA officers read them. */
const balanceReaders: Record<Caller, Expected> = { ...coordinatorOnly('allowed'), officer: 'allowed', coa: 'allowed' };
/** The locations register: coordinators, municipal officers and COA officers (location.policy.ts). */
const registerUsers = (status: Expected): Record<Caller, Expected> => ({ ...coordinatorOnly(status), officer: status, coa: status });
/** Siting weighings and facility layers: coordinators and municipal officers (siting.policy.ts). */
const weighers = (status: Expected): Record<Caller, Expected> => ({ ...coordinatorOnly(status), officer: status });
/** A PV26 scenario: the coordinator's; hidden (404) from the GM0344 officer. */
const provinceScenario = (status: Expected): Record<Caller, Expected> => ({ ...coordinatorOnly(status), officer: 404 });
/** The housing register: read by coordinators, municipal officers and COA officers (housing.policy.ts). */
const housingReaders = (status: Expected): Record<Caller, Expected> => ({ ...coordinatorOnly(status), officer: status, coa: status });
/** Housing buildings and projects in Utrecht: added and edited by the coordinator and the GM0344 officer. */
const housingEditors = (status: Expected): Record<Caller, Expected> => ({ ...coordinatorOnly(status), officer: status });
/** A PV26 placement proposal: its coordinator's; hidden (404) from everyone else signed in. */
const provinceProposal = (status: Expected): Record<Caller, Expected> => ({ ...everyone(404), anonymous: 401, coordinator: status });
const scoreMatrixHeader = 'huishouden,gemeentecode,score\n';
const today = (): string => new Date().toISOString().slice(0, 10);
/** Lifecycle steps up to "preparing", from which occupancy is recorded. */
const preparingSteps = [
  { status: 'idea', on: '2016-01-04' },
  { status: 'under_assessment', on: '2016-02-01' },
  { status: 'decided', on: '2016-03-01', decision: { outcome: 'yes', decidedBy: 'college van B&W Utrecht' } },
  { status: 'preparing', on: '2016-04-01' },
];
/** A criterion of one's own (measure "entered"). */
const ownCriterion = {
  id: 'eigen_criterium',
  labelNl: 'Eigen criterium',
  labelEn: 'Own criterion',
  direction: 'benefit',
  weight: 1,
  unit: 'punten',
  rationaleNl: 'Voor de matrixtest.',
  rationaleEn: 'For the matrix test.',
  dataSource: 'Ingevoerd',
};
const placeCountBody = (municipalityCode: string) => ({
  municipalityCode,
  kind: 'emergency',
  locationReference: 'Matrix sporthal',
  countedOn: '2016-03-01',
  places: 10,
});

describe('[ACCOUNTS] role × endpoint matrix', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let partnerOrganisation: OrganisationRow;
  const people = {} as Record<SignedInCaller, BuiltPerson>;
  const sessions = {} as Record<SignedInCaller, SignedIn>;
  let resetTarget: BuiltPerson;
  const unique = () => crypto.randomBytes(4).toString('hex');

  const throwawayPerson = () =>
    buildPerson({ database, roles: [{ role: 'partner', scopes: [] }], organisation: partnerOrganisation });

  // Data for the requests below, created through the API with the coordinator's (or COA officer's)
  // session; each request makes its own, so the callers' requests do not depend on each other.
  const created = async (route: string, caller: Caller, request: Request): Promise<Record<string, unknown>> => {
    const response = await send(route, caller, request);
    if (response.statusCode >= 300) {
      throw new Error(`fixture ${route} failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
    }
    return response.json<Record<string, unknown>>();
  };
  const idOf = (value: unknown): string => {
    const id = (value as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') {
      throw new Error(`fixture without an id: ${JSON.stringify(value)?.slice(0, 200)}`);
    }
    return id;
  };
  const locationBody = (steps?: unknown[]) => ({
    name: `Matrixlocatie ${unique()}`,
    kind: 'emergency',
    buildingType: 'office',
    capacity: 50,
    longitude: 5.1214,
    latitude: 52.0907,
    ...(steps ? { steps } : {}),
  });
  /** A fresh draft placement proposal of PV26 (run once on creation). */
  const proposalId = async (): Promise<string> =>
    idOf(await created('POST /api/v1/matching/proposals', 'coordinator', { body: { provinceCode: 'PV26', period: '2024-I' } }));
  const locationId = async (steps?: unknown[]): Promise<string> =>
    idOf((await created('POST /api/v1/locations', 'coordinator', { body: locationBody(steps) })).location);
  const scenarioId = async ({ municipality = false } = {}): Promise<string> =>
    idOf(
      (
        await created('POST /api/v1/siting/scenarios', 'coordinator', {
          body: { name: `Weging ${unique()}`, ...(municipality ? { municipalityCode: 'GM0344' } : { provinceCode: 'PV26' }) },
        })
      ).scenario,
    );
  const scenarioWithCandidates = async (count: number): Promise<{ id: string; candidates: string[] }> => {
    const id = await scenarioId();
    const candidates: string[] = [];
    for (let i = 0; i < count; i++) {
      const location = await locationId();
      await created('POST /api/v1/siting/scenarios/{id}/candidates', 'coordinator', { params: { id }, body: { locationId: location } });
      candidates.push(location);
    }
    return { id, candidates };
  };
  const buildingBody = () => ({ address: `Matrixkantoor ${unique()}, Utrecht`, longitude: 5.1214, latitude: 52.0907, formerUse: 'office', floorAreaM2: 2500 });
  const projectBody = () => ({
    ownerKind: 'corporation',
    homesTotal: 10,
    homes: { statusHolders: 4, students: 4, starters: 2, other: 0 },
    rentLines: [{ band: 'social', homes: 10, rentEur: 600 }],
    phases: { initiative: '2025-01-01', permit: '2025-06-01', delivered: '2026-03-01' },
  });
  const buildingId = async (): Promise<string> => idOf(await created('POST /api/v1/housing/buildings', 'coordinator', { body: buildingBody() }));
  const projectId = async (): Promise<string> =>
    idOf(await created('POST /api/v1/housing/projects', 'coordinator', { body: { ...projectBody(), name: `Matrixproject ${unique()}`, kind: 'new_build', municipalityCode: 'GM0344' } }));
  const household = async (): Promise<{ id: string; pseudonym: string }> => {
    const body = await created('POST /api/v1/households', 'coa', { body: { adults: 2, minors: 1, municipalityCode: 'GM0344' } });
    return { id: idOf(body), pseudonym: String(body.pseudonym) };
  };
  const offerBody = () => ({ kind: 'course', title: `Matrixcursus ${unique()}`, minDutchLevel: 'A1' });
  const offerId = async (): Promise<string> => idOf(await created('POST /api/v1/offers', 'partner', { body: offerBody() }));
  const practiceBody = () => ({ municipalityCode: 'GM0344', title: `Matrixpraktijk ${unique()}`, whatWeDid: 'Taallessen.', contact: 'Team Integratie' });
  const receptionTargetBody = () => ({
    scopeKind: 'province',
    scopeCode: 'PV26',
    kind: 'total',
    places: 100,
    periodLabel: `Matrix ${unique()}`,
    source: { publisher: 'Test', title: 'Matrix' },
  });
  const receptionTargetId = async (): Promise<string> =>
    idOf(await created('POST /api/v1/taakstelling/reception-targets', 'coordinator', { body: receptionTargetBody() }));
  const layerUpload = (): Request => ({
    query: `?kind=supermarket&name=Matrix%20${unique()}&coverage=GM0344&publisher=Test&title=Matrix`,
    raw: {
      contentType: 'application/geo+json',
      payload: JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name: 'Winkel' }, geometry: { type: 'Point', coordinates: [5.12, 52.09] } }],
      }),
    },
  });
  const layerId = async (): Promise<string> => idOf(await created('POST /api/v1/siting/facility-layers', 'coordinator', layerUpload()));
  // Participation: a public location in GM0344, and a reaction on it sent by the public from an
  // address of its own (so that the per-address limit of the public endpoint is not reached here).
  // One location serves every participation row: registering one per request is slow.
  let publicLocation: Promise<string> | undefined;
  const publicLocationId = (): Promise<string> => {
    publicLocation ??= created('POST /api/v1/locations', 'coordinator', { body: { ...locationBody(), isPublic: true } }).then((body) =>
      idOf(body.location),
    );
    return publicLocation;
  };
  const reactionId = async (): Promise<string> => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/public/locations/${await publicLocationId()}/reactions`,
      remoteAddress: `10.77.${crypto.randomInt(0, 255)}.${crypto.randomInt(1, 255)}`,
      payload: { kind: 'question', text: 'Een vraag voor de matrix' },
    });
    return idOf(response.json());
  };

  // Subscriptions and activities (issue 6 part B): an activity in GM0344 posted by the public
  // from an address of its own, waiting for moderation.
  const activityBody = () => ({
    kind: 'language_cafe',
    title: `Taalcafé ${unique()}`,
    description: 'Samen Nederlands oefenen met koffie.',
    startsAt: '2030-01-08T19:30:00+01:00',
    place: 'Bibliotheek, Utrecht',
    municipalityCode: 'GM0344',
    organiserName: 'Taalhuis',
    organiserEmail: 'taalhuis@example.test',
  });
  const pendingActivityId = async (): Promise<string> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/public/activities',
      remoteAddress: `10.78.${crypto.randomInt(0, 255)}.${crypto.randomInt(1, 255)}`,
      payload: activityBody(),
    });
    return idOf(response.json());
  };

  /** The access table: one entry per "METHOD /path" of the OpenAPI document. */
  const matrix: Record<string, Case[]> = {
    'GET /api/v1/health': [{ expect: everyone(200) }],

    // Regions: public reference data; a profile is changed by its coordinator or own officers.
    'GET /api/v1/provinces': [{ expect: everyone(200) }],
    'GET /api/v1/municipalities': [{ request: () => ({ query: '?province=PV26' }), expect: everyone(200) }],
    'GET /api/v1/municipalities/{code}': [
      { request: () => ({ params: { code: 'GM0344' } }), expect: everyone(200) },
      { label: 'unknown', request: () => ({ params: { code: 'GM9999' } }), expect: everyone(404) },
    ],
    'GET /api/v1/provinces/{code}/municipalities.geojson': [
      { request: () => ({ params: { code: 'PV26' } }), expect: everyone(200) },
    ],
    'GET /api/v1/sources': [{ expect: everyone(200) }],
    'GET /api/v1/municipalities/{code}/profile': [{ request: () => ({ params: { code: 'GM0307' } }), expect: everyone(200) }],
    'PUT /api/v1/municipalities/{code}/profile': [
      {
        label: 'GM0307 (Amersfoort): the GM0344 officer is outside it',
        request: () => ({ params: { code: 'GM0307' }, body: { phone: '033 469 5911' } }),
        expect: { ...coordinatorOnly(200) },
      },
      {
        label: 'GM0344 (Utrecht): its own officer may',
        request: () => ({ params: { code: 'GM0344' }, body: { website: 'https://www.utrecht.nl' } }),
        expect: { ...coordinatorOnly(200), officer: 200 },
      },
    ],

    // Taakstelling (taakstelling.policy.ts): national figures are public; balances are for
    // coordinators, officers and COA; realisations for the municipality and its province.
    'GET /api/v1/taakstelling/national-tasks': [{ expect: everyone('public') }],
    'PUT /api/v1/taakstelling/national-tasks/{period}': [
      {
        request: () => ({
          params: { period: '2019-I' },
          body: { task: 1000, status: 'prognose', source: { publisher: 'Test', title: 'TEST: matrix national task' } },
        }),
        expect: coordinatorOnly('allowed'),
      },
    ],
    'PUT /api/v1/taakstelling/national-tasks/{period}/population-reference-date': [
      { request: () => ({ params: { period: '2019-I' }, body: { populationReferenceDate: null } }), expect: coordinatorOnly('allowed') },
    ],
    'GET /api/v1/taakstelling/{period}/distribution': [
      { request: () => ({ params: { period: '2016-I' } }), expect: everyone('public') },
    ],
    'GET /api/v1/taakstelling/{period}/distribution.csv': [
      { request: () => ({ params: { period: '2016-I' } }), expect: everyone('public') },
    ],
    'GET /api/v1/taakstelling/{period}/balances': [{ request: () => ({ params: { period: '2016-I' } }), expect: balanceReaders }],
    'GET /api/v1/taakstelling/{period}/balances.csv': [
      { request: () => ({ params: { period: '2016-I' } }), expect: balanceReaders },
    ],
    'GET /api/v1/taakstelling/{period}/balances.xlsx': [
      { request: () => ({ params: { period: '2016-I' } }), expect: balanceReaders },
    ],
    'GET /api/v1/taakstelling/municipalities/{code}/balances': [
      { label: 'GM0307', request: () => ({ params: { code: 'GM0307' } }), expect: { ...balanceReaders, officer: 403 } },
      { label: 'GM0344', request: () => ({ params: { code: 'GM0344' } }), expect: balanceReaders },
    ],
    'GET /api/v1/taakstelling/municipalities/{code}/realisations': [
      { label: 'GM0307', request: () => ({ params: { code: 'GM0307' } }), expect: coordinatorOnly('allowed') },
      { label: 'GM0344', request: () => ({ params: { code: 'GM0344' } }), expect: { ...coordinatorOnly('allowed'), officer: 'allowed' } },
    ],
    'POST /api/v1/taakstelling/municipalities/{code}/realisations': [
      {
        label: 'GM0344',
        request: () => ({
          params: { code: 'GM0344' },
          body: { housedOn: '2016-03-01', persons: 2, sourceReference: `matrix-${unique()}` },
        }),
        expect: { ...coordinatorOnly('allowed'), officer: 'allowed' },
      },
    ],
    'POST /api/v1/taakstelling/realisations/import': [
      {
        request: () => ({
          query: '?dryRun=true',
          raw: {
            contentType: 'text/csv',
            payload: `bronreferentie,gemeentecode,datum_huisvesting,personen\nimport-${unique()},GM0344,2016-03-01,2\n`,
          },
        }),
        expect: { ...coordinatorOnly('allowed'), officer: 'allowed' },
      },
    ],
    'DELETE /api/v1/taakstelling/realisations/{id}': [
      {
        label: 'a GM0344 realisation',
        request: async () => {
          const created = await send('POST /api/v1/taakstelling/municipalities/{code}/realisations', 'officer', {
            params: { code: 'GM0344' },
            body: { housedOn: '2016-03-02', persons: 1, sourceReference: `to-delete-${unique()}` },
          });
          return { params: { id: created.json().realisation?.id ?? crypto.randomUUID() } };
        },
        // Someone else's realisation is hidden (404), as if it did not exist.
        expect: { ...coordinatorOnly('allowed'), officer: 'allowed', coa: 404, partner: 404, moderator: 404 },
      },
    ],
    'POST /api/v1/taakstelling/{period}/official-tasks': [
      {
        label: 'dry run',
        request: () => ({
          params: { period: '2016-I' },
          body: { source: { publisher: 'Test', title: 'Matrix' }, rows: [{ code: 'GM0344', task: 1 }], dryRun: true },
        }),
        expect: coordinatorOnly('allowed'),
      },
    ],
    'POST /api/v1/taakstelling/transfers': [
      {
        request: () => ({
          body: {
            period: '2016-I',
            from: 'GM0344',
            to: 'GM0307',
            persons: 1,
            agreedOn: '2016-02-01',
            reference: `Besluit ${unique()}`,
          },
        }),
        expect: coordinatorOnly('allowed'),
      },
    ],
    'GET /api/v1/taakstelling/{period}/transfers': [{ request: () => ({ params: { period: '2016-I' } }), expect: balanceReaders }],

    // Supervision (taakstelling.policy.ts): read by the province and the municipality concerned
    // (the overview lists only readable municipalities, 403 when none); decided by the coordinator.
    'GET /api/v1/taakstelling/supervision': [
      { request: () => ({ query: '?province=PV26&asOf=2016-06-01' }), expect: { ...coordinatorOnly(200), officer: 200 } },
    ],
    'GET /api/v1/taakstelling/municipalities/{code}/supervision': [
      { label: 'GM0307', request: () => ({ params: { code: 'GM0307' }, query: '?asOf=2016-06-01' }), expect: coordinatorOnly(200) },
      { label: 'GM0344', request: () => ({ params: { code: 'GM0344' }, query: '?asOf=2016-06-01' }), expect: { ...coordinatorOnly(200), officer: 200 } },
    ],
    'POST /api/v1/taakstelling/municipalities/{code}/supervision': [
      {
        label: 'GM0344: its own officer may not decide',
        request: () => ({ params: { code: 'GM0344' }, body: { step: 'signaal', rationale: 'Matrix: achterstand op de taakstelling.' } }),
        expect: coordinatorOnly(201),
      },
    ],
    'PUT /api/v1/taakstelling/provinces/{code}/supervision-thresholds': [
      {
        request: () => ({ params: { code: 'PV26' }, body: { signalShortfall: 0.1, talkBacklogShare: 0.5, warningPeriods: 2 } }),
        expect: coordinatorOnly(200),
      },
    ],

    // Reception-place targets: read by everyone signed in; managed by the province's coordinators;
    // place counts by COA officers (everywhere) and the municipality's officers and coordinators.
    'GET /api/v1/taakstelling/reception-targets': [{ request: () => ({ query: '?province=PV26&asOf=2016-06-01' }), expect: signedIn(200) }],
    'POST /api/v1/taakstelling/reception-targets': [
      { request: () => ({ body: receptionTargetBody() }), expect: coordinatorOnly(201) },
    ],
    'POST /api/v1/taakstelling/reception-targets/{id}/distribute': [
      {
        label: 'a PV26 target, not saved',
        request: async () => ({ params: { id: await receptionTargetId() }, body: {} }),
        expect: coordinatorOnly(200),
      },
    ],
    'GET /api/v1/taakstelling/safety-regions': [{ request: () => ({ query: '?province=PV26' }), expect: signedIn(200) }],
    'PUT /api/v1/taakstelling/safety-regions/{code}': [
      {
        request: () => ({
          params: { code: 'VR09' },
          body: { name: 'Utrecht', provinceCode: 'PV26', members: ['GM0344'], source: { publisher: 'Test', title: 'Matrix' } },
        }),
        expect: coordinatorOnly(200),
      },
    ],
    'POST /api/v1/taakstelling/reception-places': [
      { label: 'GM0344', request: () => ({ body: placeCountBody('GM0344') }), expect: { ...coordinatorOnly(201), officer: 201, coa: 201 } },
      { label: 'GM0307', request: () => ({ body: placeCountBody('GM0307') }), expect: { ...coordinatorOnly(201), coa: 201 } },
    ],

    // Households (household.policy.ts): COA officers all; municipal officers their own
    // municipalities; coordinators, partners and moderators never (404 for one household).
    'POST /api/v1/households': [
      {
        label: 'assigned to GM0344',
        request: () => ({ body: { adults: 1, minors: 1, municipalityCode: 'GM0344' } }),
        expect: { ...everyone(403), anonymous: 401, officer: 201, coa: 201 },
      },
      { label: 'no municipality yet', request: () => ({ body: { adults: 1, minors: 0 } }), expect: { ...everyone(403), anonymous: 401, coa: 201 } },
    ],
    'GET /api/v1/households': [
      { label: 'GM0344', request: () => ({ query: '?municipality=GM0344' }), expect: { ...everyone(403), anonymous: 401, officer: 200, coa: 200 } },
      { label: 'all', expect: { ...everyone(403), anonymous: 401, coa: 200 } },
    ],
    'GET /api/v1/households/{id}': [
      {
        label: 'a GM0344 household',
        request: async () => ({ params: { id: (await household()).id } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],
    'GET /api/v1/households/by-pseudonym/{pseudonym}': [
      {
        label: 'a GM0344 household',
        request: async () => ({ params: { pseudonym: (await household()).pseudonym } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],
    'PATCH /api/v1/households/{id}': [
      {
        label: 'a GM0344 household',
        request: async () => ({ params: { id: (await household()).id }, body: { adults: 2 } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],

    // Integration (integration.policy.ts): a household's record for its municipality's officers and
    // for COA while it is in reception (the fixture household is); 404 for everyone else, logged.
    // Waiting lists and municipal figures for its officers; province aggregates for coordinators.
    // Outside everyone's scope: another municipality's household, housed (so no longer COA's).
    'GET /api/v1/integration/households/{id}': [
      {
        label: 'a GM0344 household in reception',
        request: async () => ({ params: { id: (await household()).id } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
      {
        label: 'a housed GM0307 household',
        request: async () => {
          const body = await created('POST /api/v1/households', 'coa', { body: { adults: 1, minors: 0, municipalityCode: 'GM0307' } });
          await created('PUT /api/v1/integration/households/{id}', 'coa', { params: { id: idOf(body) }, body: { housedOn: today() } });
          return { params: { id: idOf(body) } };
        },
        expect: { ...everyone(404), anonymous: 401 },
      },
    ],
    'PUT /api/v1/integration/households/{id}': [
      {
        label: 'a GM0344 household in reception',
        request: async () => ({ params: { id: (await household()).id }, body: { dutchLevel: 'A2', interests: ['sport'] } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],
    'POST /api/v1/integration/households/{id}/tracks': [
      {
        label: 'a GM0344 household in reception',
        request: async () => ({ params: { id: (await household()).id }, body: { kind: 'language', startedOn: '2016-05-02' } }),
        expect: { ...everyone(404), anonymous: 401, officer: 201, coa: 201 },
      },
    ],
    'PATCH /api/v1/integration/tracks/{trackId}': [
      {
        label: 'a track of a GM0344 household',
        request: async () => {
          const track = await created('POST /api/v1/integration/households/{id}/tracks', 'officer', {
            params: { id: (await household()).id },
            body: { kind: 'education', startedOn: '2016-05-02' },
          });
          return { params: { trackId: idOf(track) }, body: { endedOn: '2016-12-16' } };
        },
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],
    'GET /api/v1/integration/households/{id}/export': [
      {
        label: 'a GM0344 household',
        request: async () => ({ params: { id: (await household()).id } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200 },
      },
    ],
    'GET /api/v1/integration/municipalities/{code}/waiting-list': [
      { label: 'GM0344', request: () => ({ params: { code: 'GM0344' } }), expect: { ...everyone(404), anonymous: 401, officer: 200 } },
      { label: 'GM0307', request: () => ({ params: { code: 'GM0307' } }), expect: { ...everyone(404), anonymous: 401 } },
    ],
    'GET /api/v1/integration/municipalities/{code}/waiting-times': [
      { label: 'GM0344', request: () => ({ params: { code: 'GM0344' } }), expect: { ...everyone(404), anonymous: 401, officer: 200 } },
    ],
    'GET /api/v1/integration/provinces/{code}/waiting-times': [
      { label: 'PV26', request: () => ({ params: { code: 'PV26' } }), expect: coordinatorOnly(200) },
      { label: 'PV27', request: () => ({ params: { code: 'PV27' } }), expect: coordinatorOnly(403) },
    ],
    'GET /api/v1/integration/thresholds': [{ expect: { ...coordinatorOnly(200), officer: 200, coa: 200 } }],
    'PUT /api/v1/integration/thresholds/{indicator}': [
      { request: () => ({ params: { indicator: 'housing_to_language' }, body: { days: 70 } }), expect: coordinatorOnly(200) },
    ],

    // Offers (offer.policy.ts): partners enter and change their own offers; officials and partners
    // read them; the household's municipality refers and records uptake (404 for others, logged).
    'GET /api/v1/offers': [{ expect: { ...everyone(200), anonymous: 401, moderator: 403 } }],
    'POST /api/v1/offers': [{ request: () => ({ body: offerBody() }), expect: { ...everyone(403), anonymous: 401, partner: 201 } }],
    'GET /api/v1/offers/{id}': [
      { request: async () => ({ params: { id: await offerId() } }), expect: { ...everyone(200), anonymous: 401, moderator: 403 } },
    ],
    'PATCH /api/v1/offers/{id}': [
      { label: "the partner's own offer", request: async () => ({ params: { id: await offerId() }, body: { places: 5 } }), expect: { ...everyone(403), anonymous: 401, partner: 200 } },
    ],
    'GET /api/v1/integration/households/{id}/offer-matches': [
      {
        label: 'a GM0344 household in reception',
        request: async () => ({ params: { id: (await household()).id } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],
    'POST /api/v1/offers/{id}/referrals': [
      {
        label: 'a GM0344 household',
        request: async () => ({ params: { id: await offerId() }, body: { householdId: (await household()).id } }),
        expect: { ...everyone(404), anonymous: 401, officer: 201 },
      },
    ],
    'GET /api/v1/offers/referrals': [{ expect: { ...everyone(403), anonymous: 401, officer: 200, partner: 200 } }],
    'PATCH /api/v1/offers/referrals/{id}': [
      {
        label: 'a referral of a GM0344 household',
        request: async () => {
          const referral = await created('POST /api/v1/offers/{id}/referrals', 'officer', { params: { id: await offerId() }, body: { householdId: (await household()).id } });
          return { params: { id: idOf(referral) }, body: { status: 'accepted' } };
        },
        expect: { ...everyone(404), anonymous: 401, officer: 200 },
      },
    ],
    'GET /api/v1/offers/uptake': [{ expect: { ...everyone(403), anonymous: 401, coordinator: 200, officer: 200, partner: 200 } }],

    // Practices (practice.policy.ts): the library is for officials; officers publish for their
    // own municipality, coordinators for their province.
    'GET /api/v1/practices': [{ request: () => ({ query: '?q=%22eerste%20week%22%20or%20-taal' }), expect: { ...registerUsers(200) } }],
    'POST /api/v1/practices': [
      { label: 'GM0344', request: () => ({ body: practiceBody() }), expect: { ...coordinatorOnly(201), officer: 201 } },
    ],
    'GET /api/v1/practices/{id}': [
      {
        request: async () => ({ params: { id: idOf(await created('POST /api/v1/practices', 'coordinator', { body: practiceBody() })) } }),
        expect: registerUsers(200),
      },
    ],

    // Locations (location.policy.ts): the register is for coordinators, municipal officers and COA
    // officers, each seeing their own scope; a location outside it answers 404. The COA officer's
    // scope (azc-utrecht-1) is no registered location, so it sees none of the Utrecht locations.
    'GET /api/v1/locations': [{ request: () => ({ query: '?province=PV26' }), expect: registerUsers(200) }],
    'GET /api/v1/locations.geojson': [{ request: () => ({ query: '?province=PV26' }), expect: registerUsers(200) }],
    'GET /api/v1/locations.csv': [{ request: () => ({ query: '?province=PV26' }), expect: registerUsers(200) }],
    'GET /api/v1/locations/progress': [
      {
        request: () => ({ query: '?scope=province&code=PV26&from=2016-01-01&to=2016-12-31&interval=quarter' }),
        expect: registerUsers(200),
      },
    ],
    'POST /api/v1/locations': [
      {
        label: 'in Utrecht (GM0344)',
        request: () => ({ body: locationBody() }),
        expect: { ...registerUsers(201), coa: 403 },
      },
    ],
    'GET /api/v1/locations/{id}': [
      { label: 'in Utrecht', request: async () => ({ params: { id: await locationId() } }), expect: { ...registerUsers(200), coa: 404 } },
    ],
    'PATCH /api/v1/locations/{id}': [
      {
        label: 'in Utrecht',
        request: async () => ({ params: { id: await locationId() }, body: { capacity: 60 } }),
        expect: { ...registerUsers(200), coa: 404 },
      },
    ],
    'POST /api/v1/locations/{id}/steps': [
      {
        label: 'in Utrecht: idea → under assessment',
        request: async () => ({ params: { id: await locationId() }, body: { status: 'under_assessment', on: today() } }),
        expect: { ...registerUsers(200), coa: 404 },
      },
    ],
    // Locations import (issue 4, location-import.routes.ts): one Utrecht row, so the GM0344 officer
    // may import it too; the COA officer uses the register but registers nothing (403).
    'POST /api/v1/locations/import': [
      {
        label: 'one location in Utrecht (GM0344), CSV',
        request: () => ({
          raw: { contentType: 'text/csv', payload: `name,longitude,latitude,kind,building_type,capacity\nImport ${unique()},5.1214,52.0907,emergency,office,50\n` },
        }),
        expect: { ...registerUsers(201), coa: 403 },
      },
    ],
    'POST /api/v1/locations/{id}/occupancy': [
      {
        label: 'in Utrecht, preparing',
        request: async () => ({ params: { id: await locationId(preparingSteps) }, body: { countedOn: today(), persons: 10 } }),
        expect: { ...registerUsers(201), coa: 404 },
      },
    ],

    // Siting (siting.policy.ts): weighings for coordinators and municipal officers; a scenario of
    // the province is the coordinator's (404 for the officer), one of GM0344 also its officers'.
    'GET /api/v1/siting/criteria': [{ expect: weighers(200) }],
    'GET /api/v1/siting/scenarios': [{ expect: weighers(200) }],
    'POST /api/v1/siting/scenarios': [
      { label: 'PV26', request: () => ({ body: { name: `Weging ${unique()}`, provinceCode: 'PV26' } }), expect: coordinatorOnly(201) },
      { label: 'GM0344', request: () => ({ body: { name: `Weging ${unique()}`, municipalityCode: 'GM0344' } }), expect: weighers(201) },
    ],
    'GET /api/v1/siting/scenarios/{id}': [
      { label: 'PV26', request: async () => ({ params: { id: await scenarioId() } }), expect: provinceScenario(200) },
      { label: 'GM0344', request: async () => ({ params: { id: await scenarioId({ municipality: true }) } }), expect: weighers(200) },
    ],
    'PATCH /api/v1/siting/scenarios/{id}': [
      {
        label: 'PV26',
        request: async () => ({ params: { id: await scenarioId() }, body: { name: 'Hernoemd' } }),
        expect: provinceScenario(200),
      },
    ],
    'DELETE /api/v1/siting/scenarios/{id}': [
      { label: 'PV26', request: async () => ({ params: { id: await scenarioId() } }), expect: provinceScenario(204) },
    ],
    'PUT /api/v1/siting/scenarios/{id}/weights': [
      {
        label: 'PV26',
        request: async () => ({ params: { id: await scenarioId() }, body: { weights: { size: 3 } } }),
        expect: provinceScenario(200),
      },
    ],
    'PUT /api/v1/siting/scenarios/{id}/criteria': [
      {
        label: 'PV26',
        request: async () => ({ params: { id: await scenarioId() }, body: { criteria: [ownCriterion] } }),
        expect: provinceScenario(200),
      },
    ],
    'POST /api/v1/siting/scenarios/{id}/candidates': [
      {
        label: 'PV26, a Utrecht location',
        request: async () => ({ params: { id: await scenarioId() }, body: { locationId: await locationId() } }),
        expect: provinceScenario(201),
      },
    ],
    'DELETE /api/v1/siting/scenarios/{id}/candidates/{locationId}': [
      {
        label: 'PV26',
        request: async () => {
          const { id, candidates } = await scenarioWithCandidates(1);
          return { params: { id, locationId: candidates[0] ?? '' } };
        },
        expect: provinceScenario(200),
      },
    ],
    'PUT /api/v1/siting/scenarios/{id}/candidates/{locationId}/values/{criterionId}': [
      {
        label: 'PV26',
        request: async () => {
          const { id, candidates } = await scenarioWithCandidates(1);
          return { params: { id, locationId: candidates[0] ?? '', criterionId: 'size' }, body: { value: 50, source: 'Matrix' } };
        },
        expect: provinceScenario(200),
      },
    ],
    'DELETE /api/v1/siting/scenarios/{id}/candidates/{locationId}/values/{criterionId}': [
      {
        label: 'PV26, an entered value',
        request: async () => {
          const { id, candidates } = await scenarioWithCandidates(1);
          const params = { id, locationId: candidates[0] ?? '', criterionId: 'size' };
          await send('PUT /api/v1/siting/scenarios/{id}/candidates/{locationId}/values/{criterionId}', 'coordinator', {
            params,
            body: { value: 50, source: 'Matrix' },
          });
          return { params };
        },
        expect: provinceScenario(200),
      },
    ],
    'GET /api/v1/siting/scenarios/{id}/compare': [
      {
        label: 'PV26, two candidates',
        request: async () => {
          const { id, candidates } = await scenarioWithCandidates(2);
          return { params: { id }, query: `?candidates=${candidates.join(',')}` };
        },
        expect: provinceScenario(200),
      },
    ],
    'GET /api/v1/siting/scenarios/{id}/memo': [
      { label: 'PV26', request: async () => ({ params: { id: await scenarioId() } }), expect: provinceScenario(200) },
    ],
    // Across borders (issue 4, neighbour.routes.ts): read like the scenario itself.
    'GET /api/v1/siting/scenarios/{id}/neighbours': [
      { label: 'PV26, for Utrecht', request: async () => ({ params: { id: await scenarioId() }, query: '?municipality=GM0344' }), expect: provinceScenario(200) },
    ],
    // Values per candidate as a file (issue 4, value-import.routes.ts): like entering one value.
    'POST /api/v1/siting/scenarios/{id}/values/import': [
      {
        label: 'PV26, one value',
        request: async () => {
          const { id, candidates } = await scenarioWithCandidates(1);
          return { params: { id }, raw: { contentType: 'text/csv', payload: `location_id,criterion_id,value,source\n${candidates[0] ?? ''},size,50,Matrix\n` } };
        },
        expect: provinceScenario(201),
      },
    ],
    'GET /api/v1/siting/scenarios/{id}/values.csv': [
      { label: 'PV26', request: async () => ({ params: { id: await scenarioId() } }), expect: provinceScenario(200) },
    ],

    // Housing (housing.policy.ts): coordinators, municipal officers and COA officers read the
    // register; coordinators (their province) and officers (their municipality) add and edit; the
    // forecast follows the taakstelling's balance rule.
    'GET /api/v1/housing/buildings': [{ request: () => ({ query: '?province=PV26' }), expect: housingReaders(200) }],
    'GET /api/v1/housing/buildings.csv': [{ request: () => ({ query: '?province=PV26' }), expect: housingReaders(200) }],
    'GET /api/v1/housing/map.geojson': [{ request: () => ({ query: '?province=PV26' }), expect: housingReaders(200) }],
    'POST /api/v1/housing/buildings': [{ label: 'in Utrecht', request: () => ({ body: buildingBody() }), expect: housingEditors(201) }],
    'POST /api/v1/housing/buildings/import': [
      {
        label: 'one building in Utrecht',
        request: () => ({
          query: '?format=csv',
          raw: { contentType: 'text/csv', payload: `address,longitude,latitude,former_use,floor_area_m2\nMatrixschool ${unique()},5.1214,52.0907,school,900\n` },
        }),
        expect: housingEditors(200),
      },
    ],
    'GET /api/v1/housing/buildings/{id}': [{ label: 'in Utrecht', request: async () => ({ params: { id: await buildingId() } }), expect: housingReaders(200) }],
    'POST /api/v1/housing/buildings/{id}/project': [
      { label: 'in Utrecht', request: async () => ({ params: { id: await buildingId() }, body: projectBody() }), expect: housingEditors(201) },
    ],
    'GET /api/v1/housing/projects': [{ request: () => ({ query: '?province=PV26' }), expect: housingReaders(200) }],
    'GET /api/v1/housing/projects.csv': [{ request: () => ({ query: '?province=PV26' }), expect: housingReaders(200) }],
    'POST /api/v1/housing/projects': [
      { label: 'in Utrecht', request: () => ({ body: { ...projectBody(), name: `Matrixproject ${unique()}`, kind: 'new_build', municipalityCode: 'GM0344' } }), expect: housingEditors(201) },
    ],
    'GET /api/v1/housing/projects/{id}': [{ label: 'in Utrecht', request: async () => ({ params: { id: await projectId() } }), expect: housingReaders(200) }],
    'PUT /api/v1/housing/projects/{id}': [
      {
        label: 'in Utrecht',
        request: async () => ({ params: { id: await projectId() }, body: { ...projectBody(), name: 'Vervangen', kind: 'new_build', municipalityCode: 'GM0344' } }),
        expect: housingEditors(200),
      },
    ],
    'POST /api/v1/housing/projects/{id}/delay': [
      { label: 'in Utrecht', request: async () => ({ params: { id: await projectId() }, body: { phase: 'permit', months: 3 } }), expect: housingEditors(200) },
    ],
    'DELETE /api/v1/housing/projects/{id}': [{ label: 'in Utrecht', request: async () => ({ params: { id: await projectId() } }), expect: housingEditors(204) }],
    'GET /api/v1/housing/forecast': [{ request: () => ({ query: '?province=PV26' }), expect: balanceReaders }],
    'GET /api/v1/housing/forecast.csv': [{ request: () => ({ query: '?province=PV26' }), expect: balanceReaders }],
    'GET /api/v1/housing/forecast.xlsx': [{ request: () => ({ query: '?province=PV26' }), expect: balanceReaders }],
    'GET /api/v1/housing/mixed-groups': [{ request: () => ({ query: '?province=PV26' }), expect: housingReaders(200) }],
    'GET /api/v1/housing/rent-limits': [{ expect: housingReaders(200) }],
    'PUT /api/v1/housing/rent-limits': [
      { label: '2023, with a source', request: () => ({ body: { year: 2023, liberalisationLimitEur: 808.06, sourceUrl: 'https://example.test/matrix' } }), expect: coordinatorOnly(200) },
    ],
    'GET /api/v1/housing/brokering': [{ request: () => ({ query: '?province=PV26&period=2025-I&asOf=2025-02-01' }), expect: coordinatorOnly(200) }],
    'POST /api/v1/housing/agreements': [
      {
        label: 'more than the surplus',
        request: () => ({ body: { period: '2025-I', houses: 'GM0307', for: 'GM0344', persons: 100000, agreedOn: '2025-02-01', reference: 'Matrix', asOf: '2025-02-01' } }),
        expect: coordinatorOnly(400),
      },
    ],

    // Facility layers: shared reference data; coordinators and officers read, coordinators manage.
    'GET /api/v1/siting/facility-layers': [{ expect: weighers(200) }],
    'POST /api/v1/siting/facility-layers': [{ request: () => layerUpload(), expect: coordinatorOnly(201) }],
    'POST /api/v1/siting/facility-layers/shipped': [{ expect: coordinatorOnly(201) }],
    'GET /api/v1/siting/facility-layers/{id}/features.geojson': [
      { request: async () => ({ params: { id: await layerId() } }), expect: weighers(200) },
    ],
    'GET /api/v1/siting/facility-layers/{id}/features.csv': [
      { request: async () => ({ params: { id: await layerId() } }), expect: weighers(200) },
    ],
    'DELETE /api/v1/siting/facility-layers/{id}': [
      { request: async () => ({ params: { id: await layerId() } }), expect: coordinatorOnly(204) },
    ],

    // Participation (participation.policy.ts): public pages and reactions for everyone; the queue
    // and overview for moderators, coordinators and officers; answers, statuses, announcements and
    // page settings for the officials of the location (a moderator may see, not answer: 403; a
    // page is not the moderator's to manage: 404).
    'GET /api/v1/public/locations': [{ expect: everyone('public') }],
    'GET /api/v1/public/locations/{id}': [{ request: async () => ({ params: { id: await publicLocationId() } }), expect: everyone('public') }],
    'POST /api/v1/public/locations/{id}/reactions': [
      {
        request: async () => ({ params: { id: await publicLocationId() }, body: { kind: 'idea', text: 'Een idee voor de matrix' } }),
        expect: everyone('public'),
      },
    ],
    'GET /api/v1/participation/queue': [{ expect: { ...coordinatorOnly(200), officer: 200, moderator: 200 } }],
    'GET /api/v1/participation/overview': [{ expect: { ...coordinatorOnly(200), officer: 200, moderator: 200 } }],
    'POST /api/v1/participation/reactions/{id}/moderation': [
      {
        request: async () => ({ params: { id: await reactionId() }, body: { decision: 'publish' } }),
        expect: { ...coordinatorOnly(200), officer: 200, moderator: 200 },
      },
    ],
    'POST /api/v1/participation/reactions/{id}/answer': [
      {
        request: async () => ({ params: { id: await reactionId() }, body: { answer: 'Een antwoord.' } }),
        expect: { ...coordinatorOnly(200), officer: 200 },
      },
    ],
    'POST /api/v1/participation/reactions/{id}/status': [
      {
        request: async () => ({ params: { id: await reactionId() }, body: { status: 'forwarded', note: 'Naar COA' } }),
        expect: { ...coordinatorOnly(200), officer: 200 },
      },
    ],
    'POST /api/v1/participation/locations/{id}/announcements': [
      {
        request: async () => ({ params: { id: await publicLocationId() }, body: { title: 'Nieuws', body: 'Er is nieuws.' } }),
        expect: { ...coordinatorOnly(201), officer: 201, moderator: 404 },
      },
    ],
    'PUT /api/v1/participation/locations/{id}/settings': [
      {
        request: async () => ({ params: { id: await publicLocationId() }, body: { moderation: 'after' } }),
        expect: { ...coordinatorOnly(200), officer: 200, moderator: 404 },
      },
    ],

    // Subscriptions (subscriptions/): public; the mail with its link is the proof. Confirming an
    // unknown code is 404 for everyone; unsubscribing answers the same for every code.
    'POST /api/v1/public/locations/{id}/subscriptions': [
      { request: async () => ({ params: { id: await publicLocationId() }, body: { email: `volger-${unique()}@example.test` } }), expect: everyone(202) },
    ],
    'POST /api/v1/public/subscriptions/confirm': [{ request: () => ({ body: { token: 'A'.repeat(43) } }), expect: everyone(404) }],
    'POST /api/v1/public/subscriptions/unsubscribe': [{ request: () => ({ body: { token: 'A'.repeat(43) } }), expect: everyone(200) }],
    'GET /api/v1/public/locations/{id}/feed.atom': [{ request: async () => ({ params: { id: await publicLocationId() } }), expect: everyone('public') }],

    // Activities (activity.policy.ts): the board and posting are public; moderators, coordinators
    // (their provinces) and municipal officers (their municipalities) moderate.
    'GET /api/v1/public/activities': [{ expect: everyone('public') }],
    'POST /api/v1/public/activities': [{ request: () => ({ body: activityBody() }), expect: everyone(202) }],
    'GET /api/v1/activities/queue': [{ expect: { ...coordinatorOnly(200), officer: 200, moderator: 200 } }],
    'POST /api/v1/activities/{id}/moderation': [
      {
        request: async () => ({ params: { id: await pendingActivityId() }, body: { decision: 'publish' } }),
        expect: { ...coordinatorOnly(200), officer: 200, moderator: 200 },
      },
    ],

    // Session and first run: public, each protected by its own secret.
    'POST /api/v1/session': [
      { request: () => ({ body: { email: resetTarget.email, password: resetTarget.password } }), expect: everyone(200) },
      { label: 'wrong password', request: () => ({ body: { email: resetTarget.email, password: 'wrong!' } }), expect: everyone(401) },
    ],
    'GET /api/v1/session': [{ expect: signedIn(200) }],
    'DELETE /api/v1/session': [{ request: () => ({ freshSession: true }), expect: everyone(204) }],
    'POST /api/v1/password': [
      {
        request: async () => {
          const target = await throwawayPerson();
          const { token } = await resetPassword({ database, caller: 'cli:user', personId: target.id });
          return { body: { token, newPassword: 'een nieuw wachtwoord' } };
        },
        expect: everyone(204),
      },
    ],
    'GET /api/v1/setup': [{ expect: everyone(200) }],
    'POST /api/v1/setup': [
      {
        label: 'already set up',
        request: () => ({
          body: {
            setupToken: 'x',
            email: `s-${unique()}@example.test`,
            displayName: 'S',
            password: 'lang genoeg wachtwoord',
            provinceCode: 'PV26',
          },
        }),
        expect: everyone(409),
      },
    ],

    // API tokens: one's own, from a browser session.
    'POST /api/v1/tokens': [{ request: () => ({ body: { name: 'matrix' } }), expect: signedIn(201) }],
    'GET /api/v1/tokens': [{ expect: signedIn(200) }],
    'DELETE /api/v1/tokens/{id}': [
      {
        request: async (caller) => {
          if (caller === 'anonymous') {
            return { params: { id: crypto.randomUUID() } };
          }
          const created = await send('POST /api/v1/tokens', caller, { body: { name: 'to revoke' } });
          return { params: { id: created.json().id } };
        },
        expect: signedIn(204),
      },
    ],

    // Accounts administration: coordinators manage; everyone signed in sees their own.
    'GET /api/v1/organisations': [{ expect: signedIn(200) }],
    'POST /api/v1/organisations': [
      { request: () => ({ body: { kind: 'partner', name: `Partner ${unique()}` } }), expect: coordinatorOnly(201) },
    ],
    'GET /api/v1/people': [{ expect: signedIn(200) }],
    'POST /api/v1/people': [
      {
        request: () => ({
          body: {
            organisationId: partnerOrganisation.id,
            displayName: 'Nieuwe partner',
            email: `nieuw-${unique()}@example.test`,
            roles: [{ role: 'partner', scopes: [] }],
          },
        }),
        expect: coordinatorOnly(201),
      },
    ],
    'POST /api/v1/people/{id}/deactivate': [
      { request: async () => ({ params: { id: (await throwawayPerson()).id } }), expect: coordinatorOnly(200) },
    ],
    'POST /api/v1/people/{id}/reset-password': [
      { request: () => ({ params: { id: resetTarget.id } }), expect: coordinatorOnly(200) },
    ],

    // Labour market (labour-market.policy.ts): figures about regions, read by everyone signed in;
    // imported by province coordinators (dry runs here, so the matrix writes nothing).
    'GET /api/v1/labour-market': [{ expect: signedIn(200) }],
    'POST /api/v1/labour-market/regions/import': [
      {
        request: () => ({
          query: '?dryRun=true&example=true&source=Matrixtest',
          raw: { contentType: 'text/csv', payload: 'gemeentecode,arbeidsmarktregio,naam_arbeidsmarktregio\nGM0344,VB-T,Voorbeeld\n' },
        }),
        expect: coordinatorOnly(200),
      },
    ],
    'POST /api/v1/labour-market/shortages/import': [
      {
        request: () => ({
          query: '?dryRun=true&example=true&source=Matrixtest',
          raw: { contentType: 'text/csv', payload: 'arbeidsmarktregio,isco_hoofdgroep,krapte,peildatum\nVB-T,2,0.5,2026-01-01\n' },
        }),
        expect: { ...coordinatorOnly('allowed') },
      },
    ],

    // Placement proposals (proposal.policy.ts): only the coordinators of the proposal's province;
    // anyone else signed in gets 404 for one proposal, as if it did not exist.
    'GET /api/v1/matching/proposals': [{ expect: coordinatorOnly(200) }],
    'POST /api/v1/matching/proposals': [{ request: () => ({ body: { provinceCode: 'PV26', period: '2024-I' } }), expect: coordinatorOnly(201) }],
    'GET /api/v1/matching/proposals/{id}': [{ request: async () => ({ params: { id: await proposalId() } }), expect: provinceProposal(200) }],
    'POST /api/v1/matching/proposals/{id}/run': [{ request: async () => ({ params: { id: await proposalId() } }), expect: provinceProposal(200) }],
    'PUT /api/v1/matching/proposals/{id}/pairs': [
      {
        label: 'a household not in the proposal',
        request: async () => ({ params: { id: await proposalId() }, body: { householdId: crypto.randomUUID(), municipalityCode: 'GM0344', kind: 'forbid' } }),
        expect: provinceProposal(400),
      },
    ],
    'DELETE /api/v1/matching/proposals/{id}/pairs/{householdId}/{municipalityCode}': [
      {
        label: 'no such pair',
        request: async () => ({ params: { id: await proposalId(), householdId: crypto.randomUUID(), municipalityCode: 'GM0344' } }),
        expect: provinceProposal(404),
      },
    ],
    'POST /api/v1/matching/proposals/{id}/accept': [{ request: async () => ({ params: { id: await proposalId() } }), expect: provinceProposal(200) }],
    // Imported score matrices: as the proposal. No PV26 household is ready to place here, so a
    // header-only matrix is complete.
    'PUT /api/v1/matching/proposals/{id}/scores': [
      {
        label: 'a dry run',
        request: async () => ({ params: { id: await proposalId() }, query: '?source=Matrixtest&dryRun=true', raw: { contentType: 'text/csv', payload: scoreMatrixHeader } }),
        expect: provinceProposal(200),
      },
    ],
    'DELETE /api/v1/matching/proposals/{id}/scores': [
      {
        label: 'an imported matrix',
        request: async () => {
          const id = await proposalId();
          await created('PUT /api/v1/matching/proposals/{id}/scores', 'coordinator', { params: { id }, query: '?source=Matrixtest', raw: { contentType: 'text/csv', payload: scoreMatrixHeader } });
          return { params: { id } };
        },
        expect: provinceProposal(204),
      },
    ],
    // Score inputs: a household's match profile as for the household itself (household.policy.ts);
    // a municipality's care and homes by its officers and its province's coordinators.
    'PUT /api/v1/matching/households/{id}/profile': [
      {
        label: 'a GM0344 household',
        request: async () => ({ params: { id: (await household()).id }, body: { iscoMajorGroup: 2, tieMunicipalityCode: 'GM0307', careNeed: false } }),
        expect: { ...everyone(404), anonymous: 401, officer: 200, coa: 200 },
      },
    ],
    'PUT /api/v1/matching/municipalities/{code}/inputs': [
      {
        label: 'GM0344',
        request: () => ({ params: { code: 'GM0344' }, body: { careAvailable: true, homesSmall: 4, homesMedium: 2, homesLarge: null } }),
        expect: { ...coordinatorOnly(200), officer: 200 },
      },
    ],

    // Audit trail: province coordinators only.
    'GET /api/v1/audit': [{ request: () => ({ query: '?limit=5' }), expect: coordinatorOnly(200) }],
  };

  async function send(route: string, caller: Caller, request: Request) {
    const [method = 'GET', template = ''] = route.split(' ');
    const url =
      template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.params?.[name] ?? 'missing')) +
      (request.query ?? '');
    let session: SignedIn | undefined;
    if (caller !== 'anonymous') {
      session = request.freshSession ? await signIn(app, people[caller].email, people[caller].password) : sessions[caller];
    }
    const headers: Record<string, string> = session ? { ...session.headers } : {};
    if (request.raw) {
      headers['content-type'] = request.raw.contentType;
      return app.inject({ method: method as 'GET', url, headers, payload: request.raw.payload });
    }
    return app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(request.body === undefined ? {} : { payload: request.body }),
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database });
    partnerOrganisation = await buildOrganisation({ database, kind: 'partner', name: 'Vluchtelingenwerk Utrecht' });
    people.coordinator = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
    people.officer = await buildPerson({ database, roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }] });
    people.coa = await buildPerson({ database, roles: [{ role: 'coa_officer', scopes: ['azc-utrecht-1'] }] });
    people.partner = await buildPerson({
      database,
      roles: [{ role: 'partner', scopes: [] }],
      organisation: partnerOrganisation,
    });
    people.moderator = await buildPerson({ database, roles: [{ role: 'moderator', scopes: [] }] });
    resetTarget = await throwawayPerson();
    for (const caller of callers) {
      if (caller !== 'anonymous') {
        sessions[caller] = await signIn(app, people[caller].email, people[caller].password);
      }
    }
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('has a row for every operation of the OpenAPI document, and no stale rows', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(20);
    const missing = operations.filter((operation) => !(operation in matrix));
    expect(missing, 'endpoints without a row in the role matrix: decide their access').toEqual([]);
    const stale = Object.keys(matrix).filter((route) => !operations.includes(route));
    expect(stale, 'rows for endpoints that no longer exist').toEqual([]);
  });

  it('gives every caller the expected status on every endpoint', async () => {
    const mismatches: string[] = [];
    for (const [route, cases] of Object.entries(matrix)) {
      for (const testCase of cases) {
        const answers = new Map<Caller, number>();
        for (const caller of callers) {
          const request = (await testCase.request?.(caller)) ?? {};
          const response = await send(route, caller, request);
          answers.set(caller, response.statusCode);
          const expected = testCase.expect[caller];
          const label = `${route}${testCase.label ? ` [${testCase.label}]` : ''} as ${caller}`;
          if (response.statusCode >= 400 && !String(response.headers['content-type']).startsWith('application/problem+json')) {
            mismatches.push(`${label}: ${response.statusCode} without a problem document`);
          }
          if (expected === 'public' || expected === 'allowed') {
            if (response.statusCode >= 500 || response.statusCode === 401 || response.statusCode === 403) {
              mismatches.push(`${label}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`);
            }
          } else if (response.statusCode !== expected) {
            mismatches.push(`${label}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`);
          }
        }
        if (Object.values(testCase.expect).every((expected) => expected === 'public') && new Set(answers.values()).size > 1) {
          mismatches.push(`${route}: a public read answers differently per caller (${[...answers].join(', ')})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every module adds rows (each signs in six callers' requests): the default 60 s is too short
    // on a busy CI machine.
  }, 600_000);

  it('logged 0 unauthorised reads of a household: only officers and COA were shown one, partners only referrals', async () => {
    const shown = await database.query<{ actor: string; purpose: string }>(
      "SELECT DISTINCT actor, purpose FROM household_reads WHERE outcome = 'shown' ORDER BY actor, purpose",
    );
    const allowed = (row: { actor: string; purpose: string }) =>
      row.actor === `person:${people.officer.id}` || row.actor === `person:${people.coa.id}` || (row.actor === `person:${people.partner.id}` && row.purpose === 'referrals');
    expect(shown.filter((row) => !allowed(row))).toEqual([]);
    // The matrix did read households: the check above is not empty by accident.
    expect(shown.some((row) => row.actor === `person:${people.officer.id}`)).toBe(true);
    const hidden = await database.query<{ actor: string }>("SELECT DISTINCT actor FROM household_reads WHERE outcome = 'hidden'");
    expect(hidden.map((row) => row.actor)).toEqual(expect.arrayContaining([`person:${people.coordinator.id}`, `person:${people.partner.id}`, `person:${people.moderator.id}`]));
  });
});
