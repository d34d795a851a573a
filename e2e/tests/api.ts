// Talks to the API the way a script would, to set up what a page then shows.
import { type APIRequestContext, expect } from '@playwright/test';

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

export interface TraceSeed {
  prompt: string;
  finalAnswer: string;
  source: string;
  steps: Array<{ type: string; content: string }>;
}

/** Creates traces in one createTraces call; returns their node ids in input order. */
export async function createTraces(request: APIRequestContext, traces: TraceSeed[]): Promise<string[]> {
  const data = await graphql<{ createTraces: { traces: Array<{ id: string }> } }>(
    request,
    `mutation CreateTraces($input: CreateTracesInput!) {
      createTraces(input: $input) { traces { id } }
    }`,
    {
      input: {
        traces: traces.map(({ source, steps, ...trace }) => ({
          ...trace,
          meta: { source },
          steps: steps.map((step, i) => ({ i, ...step })),
        })),
      },
    },
  );
  return data.createTraces.traces.map((trace) => trace.id);
}

/** Freezes the traces of one source as a dataset, then queues a run on it; returns the run's id. */
export async function queueRunOnSource(request: APIRequestContext, source: string): Promise<string> {
  const { buildDataset } = await graphql<{ buildDataset: { dataset: { id: string } } }>(
    request,
    `mutation BuildDataset($input: BuildDatasetInput!) {
      buildDataset(input: $input) { dataset { id } }
    }`,
    { input: { name: source, version: 'v1', filter: { source } } },
  );
  const { createRun } = await graphql<{ createRun: { run: { id: string; status: string } } }>(
    request,
    `mutation CreateRun($input: CreateRunInput!) {
      createRun(input: $input) { run { id status } }
    }`,
    { input: { datasetId: buildDataset.dataset.id, executor: 'DRY_RUN', name: `${source} run` } },
  );
  expect(createRun.run.status).toBe('PENDING');
  return createRun.run.id;
}

export async function cancelRun(request: APIRequestContext, runId: string): Promise<void> {
  await graphql(
    request,
    `mutation CancelRun($input: CancelRunInput!) {
      cancelRun(input: $input) { run { id status } }
    }`,
    { input: { id: runId, reason: 'cancelled by the e2e test' } },
  );
}
