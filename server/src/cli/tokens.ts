// `token create | list | revoke`: API tokens, straight on the database (the first ADMIN token of a
// server with AUTH_REQUIRED needs no server running and no token to make it).
import type { Command } from 'commander';
import { publicId } from '../errors.ts';
import { action, CliError, cliConfig, databaseId, withDeps } from './common.ts';

const ROLES = ['READ', 'WRITE', 'ADMIN'] as const;

export function register(program: Command) {
  const token = program.command('token').description('Create, list and revoke API tokens (on the database directly)');

  token
    .command('create')
    .description('Create an API token and print its secret (shown only this once)')
    .argument('<name>', 'Who or what uses it, e.g. ci-ingest')
    .option('--role <role>', `One of ${ROLES.join(', ')}`, 'WRITE')
    .option('--expires-in-days <days>', 'Expire after this many days (default: never)')
    .action(
      action(async (name: string, options: { role: string; expiresInDays?: string }) => {
        const role = options.role.toUpperCase();
        if (!(ROLES as readonly string[]).includes(role))
          throw new CliError(`--role ${options.role}: expected one of ${ROLES.join(', ')}`);
        const days = options.expiresInDays === undefined ? undefined : Number(options.expiresInDays);
        if (days !== undefined && !(Number.isFinite(days) && days > 0))
          throw new CliError('--expires-in-days: expected a positive number');
        const { createApiToken } = await import('../modules/auth/auth.service.ts');
        const created = await withDeps(cliConfig(), (deps) =>
          createApiToken(deps, {
            name,
            role: role as (typeof ROLES)[number],
            expiresAt: days === undefined ? null : new Date(Date.now() + days * 86_400_000),
          }),
        );
        process.stderr.write(
          `Created ${created.token.role} token "${name}" (${publicId('ApiToken', created.token.id)}). Its secret, shown only now:\n`,
        );
        process.stdout.write(`${created.secret}\n`);
        return 0;
      }),
    );

  token
    .command('list')
    .description('List API tokens (never their secrets)')
    .option('--json', 'One JSON object per line')
    .action(
      action(async (options: { json?: boolean }) => {
        const tokens = await withDeps(cliConfig(), (deps) =>
          deps.prisma.apiToken.findMany({
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
            select: {
              id: true,
              name: true,
              role: true,
              prefix: true,
              createdAt: true,
              lastUsedAt: true,
              expiresAt: true,
              revokedAt: true,
            },
          }),
        );
        for (const t of tokens) {
          const state = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt < new Date() ? 'expired' : 'active';
          process.stdout.write(
            options.json
              ? `${JSON.stringify({ ...t, id: publicId('ApiToken', t.id), state })}\n`
              : `${publicId('ApiToken', t.id)}  ${t.role.padEnd(5)}  ${state.padEnd(7)}  ${t.prefix}…  ${t.name}  (last used ${t.lastUsedAt?.toISOString() ?? 'never'})\n`,
          );
        }
        if (!tokens.length && !options.json)
          process.stderr.write('No API tokens yet: tunix-rt token create <name> --role ADMIN\n');
        return 0;
      }),
    );

  token
    .command('revoke')
    .description('Revoke an API token: it stops working at once, open subscriptions included')
    .argument('<id>', 'The token id (tunix-rt token list shows them)')
    .action(
      action(async (id: string) => {
        const { revokeApiToken } = await import('../modules/auth/auth.service.ts');
        const tokenId = databaseId('ApiToken', id);
        const revoked = await withDeps(cliConfig(), (deps) => revokeApiToken(deps, tokenId));
        process.stdout.write(`Revoked token "${revoked.name}" (${publicId('ApiToken', revoked.id)}).\n`);
        return 0;
      }),
    );
}
