// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the HTTP application: the versioned JSON API under /api/v1 with its OpenAPI document,
 * and the web app (web/dist) for every other path.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { projectRoot } from '../config/env.ts';
import { accountsPlugin } from '../modules/accounts/accounts.plugin.ts';
import { appVersion } from '../modules/health/health.routes.ts';
import type { AppDeps } from './deps.ts';
import { installErrorHandler, sendProblem, toProblem } from './error-handler.ts';
import { installNulGuard } from './nul-guard.ts';
import { apiRoutes } from './routes.ts';
import { participationPages } from '../modules/participation/public-page.routes.ts';
import { subscriptionPages } from '../modules/subscriptions/subscription-pages.routes.ts';
import { activityPages } from '../modules/activities/activity-pages.routes.ts';
import type { ApiApp } from './api-app.ts';

export type BuildAppOptions = AppDeps & {
  /** A pino logger; without one the app logs nothing (tests). */
  loggerInstance?: FastifyServerOptions['loggerInstance'];
  /** Folder of the built web app; defaults to web/dist. */
  webDist?: string;
};

/** Largest JSON body the API accepts (1 MiB); imports of bigger files go through the CLI. */
export const bodyLimit = 1024 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<ApiApp> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: false }),
    bodyLimit,
    // X-Forwarded-For is believed only from the configured proxy (REGIETAFEL_TRUSTED_PROXY).
    trustProxy: options.config.trustedProxies.length > 0 ? options.config.trustedProxies : false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
    // Errors the router raises before any route runs (bad percent-encoding, over-long
    // parameters) get the same problem+json as everything else.
    frameworkErrors: (error, request, reply) =>
      sendProblem(reply, toProblem(request, 'VALIDATION_FAILED', { detail: error.message, field: 'params' })),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', { config: options.config, database: options.database });
  installErrorHandler(app);
  installNulGuard(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Regietafel API',
        description:
          'Opvang, huisvesting en integratie van vluchtelingen als één keten. ' +
          'Errors are application/problem+json (RFC 9457) with a stable `code`.',
        version: appVersion,
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'regietafel_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs' });
  await app.register(accountsPlugin);
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await apiRoutes(api as ApiApp);
    },
    { prefix: '/api/v1' },
  );

  // Public pages rendered on the server (they work without JavaScript), outside /api/v1.
  await app.register(participationPages);
  await app.register(subscriptionPages);
  await app.register(activityPages);

  const webDist = options.webDist ?? path.join(projectRoot, 'web', 'dist');
  const indexHtml = path.join(webDist, 'index.html');
  if (fs.existsSync(indexHtml)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && fs.existsSync(indexHtml)) {
      // Client-side routes: the web app decides what to show.
      return reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexHtml));
    }
    return sendProblem(reply, toProblem(request, 'NOT_FOUND'));
  });
  return app as unknown as ApiApp;
}
