// SPDX-License-Identifier: EUPL-1.2
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandToLoad, loadCommands, type CommandLoaders } from './load-commands.ts';

const registerTwo = (program: Command): void => {
  program.command('backup');
  program.command('restore');
};

function loaders(loaded: string[]): CommandLoaders {
  return {
    match: async () => {
      loaded.push('match');
      return (program: Command) => void program.command('match');
    },
    backup: async () => registerTwo,
    restore: async () => registerTwo,
  };
}

describe('commandToLoad', () => {
  it.each([
    [['match', '--instance', 'a.json'], 'match'],
    [['help', 'match'], 'match'],
    [['--help'], undefined],
    [[], undefined],
    [['help'], undefined],
    [['unknown'], undefined],
    [['constructor'], undefined],
    [['restore', '--in', 'x'], 'restore'],
  ])('%j loads %s', (args, expected) => {
    expect(commandToLoad(args, loaders([]))).toBe(expected);
  });
});

describe('loadCommands', () => {
  it('loads only the named command', async () => {
    const loaded: string[] = [];
    const program = new Command();
    await loadCommands(program, loaders(loaded), 'restore');
    expect(loaded).toEqual([]);
    expect(program.commands.map((c) => c.name())).toEqual(['backup', 'restore']);
  });

  it('loads every command once when none is named, in the order given', async () => {
    const loaded: string[] = [];
    const program = new Command();
    await loadCommands(program, loaders(loaded), undefined);
    expect(loaded).toEqual(['match']);
    expect(program.commands.map((c) => c.name())).toEqual(['match', 'backup', 'restore']);
  });
});
