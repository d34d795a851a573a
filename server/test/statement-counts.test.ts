// Every list in the schema costs the same number of SQL statements whatever its page size: this
// walks the schema from the root, builds a query for each chain of object fields (connections,
// lists and single objects, up to four hops deep, all scalar fields selected at every level),
// runs it with every page size at 10 and at 100 over seeded data, and compares the statements.
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/builder.ts';
import { schema } from '../src/schema.ts';
import { seedEveryList } from './factories.ts';
import { startTestServer, type TestServer } from './harness.ts';

/** Roots seeded per list, more than the small page size, so an N+1 shows as 10 against 12. */
const ROOTS = 12;
const MAX_HOPS = 4;

/**
 * Scalars that read more than their row by design, and are priced so (complexity) rather than
 * batched: a dataset's inline JSONL export reads every member.
 */
const PER_ROW_BY_DESIGN = new Set(['Dataset.export']);

type Field = GraphQLField<unknown, unknown>;

const needsArguments = (field: Field) => field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

const connectionNode = (type: GraphQLNamedType): GraphQLObjectType | undefined => {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return undefined;
  const edges = type.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  const named = node && getNamedType(node.type);
  return isObjectType(named) ? named : undefined;
};

/** The object a hop through `field` lands on: a connection's node, or the field's own object type. */
const hopTarget = (field: Field): GraphQLObjectType | undefined => {
  const type = getNamedType(field.type);
  return connectionNode(type) ?? (isObjectType(type) ? type : undefined);
};

const scalarsOf = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((field) => {
      const named = getNamedType(field.type);
      return (
        (isScalarType(named) || isEnumType(named)) &&
        !needsArguments(field) &&
        !PER_ROW_BY_DESIGN.has(`${type.name}.${field.name}`)
      );
    })
    .map((field) => field.name);

/** Every chain of object fields from the root, up to MAX_HOPS, never entering a type twice. */
function chains(): Field[][] {
  const found: Field[][] = [];
  const walk = (type: GraphQLObjectType, path: Field[], seen: Set<string>) => {
    const next = Object.values(type.getFields()).filter((field) => {
      const target = hopTarget(field);
      return target && !needsArguments(field) && !seen.has(target.name);
    });
    if (path.length === MAX_HOPS || next.length === 0) {
      // Only chains with a connection, whose page size varies, and that a client may ask for at all
      // (a connection is three levels deep: field, edges, node).
      const depth = path.reduce((sum, field) => sum + (connectionNode(getNamedType(field.type)) ? 3 : 1), 1);
      if (path.some((field) => connectionNode(getNamedType(field.type))) && depth <= QUERY_LIMITS.depth) found.push(path);
      return;
    }
    for (const field of next) {
      const target = hopTarget(field) as GraphQLObjectType;
      walk(target, [...path, field], new Set([...seen, target.name]));
    }
  };
  walk(schema.getQueryType() as GraphQLObjectType, [], new Set(['Query']));
  return found;
}

/** A trie of chains: the fields to select below one object, each with what to select below it. */
type Tree = Map<string, { field: Field; below: Tree }>;

function treeOf(group: Field[][]): Tree {
  const root: Tree = new Map();
  for (const chain of group) {
    let level = root;
    for (const field of chain) {
      const entry = level.get(field.name) ?? { field, below: new Map() };
      level.set(field.name, entry);
      level = entry.below;
    }
  }
  return root;
}

/** One query selecting every chain of the group, every connection asking for `$n` items. */
function queryOf(group: Field[][]): string {
  const level = (type: GraphQLObjectType, tree: Tree): string => {
    const parts = scalarsOf(type);
    for (const { field, below } of tree.values()) {
      const named = getNamedType(field.type) as GraphQLObjectType;
      const inner = level(hopTarget(field) as GraphQLObjectType, below) || '__typename';
      // Plain lists with a `first` of their own (e.g. health's recent promotions) keep their default.
      const first = connectionNode(named) && field.args.some((arg) => arg.name === 'first') ? '(first: $n)' : '';
      const totalCount = connectionNode(named) && named.getFields().totalCount ? 'totalCount ' : '';
      parts.push(
        connectionNode(named)
          ? `${field.name}${first} { ${totalCount}pageInfo { hasNextPage endCursor } edges { cursor node { ${inner} } } }`
          : `${field.name}${first} { ${inner} }`,
      );
    }
    return parts.join(' ');
  };
  return `query Walk($n: Int) { ${level(schema.getQueryType() as GraphQLObjectType, treeOf(group))} }`;
}

let server: TestServer;
beforeAll(async () => {
  // Page size 100 at every level of a four-hop chain costs more than a public server allows.
  server = await startTestServer({ env: { QUERY_MAX_COMPLEXITY: '100000000' } });
  await seedEveryList(server.deps, ROOTS);
}, 120_000);
afterAll(() => server?.close());

describe('statement counts', () => {
  it('are the same at page size 10 and 100 for every chain of lists reachable from the root', { timeout: 120_000 }, async () => {
    const all = chains();
    const named = (chain: Field[]) => chain.map((field) => field.name).join(' → ');
    // The chains the issue named, so a schema change cannot silently drop them from the walk.
    const names = all.map(named);
    for (const wanted of ['runs → metricSeries', 'tuningJobs → trials → run → artifacts', 'datasets → items → trace → scores']) {
      expect(names.some((name) => name.startsWith(wanted))).toBe(true);
    }
    // Chains sharing a prefix go in one query; a query that is uneven or refused (over the
    // operation limits) is split by the next field, down to the one chain that is uneven.
    const uneven: string[] = [];
    let seededRoots = 0;
    const check = async (group: Field[][], prefix: number): Promise<void> => {
      const counts: number[] = [];
      const errors: string[] = [];
      for (const n of [10, 100]) {
        server.sql.length = 0;
        const result = await server.gql<Record<string, { edges?: unknown[] }>>(queryOf(group), { n });
        if (result.errors) errors.push(JSON.stringify(result.errors));
        counts.push(server.sql.length);
        if (n === 100 && !result.errors && (result.data?.[group[0]?.[0]?.name ?? '']?.edges?.length ?? 0) > 10) {
          seededRoots += group.length;
        }
      }
      if (counts[0] === counts[1] && errors.length === 0) return;
      if (group.length === 1) {
        const chain = named(group[0] as Field[]);
        uneven.push(
          errors.length ? `${chain}: ${errors.join(' ')}` : `${chain}: ${counts[0]} statements at 10, ${counts[1]} at 100`,
        );
        return;
      }
      for (const part of groupBy(group, prefix + 1).values()) await check(part, prefix + 1);
    };
    const groupBy = (group: Field[][], length: number) => {
      const parts = new Map<string, Field[][]>();
      for (const chain of group) {
        const key = named(chain.slice(0, length));
        parts.set(key, [...(parts.get(key) ?? []), chain]);
      }
      return parts;
    };
    for (const group of groupBy(all, 2).values()) await check(group, 2);
    expect(uneven).toEqual([]);
    // Most chains start at a root connection with more than 10 rows, so a per-row statement shows.
    expect(seededRoots).toBeGreaterThan(all.length / 2);
  });
});
