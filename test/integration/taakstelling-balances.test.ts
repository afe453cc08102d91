// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import type { TestDatabase } from '../db.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type Row = {
  code: string;
  task: number | null;
  carriedIn: number | null;
  backlog: number | null;
  lead: number | null;
  transfers: number | null;
  corrected: number | null;
  realised: number;
  percentage: number | null;
  onTrack: number | null;
  forecast: number | null;
  closing: number | null;
  how: Record<string, string> | null;
};
type PeriodBody = { status: string; message: string | null; chainStart: string | null; rows: Row[]; totals: { realised: number } };

/**
 * Oudewater (GM0589), with the tasks the shipped data gives it: 2023-I 12, 2023-II 10, 2024-I 11
 * (asserted below from the formulas). Worked out by hand:
 *   2023-I : task 12 + backlog 0            = corrected 12; realised  9 → closing  3 (backlog)
 *   2023-II: task 10 + backlog 3            = corrected 13; realised 15 → closing −2 (lead)
 *   2024-I : task 11 − lead 2 − transfer 3  = corrected  6; realised  4 → closing  2 (backlog)
 *   2024-II has no national task with a source, so 2025-I opens a new chain at 0.
 * On 2024-04-15, 3.49 of the 6 months of 2024-I have passed: on track 6 × 3.49 / 6 = 3.5,
 * forecast 4 / 3.49 × 6 = 7.
 */
const realisations = [
  'bronreferentie,gemeentecode,datum_huisvesting,personen',
  'OW-1,GM0589,2023-02-01,4',
  'OW-2,GM0589,2023-05-20,5',
  'OW-3,GM0589,2023-08-01,7',
  'OW-4,GM0589,2023-11-30,8',
  'OW-5,GM0589,2024-03-01,4',
].join('\n');

