import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

// Types without an `id` are stored inside their parent instead of as entities of their own.
// Listing them keeps graphcache from warning, and documents which types are value objects.
const embedded = () => null;
const valueTypes = [
  'PageInfo',
  'TraceStep',
  'RunStatusChange',
  'QueryTracesConnection',
  'QueryTracesConnectionEdge',
  'QueryRunsConnection',
  'QueryRunsConnectionEdge',
  'QueryDatasetsConnection',
  'QueryDatasetsConnectionEdge',
  'TraceScoresConnection',
  'TraceScoresConnectionEdge',
  'CancelRunPayload',
  'CreateRunPayload',
];

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
      },
    },
  });
}
