// SPDX-License-Identifier: EUPL-1.2
/** Agreed transfers of task between municipalities: record (coordinators) and list. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { periodBalancesParamsSchema } from './balance.schema.ts';
import { recordTransfer } from './record-transfer.ts';
import { taakstellingPolicy } from './taakstelling.policy.ts';
import { parsePeriod } from './domain/period.ts';
import { divisionRowsOf, listTransfers, type TransferRecord } from './transfer.repository.ts';
import { recordTransferInputSchema, transferListQuerySchema, transferListSchema, transferSchema } from './transfer.schema.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

function presentTransfer(row: TransferRecord) {
  return {
    id: row.id,
    period: row.period,
    from: row.fromMunicipalityCode,
    to: row.toMunicipalityCode,
    persons: row.persons,
    agreedOn: row.agreedOn,
    reference: row.reference,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function transferRoutes(app: ApiApp): Promise<void> {
  app.post(
    '/taakstelling/transfers',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Record an agreed transfer: `to` houses `persons` for `from` in `period`',
        security,
        body: recordTransferInputSchema,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canRecordTransfers(principal), 'to record transfers');
      const row = await recordTransfer({
        db: app.deps.database.db,
        actor: actorOf(principal),
        input: request.body,
        canRecord: (from, to) => taakstellingPolicy.canRecordTransfer(principal, from, to),
      });
      return reply.code(201).send(presentTransfer(row));
    },
  );

  app.get(
    '/taakstelling/:period/transfers',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Agreed transfers of a period that involve municipalities you may read',
        security,
        params: periodBalancesParamsSchema,
        querystring: transferListQuerySchema,
        response: { 200: transferListSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canReadBalances(principal), 'to read transfers');
      const { year } = parsePeriod(request.params.period);
      const rows = await listTransfers(app.deps.database.db, request.params.period);
      const codes = [...new Set(rows.flatMap((r) => [r.fromMunicipalityCode, r.toMunicipalityCode]))];
      const division = new Map((await divisionRowsOf(app.deps.database.db, year, codes)).map((m) => [m.code, m]));
      const visible = (code: string) => {
        const m = division.get(code);
        const inProvince = !request.query.province || m?.provinceCode === request.query.province;
        return m !== undefined && inProvince && taakstellingPolicy.canReadBalance(principal, m);
      };
      return { items: rows.filter((r) => visible(r.fromMunicipalityCode) || visible(r.toMunicipalityCode)).map(presentTransfer) };
    },
  );
}
