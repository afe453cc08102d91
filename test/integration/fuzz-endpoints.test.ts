// SPDX-License-Identifier: EUPL-1.2
/**
 * Property test over the whole API: for every operation in the OpenAPI document, garbage path
 * parameters, query strings and bodies (random shapes and sizes, wrong content types, broken
 * JSON, huge strings), as the public and as a signed-in coordinator with a valid CSRF token.
 * Whatever comes in, the answer is never a 5xx and every error is a problem document.
 */
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildOrganisation, buildPerson, signIn, type SignedIn } from '../factories.ts';
import { bodyLimit } from '../../src/server/app.ts';

type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string };
type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  bodyProperties: string[] | undefined;
};
type JsonBodySchema = { schema?: { properties?: Record<string, unknown> } };
type OpenApiOperation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, JsonBodySchema> } };
type OpenApi = { paths: Record<string, Record<string, OpenApiOperation>> };

/** Runs per operation (each run picks the public or the coordinator). */
const runsPerOperation = 40;

// The app and the regional data are loaded before the tests are collected, to list operations.
const database = await createTestDatabase({ shipped: true });
const app = await buildTestApp({ database });
const partnerOrganisation = await buildOrganisation({ database, kind: 'partner' });
const coordinator = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
const other = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }], organisation: partnerOrganisation });
// Sign-ins come from their own address, so the fuzzed sign-ins' rate limit does not block them.
const signInAddress = '10.99.0.1';
const session: SignedIn = await signIn(app, coordinator.email, coordinator.password, { remoteAddress: signInAddress });
const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<OpenApi>();

const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      bodyProperties: (() => {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        return schema ? Object.keys(schema.properties ?? {}) : undefined;
      })(),
    })),
);

/** Values that tend to break things, next to valid-looking codes and ids of real records. */
const interesting = [
  'GM0344', 'GM0307', 'GM9999', 'PV26', 'PV99', '2016-I', '2024-II', '2016-1', '2016-03-01', '2016', '0', '-1', '1e308', 'NaN', 'null',
  'true', '', ' ', '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '%00', '\u0000', 'ñ', '😀',
  '\u202e', crypto.randomUUID(), coordinator.id, other.id, partnerOrganisation.id, 'x'.repeat(300), 'y'.repeat(20_000),
];
const scalar = fc.oneof(
  fc.constantFrom(...interesting),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

function bodyArbitrary(properties: string[] | undefined) {
  const shaped = properties?.length
    ? fc.dictionary(fc.constantFrom(...properties, 'extra', '__proto__', 'constructor'), value, {
        maxKeys: properties.length + 2,
      })
    : fc.dictionary(fc.string({ maxLength: 10 }), value, { maxKeys: 4 });
  const json = fc.oneof(
    { weight: 5, arbitrary: shaped.map((body) => JSON.stringify(body)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((body) => JSON.stringify(body) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: shaped.map((body) => JSON.stringify(body).slice(0, -1)) },
    { weight: 1, arbitrary: fc.constant(`{"a":"${'z'.repeat(bodyLimit)}"}`) },
    { weight: 1, arbitrary: fc.constant('') },
  );
  const contentType = fc.oneof(
    { weight: 6, arbitrary: fc.constant('application/json') },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        'application/octet-stream',
        '',
      ),
    },
  );
  return fc.record({ payload: json, contentType });
}

function operationArbitrary(operation: Operation) {
  const pathParams = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const queryNames = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const hasBody = operation.bodyProperties !== undefined;
  return fc.record({
    asCoordinator: fc.boolean(),
    // Longer path parameters are refused by the router itself (see the test above the property).
    params: fc.record(
      Object.fromEntries(
        pathParams.map((name) => [name, scalar.map(String).filter((v) => encodeURIComponent(v).length <= 200)]),
      ),
    ),
    query: fc.array(fc.tuple(fc.constantFrom(...queryNames, 'lang', 'unknown'), scalar.map(String)), { maxLength: 4 }),
    // Operations without a body sometimes get one anyway.
    body: hasBody
      ? bodyArbitrary(operation.bodyProperties).map((body) => body as typeof body | undefined)
      : fc.option(bodyArbitrary(undefined), { freq: 4, nil: undefined }),
  });
}

function urlOf(operation: Operation, params: Record<string, string>, query: [string, string][]): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

describe('[API] fuzzing every endpoint', () => {
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('found the operations in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  // The router refuses a broken percent-encoding and a path parameter over maxParamLength before
  // any route or error handler runs; the answer must still be a problem document (this needs
  // Fastify's `frameworkErrors` option in src/server/app.ts).
  it('answers router-level refusals (bad encoding, overlong parameter) with problem documents', async () => {
    const withParams = operations.filter((operation) => operation.path.includes('{'));
    const wrong: string[] = [];
    for (const operation of withParams) {
      for (const param of ['%E0%A4%A', 'x'.repeat(300)]) {
        const url = operation.path.replace(/\{\w+\}/g, param);
        const response = await app.inject({ method: operation.method as 'GET', url, headers: session.headers });
        const type = String(response.headers['content-type']);
        if (response.statusCode >= 500 || !type.startsWith('application/problem+json')) {
          wrong.push(`${operation.method} ${url.slice(0, 80)}: ${response.statusCode} ${type}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const operation of operations) {
    it(`${operation.method} ${operation.path}: no 5xx, errors are problem documents`, async () => {
      await fc.assert(
        fc.asyncProperty(operationArbitrary(operation), async (input) => {
          // Signing out would end the shared session: that operation signs in afresh.
          const signOut = operation.method === 'DELETE' && operation.path === '/api/v1/session';
          const asCoordinator = input.asCoordinator
            ? signOut
              ? await signIn(app, coordinator.email, coordinator.password, { remoteAddress: signInAddress })
              : session
            : undefined;
          const headers: Record<string, string> = { ...(asCoordinator?.headers ?? {}) };
          if (input.body?.contentType) {
            headers['content-type'] = input.body.contentType;
          }
          const response = await app.inject({
            method: operation.method as 'GET',
            url: urlOf(operation, input.params, input.query),
            headers,
            ...(input.body === undefined ? {} : { payload: input.body.payload }),
          });
          expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect(response.json()).toMatchObject({ status: response.statusCode, code: expect.any(String) });
          }
        }),
        { numRuns: runsPerOperation },
      );
      // The shared session survived the run (nothing above may sign the coordinator out).
      const still = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: session.cookie } });
      expect(still.statusCode).toBe(200);
    });
  }
});
