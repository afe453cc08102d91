// SPDX-License-Identifier: EUPL-1.2
/** Brokering under /api/v1/housing: surpluses and deficits with proposed pairs, and agreements. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf, type Principal } from '../../shared/principal.ts';
import { taakstellingPolicy } from '../taakstelling/taakstelling.policy.ts';
import { security, tags, today } from './building.routes.ts';
import { getBrokering, recordAgreement } from './broker-housing.ts';
import { agreementInputSchema, agreementSchema, brokeringQuerySchema, brokeringSchema } from './brokering.schema.ts';
import { housingPolicy } from './housing.policy.ts';
import { municipalityOf } from './housing.repository.ts';

function broker(principal: Principal) {
  const person = requireSignedIn(principal);
  authorize(person, housingPolicy.canBroker(person), 'to broker between municipalities');
  return person;
}

export async function brokeringRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;

  app.get('/housing/brokering', { schema: { tags, summary: 'Projected surpluses and deficits of a period, with proposed pairs (neighbours first)', security, querystring: brokeringQuerySchema, response: { 200: brokeringSchema } } }, async (request) => {
    const person = broker(request.principal);
    const { province, period, asOf } = request.query;
    return getBrokering({ db, province, period, asOf: asOf ?? today(), canRead: (ref) => housingPolicy.canReadForecastOf(person, ref) });
  });

  app.post('/housing/agreements', { schema: { tags, summary: 'Record an agreement: `houses` houses `persons` for `for` in `period` (an agreed transfer of the taakstelling)', security, body: agreementInputSchema, response: { 201: agreementSchema } } }, async (request, reply) => {
    const person = broker(request.principal);
    const { transfer, surplusBefore } = await recordAgreement({
      db,
      actor: actorOf(person),
      input: request.body,
      today: today(),
      provinceOf: async (code) => (await municipalityOf(db, code))[0]?.provinceCode ?? null,
      canRecord: (from, to) => taakstellingPolicy.canRecordTransfer(person, from, to),
    });
    return reply.code(201).send({
      id: transfer.id,
      period: transfer.period,
      houses: transfer.toMunicipalityCode,
      for: transfer.fromMunicipalityCode,
      persons: transfer.persons,
      agreedOn: transfer.agreedOn,
      reference: transfer.reference,
      surplusBefore,
    });
  });
}
