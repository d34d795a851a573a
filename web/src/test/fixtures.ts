// API-shaped objects for component tests, with the __typename graphcache needs to normalize them.
import type { Viewer } from '../auth/session';
import type { RunStatus } from '../graphql/generated/graphql';

export function traceNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Trace',
    id: `VHJhY2U6${n}`,
    createdAt: `2026-11-2${n % 10}T10:00:00.000Z`,
    prompt: `What is ${n} + ${n}?`,
    source: 'unit-test',
    stepCount: 2,
    finalAnswer: String(n + n),
    ...overrides,
  };
}

export function connection(typename: string, nodes: Array<Record<string, unknown>>, hasNextPage = false) {
  return {
    __typename: typename,
    totalCount: nodes.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      endCursor: nodes.length ? `cursor-${String(nodes.at(-1)?.id)}` : null,
    },
    edges: nodes.map((node) => ({
      __typename: typename.replace(/Connection$/, 'Edge'),
      cursor: `cursor-${String(node.id)}`,
      node,
    })),
  };
}

export function runNode(status: RunStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Run',
    id: 'UnVuOjE=',
    name: 'first run',
    status,
    executor: 'BUILTIN',
    baseModel: 'tunix-rt/char-ngram',
    createdAt: '2026-11-22T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    durationSeconds: null,
    error: null,
    exitCode: null,
    attempt: 1,
    maxAttempts: 3,
    config: { epochs: 2, learningRate: 0.5, batchSize: 32, seed: 42 },
    summaryMetrics: null,
    number: 1,
    tags: [],
    notes: null,
    artifacts: [],
    dataset: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1' },
    statusChanges: [
      {
        __typename: 'RunStatusChange',
        fromStatus: null,
        toStatus: 'PENDING',
        reason: null,
        createdAt: '2026-11-22T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** A run's metric series as `metricSeries` returns them: one per name, points by step. */
export function metricSeries(series: Record<string, Array<[step: number, value: number]>>) {
  return Object.entries(series).map(([name, points]) => ({
    __typename: 'RunMetricSeries',
    name,
    total: points.length,
    points: points.map(([step, value]) => ({
      __typename: 'MetricPoint',
      step,
      value,
      recordedAt: new Date(Date.UTC(2026, 10, 22, 10, 0, step)).toISOString(),
    })),
  }));
}

/** The RunMetrics query's answer for a run. */
export function runMetricsResult(runId: string, series: ReturnType<typeof metricSeries> = []) {
  return { data: { run: { __typename: 'Run', id: runId, metricSeries: series } } };
}

export function logChunk(seq: number, text: string, stream: 'STDOUT' | 'STDERR' = 'STDOUT') {
  return { __typename: 'RunLogChunk', seq, stream, text };
}

export function trialNode(number: number, metricValue: number | null, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Trial',
    id: `VHJpYWw6${number}`,
    number,
    status: metricValue === null ? 'RUNNING' : 'SUCCEEDED',
    params: { learningRate: 0.01 * number, batchSize: 16 * number },
    metricValue,
    error: null,
    run: { __typename: 'Run', id: `UnVuOnRyaWFs${number}`, status: metricValue === null ? 'RUNNING' : 'SUCCEEDED' },
    ...overrides,
  };
}

/** A tuning job as the TuningJobDetail fragment selects it; `trials` in the order the server sends them. */
export function tuningJobNode(status: string, trials: ReturnType<typeof trialNode>[], overrides: Record<string, unknown> = {}) {
  const best = trials.find((trial) => trial.metricValue !== null) ?? null;
  return {
    __typename: 'TuningJob',
    id: 'VHVuaW5nSm9iOjE=',
    name: 'lr sweep',
    status,
    error: null,
    metricName: 'evalLoss',
    metricMode: 'MIN',
    numSamples: 3,
    maxConcurrentTrials: 2,
    seed: 0,
    executor: 'BUILTIN',
    baseModel: 'tunix-rt/char-ngram',
    baseConfig: { epochs: 1 },
    searchSpace: { learningRate: { type: 'loguniform', min: 0.01, max: 2 } },
    createdAt: '2026-11-22T10:00:00.000Z',
    startedAt: '2026-11-22T10:00:01.000Z',
    finishedAt: null,
    earlyStopping: null,
    dataset: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1' },
    bestMetricValue: best?.metricValue ?? null,
    bestParams: best?.params ?? null,
    bestTrial: best ? { __typename: 'Trial', id: best.id, number: best.number, run: best.run } : null,
    trials: connection('TrialConnection', trials),
    ...overrides,
  };
}

/** The Viewer query's answer. */
export function viewerResult(viewer: Viewer) {
  return { data: { viewer } };
}

/**
 * A runConfigSpec answer (a Responder for the RunConfigSpec query). Its values differ from the
 * server's real ones on purpose: a form that shows them read them from the spec.
 */
export const runConfigSpecResponder = {
  respond: (variables: Record<string, unknown>) => {
    const field = (name: string, type: string, extra: Record<string, unknown>) => ({
      __typename: 'RunConfigField',
      name,
      type,
      default: null,
      min: null,
      max: null,
      exclusiveMin: false,
      choices: null,
      description: `about ${name}`,
      ...extra,
    });
    const shared = [
      field('learningRate', 'FLOAT', { default: 0.25, min: 0, max: 8, exclusiveMin: true }),
      field('epochs', 'INT', { default: 7, min: 1, max: 70 }),
      field('device', 'STRING', { default: 'auto', choices: ['cpu', 'auto'] }),
      field('params', 'JSON', {}),
    ];
    const executor = variables.executor as string;
    const fields =
      executor === 'BUILTIN'
        ? [...shared, field('maxStepsPerEpoch', 'INT', { min: 1, max: 500 })]
        : executor === 'COMMAND'
          ? [field('trainer', 'STRING', { choices: ['tiny'] }), ...shared]
          : shared;
    const rules =
      executor === 'BUILTIN'
        ? [{ __typename: 'RunConfigRule', description: 'learningRate × weightDecay < 1: the weights would flip.' }]
        : [];
    return { data: { runConfigSpec: { __typename: 'RunConfigSpec', executor, fields, rules } } };
  },
};

/** A BAD_USER_INPUT answer as the server words it, from its per-field messages by path. */
export function badUserInput(fieldMessages: Record<string, string>) {
  const fieldErrors = Object.entries(fieldMessages).map(([path, message]) => ({ path, message }));
  const problems = fieldErrors.map(({ path, message }) => `${path}: ${message}`).join('; ');
  const message = fieldErrors.length === 1 ? problems : `${fieldErrors.length} input problems: ${problems}`;
  return { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fieldErrors } }] };
}
