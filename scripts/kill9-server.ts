// SPDX-License-Identifier: EUPL-1.2
/**
 * The server that scripts/kill9-reactions.ts starts and kills: the real application (buildApp,
 * the same routes and writer as `regietafel serve`), without loading the shipped regional data,
 * which the kill -9 test does not need. Prints `listening <url>` when it accepts requests.
 */
import { loadConfig } from '../src/config/env.ts';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: 'kill -9 test server' });
const app = await buildApp({ config, database, webDist: '/nonexistent' });
const url = await app.listen({ port: config.port, host: config.host });
console.log(`listening ${url}`);
