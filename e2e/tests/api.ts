// Talks to the API the way a script would, to set up what a page then shows.
import { type APIRequestContext, expect } from '@playwright/test';
import type { CreateRunInput, TypedDocumentString } from '../../server/test/generated/graphql.ts';
import {
  BuildDatasetDocument,
  CancelRunDocument,
  CreateRunDocument,
  CreateTracesDocument,
} from '../../server/test/testkit/documents.ts';

interface GraphQLResponse<TData> {
  data?: TData;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one GraphQL operation and fails the test with the server's message on any error. */
export async function graphql<TData>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const response = await request.post('/graphql', { data: { query, variables } });
  expect(response.ok(), `HTTP ${response.status()}: ${await response.text()}`).toBe(true);
  const body = (await response.json()) as GraphQLResponse<TData>;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  if (!body.data) throw new Error('GraphQL response had no data');
  return body.data;
}

/** Runs one typed operation (server/test/testkit/documents.ts); errors fail the test. */
export function execute<Result, Variables>(
  request: APIRequestContext,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  return graphql<Result>(request, document.toString(), variables as Record<string, unknown>);
}

export interface TraceSeed {
  prompt: string;
  finalAnswer: string;
  source: string;
  steps: Array<{ type: string; content: string }>;
}

/** Creates traces in one createTraces call; returns their node ids in input order. */
export async function createTraces(request: APIRequestContext, traces: TraceSeed[]): Promise<string[]> {
  const data = await execute(request, CreateTracesDocument, {
    input: {
      traces: traces.map(({ source, steps, ...trace }) => ({
        ...trace,
        meta: { source },
        steps: steps.map((step, i) => ({ i, ...step })),
      })),
    },
  });
  return data.createTraces.traces.map((trace) => trace.id);
}

/** Freezes the (newest `limit`) traces of one source as a dataset named after it (version v1); returns its id. */
export async function buildDataset(request: APIRequestContext, source: string, limit = 100): Promise<string> {
  const { buildDataset } = await execute(request, BuildDatasetDocument, {
    input: { name: source, version: 'v1', filter: { source }, limit },
  });
  return buildDataset.dataset.id;
}

/** Queues a run (createRun's input minus the dataset); returns its id and status. */
export async function createRun(
  request: APIRequestContext,
  datasetId: string,
  input: Record<string, unknown>,
): Promise<{ id: string; status: string }> {
  const { createRun } = await execute(request, CreateRunDocument, { input: { datasetId, ...input } as CreateRunInput });
  return createRun.run;
}

/** Freezes the traces of one source as a dataset, then queues a run on it; returns the run's id. */
export async function queueRunOnSource(request: APIRequestContext, source: string): Promise<string> {
  const datasetId = await buildDataset(request, source);
  const run = await createRun(request, datasetId, { executor: 'DRY_RUN', name: `${source} run` });
  expect(run.status).toBe('PENDING');
  return run.id;
}

/**
 * Traces that the builtin trainer can learn from: `count` sums, each with its steps. `padding`
 * repeats a sentence in each step, to make training take longer (the trainer's time grows with
 * the characters it reads).
 */
export function arithmeticTraces(source: string, count: number, padding = 0): TraceSeed[] {
  const filler = ' We add the two numbers step by step.'.repeat(padding);
  return Array.from({ length: count }, (_, n) => ({
    prompt: `What is ${n} + ${n * 3}?`,
    finalAnswer: String(n * 4),
    source,
    steps: [
      { type: 'parse', content: `two numbers: ${n} and ${n * 3}.${filler}` },
      { type: 'compute', content: `${n} + ${n * 3} = ${n * 4}` },
    ],
  }));
}

export async function cancelRun(request: APIRequestContext, runId: string): Promise<void> {
  await execute(request, CancelRunDocument, { id: runId, reason: 'cancelled by the e2e test' });
}
