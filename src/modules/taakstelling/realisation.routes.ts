// SPDX-License-Identifier: EUPL-1.2
/** Realisations: entry, CSV import (text/csv), list and delete. */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { municipalityParamsSchema } from './balance.schema.ts';
import { deleteRealisation } from './delete-realisation.ts';
import { importRealisations } from './import-realisations.ts';
import { presentRealisation, presentRealisationList } from './realisation.presenter.ts';
import { listRealisations } from './realisation.repository.ts';
import {
  importQuerySchema,
  importResultSchema,
  realisationListQuerySchema,
  realisationListSchema,
  realisationParamsSchema,
  recordRealisationInputSchema,
  recordRealisationResultSchema,
} from './realisation.schema.ts';
import { recordRealisation } from './record-realisation.ts';
import { findMunicipality } from './taakstelling.repository.ts';
import { taakstellingPolicy } from './taakstelling.policy.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
/** Largest CSV upload (1 MiB, like JSON bodies: some 15,000 rows); bigger files go through the CLI. */
const csvBodyLimit = 1024 * 1024;

export async function realisationRoutes(app: ApiApp): Promise<void> {
  // A CSV upload is read as text; the parse step reports every bad row with its line.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: csvBodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  const municipalityOf = async (code: string) => {
    const municipality = await findMunicipality(app.deps.database.db, code);
    if (!municipality) {
      throw new AppError('NOT_FOUND', `There is no municipality ${code}.`, { field: 'params.code' });
    }
    return municipality;
  };

  app.post(
    '/taakstelling/municipalities/:code/realisations',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Record one realisation (status holders housed) for a municipality',
        security,
        params: municipalityParamsSchema,
        body: recordRealisationInputSchema,
        response: { 200: recordRealisationResultSchema, 201: recordRealisationResultSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const municipality = await municipalityOf(request.params.code);
      authorize(principal, taakstellingPolicy.canRecordRealisation(principal, municipality), `to record realisations for ${municipality.code}`);
      const { body } = request;
      const result = await recordRealisation({
        db: app.deps.database.db,
        actor: actorOf(principal),
        draft: {
          municipalityCode: municipality.code,
          housedOn: body.housedOn,
          persons: body.persons,
          adults: body.adults ?? null,
          minors: body.minors ?? null,
          household: body.household ?? null,
          dwellingReference: body.dwellingReference ?? null,
          cameFromLocation: body.cameFromLocation ?? null,
          sourceReference: body.sourceReference,
        },
        canRecord: (m) => taakstellingPolicy.canRecordRealisation(principal, m),
      });
      const showPseudonym = taakstellingPolicy.canSeeHouseholdPseudonyms(principal, municipality);
      return reply.code(result.created ? 201 : 200).send({
        created: result.created,
        realisation: presentRealisation({ ...result.realisation, householdPseudonym: body.household ?? null }, showPseudonym),
      });
    },
  );

  app.post(
    '/taakstelling/realisations/import',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Import realisations from a CSV file (text/csv); one bad row refuses the whole file',
        description:
          'Columns: bronreferentie, gemeentecode, datum_huisvesting, personen (required); volwassenen, minderjarigen, ' +
          'huishouden, woning, herkomst_opvanglocatie (optional). Idempotent by (gemeentecode, bronreferentie). ' +
          'A refused file answers 422 IMPORT_INVALID with `errors`: file, line, field, message.',
        security,
        querystring: importQuerySchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canImportRealisations(principal), 'to import realisations');
      if (typeof request.body !== 'string') {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.', { field: 'body' });
      }
      return importRealisations({
        db: app.deps.database.db,
        actor: actorOf(principal),
        file: 'upload.csv',
        text: request.body,
        dryRun: request.query.dryRun,
        canRecord: (m) => taakstellingPolicy.canRecordRealisation(principal, m),
      });
    },
  );

  app.get(
    '/taakstelling/municipalities/:code/realisations',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "A municipality's realisations, newest first (its officers and its province's coordinators)",
        security,
        params: municipalityParamsSchema,
        querystring: realisationListQuerySchema,
        response: { 200: realisationListSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const municipality = await municipalityOf(request.params.code);
      authorize(principal, taakstellingPolicy.canReadRealisations(principal, municipality), `to read the realisations of ${municipality.code}`);
      const { rows, total } = await listRealisations(app.deps.database.db, { municipalityCode: municipality.code, ...request.query });
      return presentRealisationList(rows, total, taakstellingPolicy.canSeeHouseholdPseudonyms(principal, municipality));
    },
  );

  app.delete(
    '/taakstelling/realisations/:id',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Delete a realisation recorded by mistake (the audit trail keeps it)',
        security,
        params: realisationParamsSchema,
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      await deleteRealisation({
        db: app.deps.database.db,
        actor: actorOf(principal),
        id: request.params.id,
        canDelete: (m) => taakstellingPolicy.canRecordRealisation(principal, m),
      });
      return reply.code(204).send();
    },
  );
}
