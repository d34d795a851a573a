/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n": typeof types.RunDetailFragmentDoc,
    "\n  query Run($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n    }\n  }\n": typeof types.RunUpdatedDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RunRowFragmentDoc,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n": typeof types.RunsChangedDocument,
    "\n  query TraceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trace {\n        id\n        createdAt\n        prompt\n        finalAnswer\n        source\n        tags\n        traceVersion\n        meta\n        steps {\n          i\n          type\n          content\n        }\n      }\n    }\n  }\n": typeof types.TraceDetailDocument,
    "\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n": typeof types.TracesDocument,
};
const documents: Documents = {
    "\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n": types.RunDetailFragmentDoc,
    "\n  query Run($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n": types.RunDocument,
    "\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n    }\n  }\n": types.RunUpdatedDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n": types.CancelRunDocument,
    "\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n": types.RunRowFragmentDoc,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n": types.RunsChangedDocument,
    "\n  query TraceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trace {\n        id\n        createdAt\n        prompt\n        finalAnswer\n        source\n        tags\n        traceVersion\n        meta\n        steps {\n          i\n          type\n          content\n        }\n      }\n    }\n  }\n": types.TraceDetailDocument,
    "\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n": types.TracesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query Run($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n    }\n  }\n"): (typeof documents)["\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n"): (typeof documents)["\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trace {\n        id\n        createdAt\n        prompt\n        finalAnswer\n        source\n        tags\n        traceVersion\n        meta\n        steps {\n          i\n          type\n          content\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trace {\n        id\n        createdAt\n        prompt\n        finalAnswer\n        source\n        tags\n        traceVersion\n        meta\n        steps {\n          i\n          type\n          content\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;