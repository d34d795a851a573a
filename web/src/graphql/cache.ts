import { type Cache, cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { IntrospectionObjectType } from 'graphql';
import type { GraphCacheConfig, Query } from './generated/graphcache';
import introspection from './generated/introspection';

const { queryType, mutationType, subscriptionType } = introspection.__schema;
const rootTypes = new Set([queryType.name, mutationType?.name, subscriptionType?.name]);

/**
 * Object types without an `id` field (connections, edges, payloads, value objects), from the schema.
 * graphcache stores them inside their parent instead of as entities; keying them to null says so
 * (and keeps graphcache from warning).
 */
export const valueTypes = introspection.__schema.types
  .filter((type) => type.kind === 'OBJECT' && !rootTypes.has(type.name))
  .filter((type) => !(type as IntrospectionObjectType).fields.some((field) => field.name === 'id'))
  .map((type) => type.name);
const embedded = () => null;

/** After a mutation that creates an item of a list, every cached page of that list is refetched. */
const invalidateLists =
  (...fieldNames: Array<keyof Query>) =>
  (_result: unknown, _args: unknown, cache: Cache) => {
    const lists = new Set<string>(fieldNames);
    for (const field of cache.inspectFields('Query')) {
      if (lists.has(field.fieldName)) cache.invalidate('Query', field.fieldKey);
    }
  };

/** Normalized cache: a Run seen through a subscription updates every list and page that shows it. */
export function createCache() {
  return cacheExchange<GraphCacheConfig>({
    keys: Object.fromEntries(valueTypes.map((type) => [type, embedded])) as Record<string, typeof embedded>,
    resolvers: {
      // Pages fetched with `after` are merged into one list per filter ("Load more").
      Query: {
        traces: relayPagination(),
        runs: relayPagination(),
        datasets: relayPagination(),
        tuningJobs: relayPagination(),
        modelArtifacts: relayPagination(),
        apiTokens: relayPagination(),
        leaderboard: relayPagination(),
        regressionBaselines: relayPagination(),
      },
      Evaluation: { items: relayPagination() },
      Run: { regressionChecks: relayPagination() },
      RegressionBaseline: { checks: relayPagination() },
    },
    updates: {
      Mutation: {
        createRun: invalidateLists('runs'),
        buildDataset: invalidateLists('datasets'),
        createDataset: invalidateLists('datasets'),
        createTuningJob: invalidateLists('tuningJobs'),
        promoteBestTrial: invalidateLists('modelArtifacts', 'modelArtifactByName'),
        promoteRun: invalidateLists('modelArtifacts', 'modelArtifactByName'),
        createApiToken: invalidateLists('apiTokens'),
        createRegressionBaseline: invalidateLists('regressionBaselines', 'regressionBaseline'),
      },
    },
  });
}
