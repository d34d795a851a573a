// Example operations that open as tabs in GraphiQL on first visit: the whole path from a trace
// to a registered model. Global ids printed by one tab go into the variables of the next.
const tab = (query: string, variables?: object) => ({
  query: query.trim(),
  variables: variables ? JSON.stringify(variables, null, 2) : null,
});

export const graphiqlTabs = [
  tab(
    `
# Welcome to tunix-rt. Each tab is one step; run it with ▶.
# 1. Capture reasoning traces (createTraces takes up to 1,000 per call).
mutation CreateTraces($input: CreateTracesInput!) {
  createTraces(input: $input) {
    createdCount
    traces { id prompt stepCount finalAnswer }
  }
}`,
    {
      input: {
        traces: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
          prompt: `Convert ${50 + n * 6}°F to Celsius`,
          steps: [
            { i: 0, type: 'parse', content: `Temperature is ${50 + n * 6}°F` },
            { i: 1, type: 'formula', content: 'C = (F - 32) × 5/9' },
            { i: 2, type: 'compute', content: `(${50 + n * 6} - 32) × 5/9 = ${(((50 + n * 6 - 32) * 5) / 9).toFixed(1)}` },
          ],
          finalAnswer: `${(((50 + n * 6 - 32) * 5) / 9).toFixed(1)}°C`,
          meta: { source: 'graphiql-example' },
        })),
      },
    },
  ),
  tab(
    `
# 2. Page through traces: pass pageInfo.endCursor as "after" for the next page.
query Traces($after: String, $filter: TraceFilter) {
  traces(first: 10, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id createdAt prompt source stepCount } }
  }
}`,
    { filter: { source: 'graphiql-example' } },
  ),
  tab(
    `
# 3. Freeze a selection of traces into an immutable, versioned dataset.
mutation BuildDataset($input: BuildDatasetInput!) {
  buildDataset(input: $input) {
    dataset { id key traceCount checksum stats exportUrl(format: TUNIX_SFT) }
  }
}`,
    { input: { name: 'temperatures', version: 'v1', filter: { source: 'graphiql-example' }, limit: 100 } },
  ),
  tab(
    `
# 4. Train: queue a run with the builtin trainer (paste the dataset id from tab 3).
mutation CreateRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run { id status executor config }
  }
}`,
    { input: { datasetId: '<dataset id from tab 3>', executor: 'BUILTIN', config: { epochs: 3, learningRate: 0.5 } } },
  ),
  tab(
    `
# 5. Watch it live (paste the run id from tab 4). The first event is the run as it is now;
#    the subscription ends after SUCCEEDED, FAILED, CANCELLED or TIMED_OUT.
subscription WatchRun($id: ID!) {
  runUpdated(id: $id) { status startedAt finishedAt error summaryMetrics }
}`,
    { id: '<run id from tab 4>' },
  ),
  tab(
    `
# 6. Stream its logs: stored lines first, then live ones. Reconnect with afterSeq = the last seq you got.
subscription RunLogs($runId: ID!) {
  runLogAppended(runId: $runId, afterSeq: 0) { seq stream text }
}`,
    { runId: '<run id from tab 4>' },
  ),
  tab(
    `
# 7. A sweep: each trial is a run with sampled hyperparameters; at most maxConcurrentTrials at once.
# Search-space types: choice {values}, grid {values}, uniform {min,max}, loguniform {min,max}, randint {min,max (exclusive)}.
mutation Sweep($input: CreateTuningJobInput!) {
  createTuningJob(input: $input) { tuningJob { id status } }
}`,
    {
      input: {
        name: 'learning-rate sweep',
        datasetId: '<dataset id from tab 3>',
        metricName: 'evalLoss',
        metricMode: 'MIN',
        numSamples: 6,
        maxConcurrentTrials: 2,
        baseConfig: { epochs: 2 },
        searchSpace: {
          learningRate: { type: 'loguniform', min: 0.01, max: 2 },
          batchSize: { type: 'choice', values: [16, 32, 64] },
        },
        earlyStopping: { rule: 'MEDIAN', minTrialsCompleted: 2 },
      },
    },
  ),
  tab(
    `
# 8. Start the sweep, then watch it (subscribe to tuningJobUpdated in another tab).
mutation StartSweep($id: ID!) {
  startTuningJob(input: { id: $id }) { tuningJob { status } }
}

subscription WatchSweep($id: ID!) {
  tuningJobUpdated(id: $id) {
    status bestMetricValue bestParams
    trials(first: 20, orderBy: METRIC_BEST_FIRST) { edges { node { number status params metricValue } } }
  }
}`,
    { id: '<tuning job id from tab 7>' },
  ),
  tab(
    `
# 9. Register the winner in the model registry as a new version (moving an alias such as
#    "production" onto it is a separate step: setModelAlias).
mutation Promote($jobId: ID!) {
  promoteBestTrial(input: { tuningJobId: $jobId, artifactName: "temperature-reasoner" }) {
    version { id version sha256 sizeBytes metrics artifact { id name } }
  }
}`,
    { jobId: '<tuning job id from tab 7>' },
  ),
];
