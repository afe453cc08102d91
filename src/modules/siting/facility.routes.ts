// SPDX-License-Identifier: EUPL-1.2
/**
 * Facility layers under /api/v1/siting/facility-layers: list, import (GeoJSON or CSV body, refused
 * whole when any feature is bad), the shipped OSM supermarkets of Utrecht, export and delete.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf, type Principal } from '../../shared/principal.ts';
import { deleteFacilityLayer, exportFacilityLayer, exportFacilityLayerCsv, listFacilityLayers } from './facility-layers.ts';
import { importFacilityLayer, importShippedSupermarkets } from './import-facility-layer.ts';
import { presentLayer } from './siting.presenter.ts';
import { sitingPolicy } from './siting.policy.ts';
import { layerImportQuerySchema, layerListSchema, layerParamsSchema, layerSchema } from './siting.schema.ts';

const tags = ['siting'];
const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
/** Largest upload (1 MiB, some 5,000 points); bigger files go through `regietafel siting import-facilities`. */
const fileBodyLimit = 1024 * 1024;

function layerManager(principal: Principal) {
  const person = requireSignedIn(principal);
  authorize(person, sitingPolicy.canManageLayers(person), 'to manage facility layers');
  return person;
}

export async function facilityRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  app.addContentTypeParser(['application/geo+json', 'text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: fileBodyLimit }, (_request, body, done) => {
    done(null, body);
  });
  const present = async (id: string) => {
    const item = (await listFacilityLayers({ db })).find((l) => l.layer.id === id);
    return presentLayer(item?.layer as NonNullable<typeof item>['layer'], item?.source);
  };

  app.get('/siting/facility-layers', { schema: { tags, summary: 'Imported facility layers with their source and coverage', security, response: { 200: layerListSchema } } }, async (request) => {
    const person = requireSignedIn(request.principal);
    authorize(person, sitingPolicy.canReadLayers(person), 'to read facility layers');
    return { items: (await listFacilityLayers({ db })).map(({ layer, source }) => presentLayer(layer, source)) };
  });

  app.post(
    '/siting/facility-layers',
    {
      schema: {
        tags,
        summary: 'Import a facility layer: GeoJSON Points (application/geo+json or application/json) or CSV (text/csv) with longitude and latitude',
        security,
        querystring: layerImportQuerySchema,
        response: { 201: layerSchema },
      },
    },
    async (request, reply) => {
      const person = layerManager(request.principal);
      const { query } = request;
      const isCsv = /csv/.test(String(request.headers['content-type'] ?? ''));
      const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null, null, 1);
      const layer = await importFacilityLayer({
        db,
        actor: actorOf(person),
        fileName: query.fileName ?? (isCsv ? 'upload.csv' : 'upload.geojson'),
        text,
        format: isCsv ? 'csv' : 'geojson',
        metadata: {
          kind: query.kind,
          name: query.name,
          coverage: query.coverage === 'netherlands' ? null : query.coverage.split(','),
          publisher: query.publisher,
          title: query.title,
          url: query.url,
          licence: query.licence,
          referenceDate: query.referenceDate,
        },
      });
      return reply.code(201).send(await present(layer.id));
    },
  );

  app.post(
    '/siting/facility-layers/shipped',
    { schema: { tags, summary: 'Import the shipped layer: OpenStreetMap supermarkets of the city of Utrecht', security, response: { 200: layerSchema, 201: layerSchema } } },
    async (request, reply) => {
      const person = layerManager(request.principal);
      const { layer, created } = await importShippedSupermarkets({ db, actor: actorOf(person) });
      return reply.code(created ? 201 : 200).send(await present(layer.id));
    },
  );

  app.get(
    '/siting/facility-layers/:id/features.geojson',
    { schema: { tags, summary: "A layer's points as GeoJSON", security, params: layerParamsSchema } },
    async (request, reply) => {
      const person = requireSignedIn(request.principal);
      authorize(person, sitingPolicy.canReadLayers(person), 'to read facility layers');
      return reply.type('application/geo+json; charset=utf-8').send(await exportFacilityLayer({ db, id: request.params.id }));
    },
  );

  app.get(
    '/siting/facility-layers/:id/features.csv',
    { schema: { tags, summary: "A layer's points as CSV (importable again)", security, params: layerParamsSchema } },
    async (request, reply) => {
      const person = requireSignedIn(request.principal);
      authorize(person, sitingPolicy.canReadLayers(person), 'to read facility layers');
      const csv = await exportFacilityLayerCsv({ db, id: request.params.id });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="voorzieningen.csv"').send(csv);
    },
  );

  app.delete('/siting/facility-layers/:id', { schema: { tags, summary: 'Delete a facility layer', security, params: layerParamsSchema } }, async (request, reply) => {
    const person = layerManager(request.principal);
    await deleteFacilityLayer({ db, actor: actorOf(person), id: request.params.id });
    return reply.code(204).send();
  });
}
