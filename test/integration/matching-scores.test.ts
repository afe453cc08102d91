// SPDX-License-Identifier: EUPL-1.2
/**
 * Placement proposals with scores from an external model and capacities from available homes:
 * a score matrix (CSV or JSON) imported for a proposal is checked against its households and
 * municipalities (problem+json naming file, line and field; nothing stored on any error), stored
 * in one audited transaction, used by the next run instead of the formula with its source named,
 * and removable; entered homes limit a municipality's capacity, and the result says which limit
 * binds. All households here are synthetic test data made through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import type { ProposalView } from '../../src/modules/matching/proposal.schema.ts';
import { buildTestApp } from '../app.ts';
import type { TestDatabase } from '../db.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type Result = NonNullable<ProposalView['result']>;
type Problem = { field?: string; errors?: { file: string; line?: number; field: string; message: string }[] };

describe('[MATCHING] imported scores and capacity from homes', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.coordinator('PV26');
  const households: { id: string; pseudonym: string }[] = [];
  let proposal: ProposalView;

  const household = async (adults: number, tie: string): Promise<{ id: string; pseudonym: string }> => {
    caller = principals.coa();
    const response = await app.inject({ method: 'POST', url: '/api/v1/households', payload: { adults, minors: 0, readyForHousingDate: '2024-02-01' } });
    expect(response.statusCode).toBe(201);
    const body = response.json() as { id: string; pseudonym: string };
    await app.inject({ method: 'PUT', url: `/api/v1/matching/households/${body.id}/profile`, payload: { tieMunicipalityCode: tie, iscoMajorGroup: null, careNeed: false } });
    return { id: body.id, pseudonym: body.pseudonym };
  };
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1/matching/proposals${url}`, ...(payload ? { payload } : {}) });
  const importCsv = (id: string, csv: string, query = '?source=Voorspelmodel%20test%20(synthetisch)') =>
    app.inject({ method: 'PUT', url: `/api/v1/matching/proposals/${id}/scores${query}`, headers: { 'content-type': 'text/csv' }, payload: csv });

  beforeAll(async () => {
    database = await createShippedDatabase();
    app = await buildTestApp({ database, asPrincipal: () => caller });
    households.push(await household(2, 'GM0344'), await household(1, 'GM0307'));
    caller = principals.coordinator('PV26');
    const created = await call('POST', '', { provinceCode: 'PV26', period: '2024-I' });
    expect(created.statusCode, created.body).toBe(201);
    proposal = created.json() as ProposalView;
  }, setupTimeout);
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  /** A complete matrix: `best` scores 0.9 for each household, everything else 0.1, `forbid` left empty. */
  const matrix = (best: Record<string, string>, forbid: Record<string, string> = {}): string => {
    const codes = (proposal.result as Result).municipalities.map((m) => m.code);
    const lines = ['huishouden,gemeentecode,score'];
    for (const h of (proposal.result as Result).households) {
      for (const code of codes) {
        lines.push(`${h.pseudonym},${code},${forbid[h.pseudonym] === code ? '' : best[h.pseudonym] === code ? '0.9' : '0.1'}`);
      }
    }
    return `${lines.join('\n')}\n`;
  };

  it('refuses bad matrices with file, line and field, and stores nothing', async () => {
    caller = principals.coordinator('PV26');
    const [first] = households;
    const cases: [string, number, string, RegExp][] = [
      [`huishouden,gemeentecode,score\n${first?.pseudonym},GM0344,NaN\n`, 2, 'score', /NaN/],
      [`huishouden,gemeentecode,score\n${first?.pseudonym},GM0344,1.2\n`, 2, 'score', /1\.2 is not a score/],
      [`huishouden,gemeentecode,score\nHH-ONBEKEND,GM0344,0.5\n`, 2, 'huishouden', /not a household of this proposal/],
      [`huishouden,gemeentecode,score\n${first?.pseudonym},GM0363,0.5\n`, 2, 'gemeentecode', /GM0363/],
      [`huishouden,gemeentecode,score\n${first?.pseudonym},GM0344,0.5\n${first?.pseudonym},GM0344,0.6\n`, 3, 'huishouden', /listed twice \(also at line 2\)/],
    ];
    for (const [csv, line, field, message] of cases) {
      const response = await importCsv(proposal.id, csv);
      expect(response.statusCode, csv).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json() as Problem;
      expect(problem.field).toBe(field);
      expect(problem.errors?.[0]).toMatchObject({ file: 'upload.csv', line, field });
      expect(problem.errors?.[0]?.message).toMatch(message);
    }
    const json = await app.inject({
      method: 'PUT',
      url: `/api/v1/matching/proposals/${proposal.id}/scores?source=Model`,
      payload: { scores: [{ household: first?.pseudonym, municipality: 'GM0344', score: 'hoog' }] },
    });
    expect(json.statusCode).toBe(422);
    expect((json.json() as Problem).field).toBe('scores[0].score');
    const noSource = await importCsv(proposal.id, matrix({}), '?source=');
    expect(noSource.statusCode).toBe(400);
    expect((noSource.json() as Problem).field).toContain('source');
    const stored = await database.query<{ n: number }>('select count(*)::int as n from match_score_matrices');
    expect(stored[0]?.n).toBe(0);
    expect(((await call('GET', `/${proposal.id}`)).json() as ProposalView).scoreMatrix).toBeNull();
  });

  it('imports a matrix (dry run first), audited; the next run uses it and names its source', async () => {
    caller = principals.coordinator('PV26');
    const [tied, other] = households as [{ pseudonym: string; id: string }, { pseudonym: string; id: string }];
    // Against the ties: the model sends the GM0344 household to GM0307 and the other way round.
    const csv = matrix({ [tied.pseudonym]: 'GM0307', [other.pseudonym]: 'GM0344' }, { [tied.pseudonym]: 'GM0344' });
    const dry = await importCsv(proposal.id, csv, '?source=Voorspelmodel%20test%20(synthetisch)&dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, forbidden: 1 });
    expect(((await call('GET', `/${proposal.id}`)).json() as ProposalView).scoreMatrix).toBeNull();
    const imported = await importCsv(proposal.id, csv);
    expect(imported.statusCode, imported.body).toBe(200);
    const count = (proposal.result as Result).households.length * (proposal.result as Result).municipalities.length;
    expect(imported.json()).toMatchObject({ dryRun: false, pairs: count, forbidden: 1, source: 'Voorspelmodel test (synthetisch)' });
    const view = (await call('GET', `/${proposal.id}`)).json() as ProposalView;
    expect(view).toMatchObject({ stale: true, scoreMatrix: { source: 'Voorspelmodel test (synthetisch)', file: 'upload.csv', pairs: count } });
    const trail = await database.query<{ actor: string; changes: Record<string, unknown> }>(
      `select actor, changes from audit_log where table_name = 'match_score_matrices' and record_id = $1`,
      [proposal.id],
    );
    expect(trail[0]?.actor).toBe(`person:${principals.coordinator('PV26').personId}`);
    expect(trail[0]?.changes).toMatchObject({ source: { after: 'Voorspelmodel test (synthetisch)' }, scores: { redacted: true } });

    const rerun = (await call('POST', `/${proposal.id}/run`)).json() as ProposalView;
    const result = rerun.result as Result;
    expect(result.scoreSource).toMatchObject({ kind: 'imported', source: 'Voorspelmodel test (synthetisch)' });
    expect(result.households.find((h) => h.id === tied.id)).toMatchObject({ municipality: 'GM0307', score: 0.9, terms: [] });
    expect(result.households.find((h) => h.id === other.id)).toMatchObject({ municipality: 'GM0344', score: 0.9 });
    expect(result.households.find((h) => h.id === tied.id)?.alternatives.map((a) => a.municipality)).not.toContain('GM0344');
  });

  it('removes the matrix: the next run uses the formula again', async () => {
    caller = principals.coordinator('PV26');
    expect((await call('DELETE', `/${proposal.id}/scores`)).statusCode).toBe(204);
    expect((await call('DELETE', `/${proposal.id}/scores`)).statusCode).toBe(404);
    const result = ((await call('POST', `/${proposal.id}/run`)).json() as ProposalView).result as Result;
    expect(result.scoreSource.kind).toBe('formula');
    expect(result.households.find((h) => h.id === households[0]?.id)?.municipality).toBe('GM0344');
  });

  it('limits capacity to the available homes in persons, and says which limit binds', async () => {
    caller = principals.coordinator('PV26');
    const inputs = await app.inject({ method: 'PUT', url: '/api/v1/matching/municipalities/GM0344/inputs', payload: { careAvailable: null, homesSmall: 1, homesMedium: 0, homesLarge: 0 } });
    expect(inputs.statusCode).toBe(200);
    const result = ((await call('POST', `/${proposal.id}/run`)).json() as ProposalView).result as Result;
    const utrecht = result.municipalities.find((m) => m.code === 'GM0344');
    expect(utrecht?.capacityBasis.homesPersons).toBe(2);
    // Utrecht's remaining task of 2024-I is hundreds of persons: the 2 persons of homes bind.
    expect(utrecht?.capacityBasis.remainingTask).toBeGreaterThan(2);
    expect(utrecht).toMatchObject({ capacity: 2, capacityBasis: { limit: 'homes' } });
    expect(utrecht?.capacityBasis.how).toContain('2 × 1 + 4 × 0 + 5 × 0 = 2');
    expect(result.municipalities.find((m) => m.code === 'GM0307')?.capacityBasis).toMatchObject({ homesPersons: null, limit: 'task' });
    expect(utrecht?.placedPersons).toBeLessThanOrEqual(2);
  });

  it('keeps the matrix of an accepted plan fixed, and hides it from other callers', async () => {
    caller = principals.officer('GM0344');
    expect((await importCsv(proposal.id, 'huishouden,gemeentecode,score\n')).statusCode).toBe(404);
    caller = principals.coordinator('PV26');
    expect((await call('POST', `/${proposal.id}/accept`)).statusCode).toBe(200);
    expect((await importCsv(proposal.id, matrix({}))).statusCode).toBe(409);
    expect((await call('DELETE', `/${proposal.id}/scores`)).statusCode).toBe(409);
  });
});
