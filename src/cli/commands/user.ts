// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel user add | deactivate | reset-password`: account administration from the command
 * line, for the first coordinator (instead of the first-run page) and for scripted installs.
 * Every write is recorded in the audit trail as `cli:user`.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { newPasswordSchema } from '../../modules/accounts/account.schema.ts';
import { addUser } from '../../modules/accounts/add-user.ts';
import { deactivatePerson } from '../../modules/accounts/deactivate-person.ts';
import { findPersonByEmail } from '../../modules/accounts/find-person-by-email.ts';
import { resetPassword } from '../../modules/accounts/reset-password.ts';
import { setPassword } from '../../modules/accounts/set-password.ts';
import { AppError } from '../../shared/errors.ts';
import { roles } from '../../shared/principal.ts';

type AddFlags = {
  role: string;
  email: string;
  name: string;
  province?: string;
  municipality: string[];
  location: string[];
  organisation?: string;
  passwordStdin?: boolean;
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** Reads a password from the first line of stdin (so it never appears in the shell history). */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += chunk.toString();
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '') {
    const field = '--password-stdin';
    throw new AppError('VALIDATION_FAILED', `${field}: stdin holds no password.`, { field });
  }
  return password;
}

function checkNewPassword(password: string): string {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'invalid';
    throw new AppError('VALIDATION_FAILED', `--password-stdin: ${message}`, { field: '--password-stdin' });
  }
  return parsed.data;
}

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    purpose: 'regietafel user',
  });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Registers `regietafel user add | deactivate | reset-password`. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage accounts: add a person, deactivate, reset a password.');

  user
    .command('add')
    .description('Add a person with one role (e.g. the first province coordinator).')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .requiredOption('--email <email>', 'e-mail address to sign in with')
    .requiredOption('--name <name>', 'display name')
    .option('--province <code>', "coordinator's province (PV26), or the province administering a new organisation")
    .option('--municipality <code>', 'municipality code (GM0344) of an officer or moderator; repeatable', collect, [])
    .option('--location <id>', 'reception location id of a COA officer or moderator; repeatable', collect, [])
    .option('--organisation <name>', 'organisation name; created with the kind that fits the role if missing')
    .option('--password-stdin', 'read the password from stdin; otherwise a strong one is generated and shown once')
    .action(async (flags: AddFlags) => {
      const password = flags.passwordStdin ? await readPasswordFromStdin() : undefined;
      const added = await withDatabase((database) =>
        addUser({
          database,
          role: flags.role,
          email: flags.email,
          name: flags.name,
          province: flags.province,
          municipalities: flags.municipality,
          locations: flags.location,
          organisation: flags.organisation,
          password,
        }),
      );
      const organisation = `${added.organisation.name}${added.organisationCreated ? ' (new)' : ''}`;
      const email = flags.email.trim().toLowerCase();
      console.log(`Added ${email} as ${flags.role} of ${organisation} (id ${added.personId}).`);
      if (added.generatedPassword) {
        console.log(`Password (shown once, store it safely): ${added.generatedPassword}`);
      }
    });

  user
    .command('deactivate')
    .description('Deactivate an account: sign-in, sessions and API tokens stop working.')
    .requiredOption('--email <email>', 'e-mail address of the account')
    .action(async (flags: { email: string }) => {
      await withDatabase(async (database) => {
        const personId = await findPersonByEmail({ database, email: flags.email });
        await deactivatePerson({ database, caller: 'cli:user', personId });
      });
      console.log(`Deactivated ${flags.email.trim().toLowerCase()}.`);
    });

  user
    .command('reset-password')
    .description('Issue a one-time password reset token (24 hours), or set a new password from stdin.')
    .requiredOption('--email <email>', 'e-mail address of the account')
    .option('--password-stdin', 'set this new password (first line of stdin) instead of issuing a token')
    .action(async (flags: { email: string; passwordStdin?: boolean }) => {
      const newPassword = flags.passwordStdin ? checkNewPassword(await readPasswordFromStdin()) : undefined;
      const issued = await withDatabase(async (database) => {
        const personId = await findPersonByEmail({ database, email: flags.email });
        const reset = await resetPassword({ database, caller: 'cli:user', personId });
        if (newPassword !== undefined) {
          await setPassword({ database, token: reset.token, newPassword, actor: 'cli:user' });
        }
        return reset;
      });
      if (newPassword !== undefined) {
        console.log(`New password set for ${flags.email.trim().toLowerCase()}; their sessions were ended.`);
        return;
      }
      console.log(`Password reset token (shown once, valid until ${issued.expiresAt.toISOString()}):`);
      console.log(issued.token);
      console.log('The person sets a new password with it on the "wachtwoord instellen" page (POST /api/v1/password).');
    });
}
