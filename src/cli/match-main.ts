// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel match` alone: the entry of the prebuilt bundle dist/cli/match.mjs (see
 * bin/build-cli.js). Same registration and error handling as the full CLI, without loading any
 * other command, so a national instance is solved within 3 s, start-up included.
 */
import { Command } from 'commander';
import { registerMatchCommand } from './commands/match.ts';
import { runCli } from './run-cli.ts';

const program = new Command().name('regietafel').showHelpAfterError();
registerMatchCommand(program);
await runCli(program, process.argv);
