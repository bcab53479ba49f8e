import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { createApiKey, ROLES, type Role, systemPrincipal } from '../modules/access/index.js';
import { AppError } from '../platform/errors.js';
import { createLogin } from '../workflows/create-login.workflow.js';
import { reportFailure, withCommandContext } from './cli.context.js';

export function registerAdminCommands(program: Command) {
  const admin = program.command('admin').description('Users and API keys');
  admin
    .command('create-user')
    .requiredOption('--email <email>')
    .requiredOption('--role <role>', `one of ${ROLES.filter((r) => r !== 'integration').join(', ')}`)
    .option('--password <password>', 'at least 10 characters; generated and printed when omitted')
    .option('--name <name>', 'display name')
    .option('--seller-id <id>', 'for role seller: the seller this person belongs to')
    .action(
      async (options: {
        email: string;
        role: string;
        password?: string;
        name?: string;
        sellerId?: string;
      }) => {
        try {
          if (!(ROLES as readonly string[]).includes(options.role))
            throw new AppError('VALIDATION_FAILED', `unknown role ${options.role}`, { where: '--role' });
          const password = options.password ?? randomBytes(12).toString('base64url');
          const user = await withCommandContext((context) =>
            createLogin(context, systemPrincipal('cli'), {
              email: options.email,
              password,
              role: options.role as Role,
              ...(options.name ? { displayName: options.name } : {}),
              ...(options.sellerId ? { sellerId: options.sellerId } : {}),
            }),
          );
          console.log(
            `created ${user.role} ${user.email} (${user.id})${options.password ? '' : `\npassword: ${password}`}`,
          );
        } catch (error) {
          reportFailure(error);
        }
      },
    );
  admin
    .command('create-api-key')
    .requiredOption('--name <name>', 'what the key is for, e.g. "marketplace feed"')
    .action(async (options: { name: string }) => {
      try {
        const key = await withCommandContext((context) =>
          createApiKey(context.access, systemPrincipal('cli'), options.name),
        );
        console.log(
          `created API key ${key.id} (${key.role})\nkey: ${key.key}\nIt is shown once; store it now.`,
        );
      } catch (error) {
        reportFailure(error);
      }
    });
}
