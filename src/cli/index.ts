// SPDX-License-Identifier: EUPL-1.2
/** The `regietafel` command line. Each command lives in src/cli/commands/. */
import { Command } from 'commander';
import { commandToLoad, loadCommands, type CommandLoaders } from './load-commands.ts';
import { runCli } from './run-cli.ts';

/**
 * Each command's module is imported only when that command runs: a module loaded through the
 * TypeScript loader costs start-up time, and `serve` alone pulls in the whole server. `regietafel
 * match` on a national instance must finish in 3 s, start-up included (docs/benchmarks.md).
 * Help without a command name loads them all, so it lists every command.
 */
const loaders: CommandLoaders = {
  serve: async () => (await import('./commands/serve.ts')).registerServeCommand,
  import: async () => (await import('./commands/import.ts')).registerImportCommand,
  match: async () => (await import('./commands/match.ts')).registerMatchCommand,
  backup: async () => (await import('./commands/backup.ts')).registerBackupCommands,
  restore: async () => (await import('./commands/backup.ts')).registerBackupCommands,
  taakstelling: async () => (await import('./commands/taakstelling.ts')).registerTaakstellingCommand,
  siting: async () => (await import('./commands/siting.ts')).registerSitingCommand,
  user: async () => (await import('./commands/user.ts')).registerUserCommand,
  'labour-market': async () => (await import('./commands/labour-market.ts')).registerLabourMarketCommand,
  mail: async () => (await import('./commands/mail.ts')).registerMailCommand,
  retention: async () => (await import('./commands/retention.ts')).registerRetentionCommand,
  'match-scores': async () => (await import('./commands/match-scores.ts')).registerMatchScoresCommand,
};

const program = new Command()
  .name('regietafel')
  .description('Regietafel: opvang, huisvesting en integratie van vluchtelingen als één keten.')
  .version('0.1.0')
  .showHelpAfterError();

await loadCommands(program, loaders, commandToLoad(process.argv.slice(2), loaders));
await runCli(program, process.argv);
