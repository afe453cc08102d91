// SPDX-License-Identifier: EUPL-1.2
/** The `regietafel` command line. Each command lives in src/cli/commands/. */
import { Command } from 'commander';
import { registerBackupCommands } from './commands/backup.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerMatchCommand } from './commands/match.ts';
import { registerTaakstellingCommand } from './commands/taakstelling.ts';
import { registerSitingCommand } from './commands/siting.ts';
import { registerUserCommand } from './commands/user.ts';
import { registerRetentionCommand } from './commands/retention.ts';
import { runCli } from './run-cli.ts';

const program = new Command()
  .name('regietafel')
  .description('Regietafel: opvang, huisvesting en integratie van vluchtelingen als één keten.')
  .version('0.1.0')
  .showHelpAfterError();

registerServeCommand(program);
registerImportCommand(program);
registerMatchCommand(program);
registerBackupCommands(program);
registerTaakstellingCommand(program);
registerSitingCommand(program);
registerUserCommand(program);
registerRetentionCommand(program);

await runCli(program, process.argv);
