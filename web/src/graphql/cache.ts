import { type Cache, cacheExchange, type UpdateResolver } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

// Types without an `id` are stored inside their parent instead of as entities of their own.
// Listing them keeps graphcache from warning, and documents which types are value objects.
const embedded = () => null;
const valueTypes = [
  'PageInfo',
  'TraceStep',
  'RunStatusChange',
  'RunArtifact',
  'RunLogChunk',
  'RunMetricPoint',
  'RunMetricSeries',
  'MetricPoint',
  'RunComparison',
  'ConfigDifference',
  'MetricComparison',
  'DatasetItem',
  'EarlyStopping',
  'Trainer',
  'ModelAliasChange',
  'TraceConnection',
  'TraceEdge',
  'TraceScoreConnection',
  'TraceScoreEdge',
  'RunConnection',
  'RunEdge',
  'RunLogConnection',
  'RunLogEdge',
  'DatasetConnection',
  'DatasetEdge',
  'DatasetItemConnection',
  'DatasetItemEdge',
  'DatasetRunConnection',
  'DatasetRunEdge',
  'DatasetChildConnection',
  'DatasetChildEdge',
  'TuningJobConnection',
  'TuningJobEdge',
  'TrialConnection',
  'TrialEdge',
  'ModelArtifactConnection',
  'ModelArtifactEdge',
  'ModelVersionConnection',
  'ModelVersionEdge',
  'ApiTokenConnection',
  'ApiTokenEdge',
  'BuildDatasetPayload',
  'CancelRunPayload',
  'CreateRunPayload',
  'CreateTuningJobPayload',
  'StartTuningJobPayload',
  'CancelTuningJobPayload',
  'PromoteBestTrialPayload',
  'PromoteRunPayload',
  'SetModelAliasPayload',
  'CreateApiTokenPayload',
  'RevokeApiTokenPayload',
  'Viewer',
  'ViewerScopes',
];

/** After a mutation that creates an item of a list, every cached page of that list is refetched. */
const invalidateLists =
  (...fieldNames: string[]): UpdateResolver =>
  (_result, _args, cache: Cache) => {
    for (const field of cache.inspectFields('Query')) {
      if (fieldNames.includes(field.fieldName)) cache.invalidate('Query', field.fieldKey);
    }
  };

/** Normalized cache: a Run seen through a subscription updates every list and page that shows it. */
export function createCache() {
  return cacheExchange({
    keys: Object.fromEntries(valueTypes.map((type) => [type, embedded])),
    resolvers: {
      // Pages fetched with `after` are merged into one list per filter ("Load more").
      Query: {
        traces: relayPagination(),
        runs: relayPagination(),
        datasets: relayPagination(),
        tuningJobs: relayPagination(),
        modelArtifacts: relayPagination(),
        apiTokens: relayPagination(),
      },
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
      },
    },
  });
}
