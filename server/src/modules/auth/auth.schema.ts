import { builder, scopesOf } from '../../builder.ts';
import { byCreated, pageSize } from '../common/connection.ts';
import { createApiToken, revokeApiToken } from './auth.service.ts';

const TokenRole = builder.enumType('TokenRole', {
  description: 'READ may query and subscribe; WRITE may also mutate; ADMIN may also manage tokens.',
  values: ['READ', 'WRITE', 'ADMIN'] as const,
});

const ApiTokenNode = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret.' }),
    role: t.expose('role', { type: TokenRole }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.prismaConnection(
    {
      type: 'ApiToken',
      cursor: 'id',
      ...pageSize,
      authScopes: { admin: true },
      resolve: (query, _root, _args, ctx) => ctx.prisma.apiToken.findMany({ ...query, orderBy: byCreated('desc') }),
    },
    { name: 'ApiTokenConnection' },
    { name: 'ApiTokenEdge' },
  ),
);

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    role: t.field({ type: TokenRole, defaultValue: 'WRITE' }),
    expiresAt: t.field({ type: 'DateTime' }),
  }),
});

/** The payloads once returned the database id; every other id of this API is a global id. */
const RAW_TOKEN_ID = 'A database id, not a global id: use token { id }.';

const CreateApiTokenPayload = builder.simpleObject('CreateApiTokenPayload', {
  fields: (t) => ({
    secret: t.string({ description: 'Shown once: send it as "Authorization: Bearer <secret>".' }),
    tokenId: t.id({ deprecationReason: RAW_TOKEN_ID }),
  }),
});
builder.objectField(CreateApiTokenPayload, 'token', (t) =>
  t.prismaField({
    type: 'ApiToken',
    resolve: (query, payload, _args, ctx) =>
      ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: String(payload.tokenId) } }),
  }),
);

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreateApiTokenPayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { token, secret } = await createApiToken(ctx, input);
      return { secret, tokenId: token.id };
    },
  }),
);

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: ApiTokenNode }) }),
});

const RevokeApiTokenPayload = builder.simpleObject('RevokeApiTokenPayload', {
  fields: (t) => ({ tokenId: t.id({ deprecationReason: RAW_TOKEN_ID }) }),
});
builder.objectField(RevokeApiTokenPayload, 'token', (t) =>
  t.prismaField({
    type: 'ApiToken',
    resolve: (query, payload, _args, ctx) =>
      ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: String(payload.tokenId) } }),
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: RevokeApiTokenPayload,
    authScopes: { admin: true },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ tokenId: (await revokeApiToken(ctx, input.id.id)).id }),
  }),
);

const ViewerScopes = builder.simpleObject('ViewerScopes', {
  description: 'What the caller may do. Everything while auth is off.',
  fields: (t) => ({
    read: t.boolean({ description: 'Queries and subscriptions.' }),
    write: t.boolean({ description: 'Mutations: traces, datasets, runs, tuning jobs, the registry.' }),
    admin: t.boolean({ description: 'API token management.' }),
  }),
});

const Viewer = builder.simpleObject('Viewer', {
  description: 'Who is calling. Answered without a token, so a client can learn that it must ask for one.',
  fields: (t) => ({
    authRequired: t.boolean({ description: 'Whether this server refuses callers without an API token.' }),
    role: t.field({ type: TokenRole, nullable: true, description: "The token's role; null without a token." }),
    tokenName: t.string({
      nullable: true,
      description: 'The API token\'s name, "ADMIN_TOKEN" for the server\'s admin secret; null without a token.',
    }),
    scopes: t.field({ type: ViewerScopes }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    // Open to anonymous callers even when auth is required (the Query type's scope is skipped).
    skipTypeScopes: true,
    resolve: async (_root, _args, ctx) => {
      const { tokenId, role } = ctx.viewer;
      const token = tokenId ? await ctx.prisma.apiToken.findUnique({ where: { id: tokenId }, select: { name: true } }) : null;
      return {
        authRequired: ctx.config.authRequired,
        role,
        tokenName: token?.name ?? (role ? 'ADMIN_TOKEN' : null),
        scopes: scopesOf(ctx),
      };
    },
  }),
);
