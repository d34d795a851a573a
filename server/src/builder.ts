// The one Pothos SchemaBuilder: plugins, scalars and the context type. Domain modules register
// their types on it; schema.ts imports them all and builds the schema.

import { trace } from '@opentelemetry/api';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import TracingPlugin, { isRootField } from '@pothos/plugin-tracing';
import { createOpenTelemetryWrapper } from '@pothos/tracing-opentelemetry';
import { GraphQLScalarType, type GraphQLSchema, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from './deps.ts';
import { DomainError, invalidInput } from './errors.ts';
import { getDatamodel, type default as PrismaTypes } from './generated/pothos-types.ts';
import { isUuid } from './modules/common/ids.ts';

const splitGlobalID = (globalID: string): [string?, string?] => {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? [decoded.slice(0, colon), decoded.slice(colon + 1)] : [];
};

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** `nodes(ids:)` answers at most this many ids, like a page. */
export const MAX_NODE_IDS = 100;
/**
 * Query cost limits (@pothos/plugin-complexity); the parser limits in http/limits.ts agree with them.
 * The complexity is the default of QUERY_MAX_COMPLEXITY.
 */
export const QUERY_LIMITS = { complexity: 5_000, depth: 12, breadth: 200 };
/** Any JSON input (meta, provenance, config params, search spaces, filters) is at most this deep and large. */
export const JSON_MAX_DEPTH = 32;
export const JSON_MAX_BYTES = 1_048_576;

/** What a caller may do: read (queries, subscriptions), write (mutations), admin (tokens). Everything while auth is off. */
export function scopesOf({ config, viewer }: Pick<Context, 'config' | 'viewer'>) {
  const open = !config.authRequired;
  const role = viewer.role;
  return {
    read: open || role !== null,
    write: open || role === 'WRITE' || role === 'ADMIN',
    admin: open || role === 'ADMIN',
  };
}

const rootFieldSpan = createOpenTelemetryWrapper(trace.getTracer('tunix-rt'), {
  includeArgs: false,
  includeSource: false,
  // Named for the field (Mutation.createRun) rather than the generic graphql.resolve.
  onSpan: (span, _options, _parent, _args, _context, info) => span.updateName(`${info.parentType.name}.${info.fieldName}`),
});

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  AuthScopes: { read: boolean; write: boolean; admin: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Fields are non-null unless they say otherwise, so generated client types are not full of `| null`.
  defaultFieldNullability: false,
  plugins: [TracingPlugin, ScopeAuthPlugin, SimpleObjectsPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  // A span per root field (one resolver group each), under the operation's span; nothing when tracing is off.
  tracing: {
    default: (config) => isRootField(config),
    wrap: (resolver, options) => rootFieldSpan(resolver, options),
  },
  scopeAuth: {
    authScopes: scopesOf,
    unauthorizedError: (_parent, { viewer }, _info, result) =>
      new DomainError(
        viewer.role ? 'FORBIDDEN' : 'UNAUTHENTICATED',
        viewer.role
          ? `${result.message}: this token's role (${viewer.role}) is not allowed to do this`
          : `${result.message}: send an API token as "Authorization: Bearer <token>"`,
      ),
  },
  prisma: {
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    // Every connection also spreads `pageSize` (modules/common/connection.ts), whose per-field
    // `maxSize` refuses a page over the cap; these are only the fallback.
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    // Set per request in the context: the Prisma client of this server's database.
    client: (ctx) => ctx.prisma,
  },
  relay: {
    // Every node id is a UUID: a global id hiding anything else is refused here, once for every
    // argument, instead of reaching the database as a malformed value.
    decodeGlobalID: (globalID) => {
      const [typename, id] = splitGlobalID(globalID);
      if (!typename || !id || !isUuid(id)) {
        throw new DomainError('BAD_USER_INPUT', `"${globalID}" is not an id this API issued: use the id field of an object`);
      }
      return { typename, id };
    },
    nodeQueryOptions: {
      resolve: (_root, { id }, _ctx, info, resolveNode) => {
        checkNodeType(info.schema, id.typename, 'id');
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      resolve: (_root, { ids }, _ctx, info, resolveNodes) => {
        if (ids.length > MAX_NODE_IDS) {
          throw invalidInput([{ path: 'ids', message: `must have at most ${MAX_NODE_IDS} ids (got ${ids.length})` }]);
        }
        for (const [index, id] of ids.entries()) checkNodeType(info.schema, id.typename, `ids.${index}`);
        return resolveNodes(ids);
      },
    },
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  complexity: {
    // A connection costs its page size times its selection; other lists count as 10 items.
    fieldComplexity: (args, _ctx, field) => {
      const type = getNamedType(field.type).name;
      const isList = isListType(getNullableType(field.type));
      if (type.endsWith('Connection') && !isList) {
        const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
        return { field: 1, multiplier: Math.max(1, size) };
      }
      if (field.name === 'edges' && type.endsWith('Edge')) return { field: 0, multiplier: 1 };
      return isList ? { field: 1, multiplier: 10 } : 1;
    },
    limit: (ctx) => ({ ...QUERY_LIMITS, complexity: ctx.config.queryMaxComplexity }),
    complexityError: (kind, result) => {
      const name = kind.toLowerCase() as 'complexity' | 'depth' | 'breadth';
      const max = result[`max${kind}` as const];
      return new DomainError(
        'BAD_USER_INPUT',
        `Query ${name} ${result[name]} exceeds the limit of ${max}: ask for fewer fields, less nesting or smaller pages`,
        { limit: name, max },
      );
    },
  },
});

// Relay: node(id:) and nodes(ids:) answer null for an id whose object does not exist (e.g. was
// deleted), so every prismaNode loads with findUnique instead of Pothos's default findUniqueOrThrow.
const definePrismaNode = builder.prismaNode.bind(builder);
builder.prismaNode = ((type: string, options: object) =>
  definePrismaNode(type as never, { ...options, nullable: true } as never)) as typeof builder.prismaNode;

/** A global id naming a type that is no node of this API was never issued by it. */
function checkNodeType(schema: GraphQLSchema, typename: string, path: string): void {
  const type = schema.getType(typename);
  if (!isObjectType(type) || !type.getInterfaces().some((node) => node.name === 'Node')) {
    throw invalidInput([{ path, message: `names no type of this API ("${typename}"): use the id field of an object` }]);
  }
}

/** Refuses JSON deeper than JSON_MAX_DEPTH (checked without recursing further) or larger than JSON_MAX_BYTES. */
function checkJsonInput(value: unknown): unknown {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth > JSON_MAX_DEPTH) throw new TypeError(`must be at most ${JSON_MAX_DEPTH} levels deep`);
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
  if (bytes > JSON_MAX_BYTES) throw new TypeError(`must be at most ${JSON_MAX_BYTES} bytes of JSON (got ${bytes})`);
  return value;
}

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType(
  'JSON',
  new GraphQLScalarType({
    ...JSONResolver.toConfig(),
    parseValue: (value) => checkJsonInput(JSONResolver.parseValue(value)),
    parseLiteral: (ast, variables) => checkJsonInput(JSONResolver.parseLiteral(ast, variables)),
  }),
);

builder.queryType({ authScopes: { read: true } });
builder.mutationType({ authScopes: { write: true } });
builder.subscriptionType({ authScopes: { read: true } });
