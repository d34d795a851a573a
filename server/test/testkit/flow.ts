// The flows server tests share, on the operations in documents.ts (typed by graphql-codegen into
// server/test/generated, from schema/schema.graphql: `npm run codegen -w web`). A test writes
// a document there once and imports it; results and variables carry the generated types.

import { globalId, makeDataset } from '../factories.ts';
import type {
  CreateApiTokenInput,
  CreateRunInput,
  CreateTraceInput,
  CreateTuningJobInput,
  TypedDocumentString,
} from '../generated/graphql.ts';
import { startTestServer, type TestServer, type TestServerOptions } from '../harness.ts';
import {
  BuildDatasetDocument,
  CreateApiTokenDocument,
  CreateRunDocument,
  CreateTracesDocument,
  CreateTuningJobDocument,
} from './documents.ts';

export type { CreateRunInput, CreateTraceInput, CreateTuningJobInput } from '../generated/graphql.ts';
export * from './documents.ts';

/** Runs a typed operation and returns its data; any GraphQL error fails the test. */
export function execute<Result, Variables>(
  server: TestServer,
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  headers?: Record<string, string>,
): Promise<Result> {
  return server.ok<Result>(document.toString(), variables as Record<string, unknown> | undefined, headers);
}

/**
 * Sends a typed operation and returns the whole response, errors included. Variables are not
 * checked against the document: tests of refused input send what no typed client would.
 */
export function request<Result, Variables>(
  server: TestServer,
  document: TypedDocumentString<Result, Variables>,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  return server.gql<Result>(document.toString(), variables, headers);
}

/** The database id inside a global id (`base64("Type:uuid")`). */
export const rawId = (globalId: string): string => {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw new Error(`"${globalId}" is not a global id`);
  return decoded.slice(colon + 1);
};

/** Queues a run and returns it as createRun answered. */
export async function startRun(server: TestServer, input: CreateRunInput) {
  return (await execute(server, CreateRunDocument, { input })).createRun.run;
}

/** Creates traces in one createTraces call; returns their global ids in input order. */
export async function createTraces(server: TestServer, traces: CreateTraceInput[]): Promise<string[]> {
  return (await execute(server, CreateTracesDocument, { input: { traces } })).createTraces.traces.map((trace) => trace.id);
}

/**
 * `count` traces of one source (`meta.source`), frozen as a dataset named after it; returns the
 * dataset's and the traces' global ids.
 */
export async function createDatasetWithTraces(server: TestServer, source: string, count: number) {
  const traceIds = await createTraces(
    server,
    Array.from({ length: count }, (_, n) => ({
      prompt: `${source} question ${n}`,
      finalAnswer: `answer ${n}`,
      steps: [{ i: 0, type: 'step', content: `think about ${n}` }],
      meta: { source },
    })),
  );
  const { dataset } = (
    await execute(server, BuildDatasetDocument, { input: { name: source, version: 'v1', filter: { source }, limit: count } })
  ).buildDataset;
  return { datasetId: dataset.id, traceIds };
}

/** Queues a tuning job and returns it as createTuningJob answered. */
export async function createTuningJob(server: TestServer, input: CreateTuningJobInput) {
  return (await execute(server, CreateTuningJobDocument, { input })).createTuningJob.tuningJob;
}

/** A test file's server (the harness's) with a dataset of `traces` factory traces, by its global id. */
export async function startServerWithDataset(traces: number, options?: TestServerOptions) {
  const server = await startTestServer(options);
  return { server, datasetId: globalId('Dataset', await makeDataset(server.deps, traces)) };
}

/** The ADMIN_TOKEN of servers started by startServerWithAuth. */
export const TEST_ADMIN_TOKEN = 'test-admin-secret-0123456789';

/** Headers that send `secret` as a bearer token. */
export const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });

/** Headers that send TEST_ADMIN_TOKEN. */
export const asAdmin = bearer(TEST_ADMIN_TOKEN);

/** A test file's server (the harness's) that wants a token on every request, with TEST_ADMIN_TOKEN as its ADMIN_TOKEN. */
export function startServerWithAuth(options: TestServerOptions = {}): Promise<TestServer> {
  return startTestServer({ ...options, env: { ...options.env, AUTH_REQUIRED: 'true', ADMIN_TOKEN: TEST_ADMIN_TOKEN } });
}

/** An API token made by the admin through createApiToken: its secret, token and headers that send it. */
export async function createToken(server: TestServer, input: CreateApiTokenInput) {
  const { secret, token } = (await execute(server, CreateApiTokenDocument, { input }, asAdmin)).createApiToken;
  return { secret, token, headers: bearer(secret) };
}

/** A connection as the paging tests select it: its total, its pageInfo and each edge's node. */
export interface ConnectionPage<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  edges: { node: Node }[];
}
