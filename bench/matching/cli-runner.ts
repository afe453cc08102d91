// SPDX-License-Identifier: EUPL-1.2
/**
 * A minimal `regietafel` with only the `match` command, for the benchmark while (or if) the full
 * CLI is not wired: same registration, same error handling (`runCli`), without loading the server.
 * Run: node bin/run-ts.js bench/matching/cli-runner.ts match --instance FILE --out FILE
 */
import { Command } from 'commander';
import { registerMatchCommand } from '../../src/cli/commands/match.ts';
import { runCli } from '../../src/cli/run-cli.ts';

const program = new Command().name('regietafel').showHelpAfterError();
registerMatchCommand(program);
await runCli(program, process.argv);