describe('[TAAKSTELLING] balances, transfers, exports and supervision', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = anonymous;

  beforeAll(async () => {
    database = await createShippedDatabase();
    app = await buildTestApp({ database, asPrincipal: () => caller });
    caller = principals.coordinator('PV26');
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/taakstelling/realisations/import',
      headers: { 'content-type': 'text/csv' },
      payload: realisations,
    });
    expect(imported.json()).toMatchObject({ inserted: 5 });
  }, setupTimeout);
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });
  const oudewater = async (period: string): Promise<Row> => {
    caller = principals.coordinator('PV26');
    const body = (await get(`/api/v1/taakstelling/${period}/balances?province=PV26&asOf=2024-04-15`)).json() as PeriodBody;
    return body.rows.find((row) => row.code === 'GM0589') as Row;
  };

  it('records a transfer (coordinators of both provinces only)', async () => {
    const transfer = { period: '2024-I', from: 'GM0589', to: 'GM0331', persons: 3, agreedOn: '2024-02-15', reference: 'Regionale afspraak 2024-07' };
    caller = principals.officer('GM0589');
    expect((await app.inject({ method: 'POST', url: '/api/v1/taakstelling/transfers', payload: transfer })).statusCode).toBe(403);
    caller = principals.coordinator('PV27');
    expect((await app.inject({ method: 'POST', url: '/api/v1/taakstelling/transfers', payload: transfer })).statusCode).toBe(403);
    caller = principals.coordinator('PV26');
    const merged = await app.inject({ method: 'POST', url: '/api/v1/taakstelling/transfers', payload: { ...transfer, to: 'GM0620' } });
    expect(merged.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.to' });
    const created = await app.inject({ method: 'POST', url: '/api/v1/taakstelling/transfers', payload: transfer });
    expect(created.statusCode).toBe(201);
  });

  it('carries a backlog and then a lead over three periods (numbers worked out by hand)', async () => {
    const first = await oudewater('2023-I');
    expect(first.how?.task).toBe('task = 21,200 × 10,232 / 17,811,291 = 12.18 → 12');
    expect(first).toMatchObject({ task: 12, carriedIn: 0, corrected: 12, realised: 9, closing: 3, percentage: 75 });
    const second = await oudewater('2023-II');
    expect(second.task).toBe(10);
    expect(second).toMatchObject({ carriedIn: 3, backlog: 3, lead: 0, corrected: 13, realised: 15, closing: -2 });
    expect(second.how?.corrected).toBe('corrected = task 10 + backlog 3 − lead 0 + transfers 0 = 13');
    expect(second.how?.carriedIn).toBe('backlog 3 = closing 2023-I: corrected 12 − realised 9 = 3');
    const third = await oudewater('2024-I');
    expect(third.how?.task).toBe('task = 18,750 × 10,223 / 17,942,942 = 10.68 → 11 (largest remainder)');
    expect(third).toMatchObject({ task: 11, carriedIn: -2, backlog: 0, lead: 2, transfers: -3, corrected: 6, realised: 4, closing: 2 });
    expect(third.how?.corrected).toBe('corrected = task 11 + backlog 0 − lead 2 − transfers 3 = 6');
    expect(third.how?.transfers).toBe('transfers = − 3 housed by GM0331 (Regionale afspraak 2024-07, agreed 2024-02-15) = −3');
    expect(third).toMatchObject({ onTrack: 3.5, forecast: 7, percentage: 66.7 });
  });

  it('opens a new chain at 0 after a period without a national task', async () => {
    caller = principals.officer('GM0589');
    const body = (await get('/api/v1/taakstelling/municipalities/GM0589/balances?asOf=2024-04-15')).json() as {
      periods: { period: string; status: string; chainStart: string | null; row: Row | null }[];
    };
    const byPeriod = new Map(body.periods.map((p) => [p.period, p]));
    expect(byPeriod.get('2024-II')).toMatchObject({ status: 'no_national_task', row: { corrected: null, closing: null } });
    expect(byPeriod.get('2025-I')).toMatchObject({ chainStart: '2025-I', row: { carriedIn: 0 } });
    expect(byPeriod.get('2025-I')?.row?.how?.carriedIn).toContain('2024-II: No national task with a source is known for 2024-II.');
    expect(byPeriod.get('2022-I')).toMatchObject({ status: 'no_distribution', row: { task: null, corrected: null } });
  });

  it('says so for a period without a distribution instead of inventing numbers', async () => {
    caller = principals.coa();
    const body = (await get('/api/v1/taakstelling/2022-I/balances?province=PV26')).json() as PeriodBody;
    expect(body.status).toBe('no_distribution');
    expect(body.message).toContain('No CBS population figure');
    expect(body.rows).toHaveLength(26);
    expect(body.rows.every((row) => row.task === null && row.corrected === null && row.how === null)).toBe(true);
  });

  it('shows each caller only the balances they may read', async () => {
    const url = '/api/v1/taakstelling/2024-I/balances?province=PV26';
    caller = principals.officer('GM0589');
    expect(((await get(url)).json() as PeriodBody).rows.map((row) => row.code)).toEqual(['GM0589']);
    caller = principals.coa();
    expect(((await get(url)).json() as PeriodBody).rows).toHaveLength(26);
    caller = principals.coordinator('PV27');
    expect((await get(url)).statusCode).toBe(403);
    caller = principals.partner();
    expect((await get(url)).statusCode).toBe(403);
    caller = anonymous;
    expect((await get(url)).statusCode).toBe(401);
  });

  it('exports the province balances as CSV and as an XLSX workbook', async () => {
    caller = principals.coordinator('PV26');
    const csv = await get('/api/v1/taakstelling/2024-I/balances.csv?province=PV26&asOf=2024-04-15');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toMatch(/^code,name,province_code,population,task,/);
    expect(lines.find((line) => line.startsWith('GM0589,'))).toContain(',11,computed,,11,false,0,2,-3,6,4,1,66.7,3.5,7,2,');
    const xlsx = await get('/api/v1/taakstelling/2024-I/balances.xlsx?province=PV26&asOf=2024-04-15');
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'balances-')), 'b.xlsx');
    fs.writeFileSync(file, xlsx.rawPayload);
    const script = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(z.read("xl/workbook.xml").decode())';
    const workbook = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(workbook).toContain('name="Balansen 2024-I"');
    expect(workbook).toContain('name="Bronnen"');
  });

  it('lets a coordinator move a municipality one step up; the officer reads it but cannot change it', async () => {
    const url = '/api/v1/taakstelling/municipalities/GM0589/supervision';
    const coordinator = principals.coordinator('PV26');
    caller = coordinator;
    const overview = (await get('/api/v1/taakstelling/supervision?province=PV26&asOf=2024-04-15')).json() as {
      items: { code: string; step: string; proposal: { step: string; reasons: string[] } }[];
    };
    expect(overview.items).toHaveLength(26);
    expect(overview.items.find((item) => item.code === 'GM0589')?.step).toBe('op_koers');
    const decision = { step: 'signaal', rationale: 'Achter op de op-koerslijn; gesprek in mei.', nextDeadline: '2099-06-01', expectedCurrentStep: 'op_koers' };
    const moved = await app.inject({ method: 'POST', url, payload: decision });
    expect(moved.statusCode).toBe(201);
    expect(moved.json()).toMatchObject({ fromStep: 'op_koers', toStep: 'signaal', decidedBy: `person:${coordinator.personId}` });
    const stale = await app.inject({ method: 'POST', url, payload: decision });
    expect(stale.statusCode).toBe(409);

    caller = principals.officer('GM0589');
    const seen = (await get(url)).json() as { step: string; history: { toStep: string; rationale: string }[] };
    expect(seen.step).toBe('signaal');
    expect(seen.history[0]).toMatchObject({ toStep: 'signaal', rationale: decision.rationale });
    const before = (await database.query<{ n: number }>('select count(*)::int as n from supervision_transitions'))[0]?.n;
    const refused = await app.inject({ method: 'POST', url, payload: { step: 'op_koers', rationale: 'Wij vinden dat het goed gaat.' } });
    expect(refused.statusCode).toBe(403);
    expect((await database.query<{ n: number }>('select count(*)::int as n from supervision_transitions'))[0]?.n).toBe(before);

    caller = principals.officer('GM0344');
    expect((await get(url)).statusCode).toBe(403);

    const audit = await database.query<{ actor: string; action: string; changes: { to_step: { after: string } } }>(
      "select actor, action, changes from audit_log where table_name = 'supervision_transitions'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `person:${coordinator.personId}`, action: 'insert', changes: { to_step: { after: 'signaal' } } });
  });

  it('refuses execution without a decision, and lets only the province set its thresholds', async () => {
    caller = principals.coordinator('PV26');
    const jump = await app.inject({
      method: 'POST',
      url: '/api/v1/taakstelling/municipalities/GM0589/supervision',
      payload: { step: 'uitvoering_indeplaatsstelling', rationale: 'Direct uitvoeren zonder besluit.' },
    });
    expect(jump.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.step' });
    const thresholds = { signalShortfall: 0.2, talkBacklogShare: 0.25, warningPeriods: 3 };
    expect((await app.inject({ method: 'PUT', url: '/api/v1/taakstelling/provinces/PV26/supervision-thresholds', payload: thresholds })).json()).toEqual(
      thresholds,
    );
    caller = principals.officer('GM0589');
    expect((await app.inject({ method: 'PUT', url: '/api/v1/taakstelling/provinces/PV26/supervision-thresholds', payload: thresholds })).statusCode).toBe(403);
    caller = principals.coordinator('PV26');
    const overview = (await get('/api/v1/taakstelling/supervision?province=PV26')).json() as { customThresholds: boolean; thresholds: unknown };
    expect(overview).toMatchObject({ customThresholds: true, thresholds });
  });
});
