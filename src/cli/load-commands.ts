// SPDX-License-Identifier: EUPL-1.2
/** Loads only the command a `regietafel` invocation names, so start-up stays cheap. */
import type { Command } from 'commander';

/** Adds one or more commands to the program. */
export type RegisterCommand = (program: Command) => void;

/** Command name → a loader of the module that registers it (one module may register several). */
export type CommandLoaders = Record<string, () => Promise<RegisterCommand>>;

/**
 * The command the arguments (without `node` and the script) run, or undefined when they name
 * none we know: then every command is loaded, for the full help or commander's own error.
 * `help NAME` counts as NAME; top-level options (`--help`, `--version`) name no command.
 */
export function commandToLoad(args: readonly string[], loaders: CommandLoaders): string | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const first = words[0] === 'help' ? words[1] : words[0];
  if (first === undefined || !Object.hasOwn(loaders, first)) {
    return undefined;
  }
  return first;
}

/** Registers the named command, or all commands (each module once) when no name is given. */
export async function loadCommands(program: Command, loaders: CommandLoaders, name: string | undefined): Promise<void> {
  const chosen = name === undefined ? Object.values(loaders) : [loaders[name] as () => Promise<RegisterCommand>];
  const registers = await Promise.all(chosen.map((load) => load()));
  for (const register of new Set(registers)) {
    register(program);
  }
}
