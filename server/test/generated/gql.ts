/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n        executor\n        baseModel\n        config\n        dataset { key }\n        statusChanges { fromStatus toStatus reason }\n      }\n    }\n  }\n": typeof types.CreateRunDocument,
    "\n  mutation CancelRun($id: ID!, $reason: String) {\n    cancelRun(input: { id: $id, reason: $reason }) { run { id status error statusChanges { toStatus reason } } }\n  }\n": typeof types.CancelRunDocument,
    "\n  mutation CreateTraces($input: CreateTracesInput!) {\n    createTraces(input: $input) { createdCount traces { id } }\n  }\n": typeof types.CreateTracesDocument,
    "\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) { dataset { id key traceCount } }\n  }\n": typeof types.BuildDatasetDocument,
    "\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) { tuningJob { id status } }\n  }\n": typeof types.CreateTuningJobDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id role prefix } }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query RunsTable($first: Int, $after: String, $last: Int, $before: String, $filter: RunFilter, $orderBy: RunOrder) {\n    runs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id name number tags summaryMetrics config dataset { key } statusChanges { toStatus } } }\n    }\n  }\n": typeof types.RunsTableDocument,
    "\n  mutation UpdateRun($input: UpdateRunInput!) {\n    updateRun(input: $input) { run { id name number tags notes } }\n  }\n": typeof types.UpdateRunDocument,
    "\n  query RunValueKeys { runValueKeys { metrics params } }\n": typeof types.RunValueKeysDocument,
};
const documents: Documents = {
    "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n        executor\n        baseModel\n        config\n        dataset { key }\n        statusChanges { fromStatus toStatus reason }\n      }\n    }\n  }\n": types.CreateRunDocument,
    "\n  mutation CancelRun($id: ID!, $reason: String) {\n    cancelRun(input: { id: $id, reason: $reason }) { run { id status error statusChanges { toStatus reason } } }\n  }\n": types.CancelRunDocument,
    "\n  mutation CreateTraces($input: CreateTracesInput!) {\n    createTraces(input: $input) { createdCount traces { id } }\n  }\n": types.CreateTracesDocument,
    "\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) { dataset { id key traceCount } }\n  }\n": types.BuildDatasetDocument,
    "\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) { tuningJob { id status } }\n  }\n": types.CreateTuningJobDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id role prefix } }\n  }\n": types.CreateApiTokenDocument,
    "\n  query RunsTable($first: Int, $after: String, $last: Int, $before: String, $filter: RunFilter, $orderBy: RunOrder) {\n    runs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id name number tags summaryMetrics config dataset { key } statusChanges { toStatus } } }\n    }\n  }\n": types.RunsTableDocument,
    "\n  mutation UpdateRun($input: UpdateRunInput!) {\n    updateRun(input: $input) { run { id name number tags notes } }\n  }\n": types.UpdateRunDocument,
    "\n  query RunValueKeys { runValueKeys { metrics params } }\n": types.RunValueKeysDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n        executor\n        baseModel\n        config\n        dataset { key }\n        statusChanges { fromStatus toStatus reason }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').CreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!, $reason: String) {\n    cancelRun(input: { id: $id, reason: $reason }) { run { id status error statusChanges { toStatus reason } } }\n  }\n"): typeof import('./graphql.ts').CancelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTraces($input: CreateTracesInput!) {\n    createTraces(input: $input) { createdCount traces { id } }\n  }\n"): typeof import('./graphql.ts').CreateTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) { dataset { id key traceCount } }\n  }\n"): typeof import('./graphql.ts').BuildDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) { tuningJob { id status } }\n  }\n"): typeof import('./graphql.ts').CreateTuningJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id role prefix } }\n  }\n"): typeof import('./graphql.ts').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsTable($first: Int, $after: String, $last: Int, $before: String, $filter: RunFilter, $orderBy: RunOrder) {\n    runs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id name number tags summaryMetrics config dataset { key } statusChanges { toStatus } } }\n    }\n  }\n"): typeof import('./graphql.ts').RunsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRun($input: UpdateRunInput!) {\n    updateRun(input: $input) { run { id name number tags notes } }\n  }\n"): typeof import('./graphql.ts').UpdateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunValueKeys { runValueKeys { metrics params } }\n"): typeof import('./graphql.ts').RunValueKeysDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
