// SPDX-License-Identifier: EUPL-1.2
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { serve } from '../../server/serve.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web app and API (embedded database unless DATABASE_URL is set).')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig(undefined, { PORT: options.port, HOST: options.host });
      const server = await serve({ config });
      const stop = (signal: string) => {
        console.error(`regietafel: ${signal} received, stopping`);
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
