/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Selects traces by filter, over every trace, and freezes them as a new dataset version. */
export type BuildDatasetInput = {
  /** Up to 10,000 characters. */
  description?: string | null | undefined;
  /** Which traces qualify; none means every trace. */
  filter?: TraceFilter | null | undefined;
  /** 1–DATASET_MAX_TRACES (default 10,000). */
  limit?: number | null | undefined;
  /** 1–128 characters. */
  name: string;
  /** The dataset this one derives from. */
  parentDatasetId?: string | number | null | undefined;
  /** A JSON object merged over the generated provenance (its keys win). */
  provenance?: unknown;
  /** Required for RANDOM. */
  seed?: number | null | undefined;
  /** LATEST or RANDOM. */
  selectionStrategy?: SelectionStrategy | null | undefined;
  /** Up to 128 characters. */
  sessionId?: string | null | undefined;
  /** Free reference to the training run this dataset is for (up to 128 characters). */
  trainingRunRef?: string | null | undefined;
  /** 1–64 characters. name+version must be new. */
  version: string;
};

export type CreateApiTokenInput = {
  expiresAt?: string | null | undefined;
  name: string;
  role?: TokenRole | null | undefined;
};

export type CreateRunInput = {
  baseModel?: string | null | undefined;
  config?: RunConfigInput | null | undefined;
  datasetId: string | number;
  executor?: Executor | null | undefined;
  /** How often a run whose worker died is retried (1–10, default RUN_MAX_ATTEMPTS). */
  maxAttempts?: number | null | undefined;
  name?: string | null | undefined;
};

/** A trace. Lengths count Unicode code points. The whole trace may not exceed TRACE_MAX_BYTES. */
export type CreateTraceInput = {
  /** 1–50,000 characters. */
  finalAnswer: string;
  /** Free JSON object; meta.source names the origin. */
  meta?: unknown;
  /** 1–50,000 characters. */
  prompt: string;
  /** 1–1,000 steps. */
  steps: Array<TraceStepInput>;
  tags?: Array<string> | null | undefined;
  /** 1–64 characters. */
  traceVersion?: string | null | undefined;
};

export type CreateTracesInput = {
  /** 1–1000 traces. */
  traces: Array<CreateTraceInput>;
};

export type CreateTuningJobInput = {
  /** The run config of every trial, before the sampled params. */
  baseConfig?: RunConfigInput | null | undefined;
  baseModel?: string | null | undefined;
  datasetId: string | number;
  /** Null: every trial runs to the end. */
  earlyStopping?: EarlyStoppingInput | null | undefined;
  /** Optimise an evaluation metric: each trial's run is evaluated with this judge when it succeeds, and metricName (primaryScore, score or a judge metric) is read from that evaluation. Use metricMode MAX for scores. */
  evalJudge?: string | null | undefined;
  /** Settings of evalJudge (see evaluateRun judgeConfig). */
  evalJudgeConfig?: unknown;
  executor?: Executor | null | undefined;
  /** Trials running at once (1–10). */
  maxConcurrentTrials?: number | null | undefined;
  metricMode?: MetricMode | null | undefined;
  /** The metric to optimise; the builtin trainer reports trainLoss, evalLoss, evalAccuracy. */
  metricName?: string | null | undefined;
  /** 1–256 characters. */
  name: string;
  /** How many trials to run (1–100). */
  numSamples?: number | null | undefined;
  /**
   * An object mapping each parameter to its distribution:
   * - {"type": "choice", "values": [16, 32, 64]}: one of the values, drawn uniformly;
   * - {"type": "grid", "values": [0, 0.01]}: every value in turn (trial n takes grid combination n mod the grid size);
   * - {"type": "uniform", "min": 0.1, "max": 0.9}: a float in [min, max);
   * - {"type": "loguniform", "min": 0.001, "max": 1}: a float uniform in log space, 0 < min < max;
   * - {"type": "randint", "min": 1, "max": 5}: a whole number in [min, max) (max is exclusive, as in Ray).
   * Parameters named like run config fields (learningRate, epochs, batchSize, weightDecay, maxSeqLength, seed, evalFraction, device, timeoutSeconds) set them; any other name is passed to the trainer in config.params.
   * Example: {"learningRate": {"type": "loguniform", "min": 0.05, "max": 2}, "batchSize": {"type": "choice", "values": [16, 32]}, "epochs": {"type": "grid", "values": [2, 4]}}.
   * Sampling is seeded (mulberry32, parameters in name order): the same space and seed give the same trials.
   */
  searchSpace: unknown;
  /** Seed of the sampling (0–2147483647). Omitted: a random seed, recorded on the job so it can be repeated. */
  seed?: number | null | undefined;
};

export type EarlyStoppingInput = {
  /** Steps before this one are never judged (≥ 0). */
  graceSteps?: number | null | undefined;
  /** Completed trials needed before the rule judges anything (1–100). */
  minTrialsCompleted?: number | null | undefined;
  rule?: EarlyStoppingRule | null | undefined;
};

export type EarlyStoppingRule =
  /** Stop a trial whose metric at a step is worse than the median of the completed trials' values at that step (or their nearest earlier step). */
  | 'MEDIAN';

export type Executor =
  /** The built-in TypeScript reference trainer (a small character model that really learns). */
  | 'BUILTIN'
  /** An external trainer the operator declared in the trainers file, named in config.trainer. */
  | 'COMMAND'
  /** Validates the config and dataset, writes the training manifest, trains nothing. */
  | 'DRY_RUN';

export type MetricMode =
  /** Higher is better (accuracies, scores). */
  | 'MAX'
  /** Lower is better (losses). */
  | 'MIN';

/** Sort direction of a list. Ties are broken by id in the same direction, so pages are stable. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Hyperparameters and executor settings; runConfigSpec(executor) lists what each executor takes. Omitted values take their defaults. */
export type RunConfigInput = {
  /** Examples (builtin: characters) per gradient step. Allowed: ≥ 1 and ≤ 512; default 32. */
  batchSize?: number | null | undefined;
  /** COMMAND only. Instead of a trainer, an argv to run: only when the server sets COMMAND_RAW_ARGV_ENABLED, with an ADMIN token when auth is on. */
  command?: Array<string> | null | undefined;
  /** BUILTIN only. Characters of context the builtin model predicts from: 1 (bigram) or 2. Allowed: ≥ 1 and ≤ 2; default 2. */
  contextSize?: number | null | undefined;
  /** Where an external trainer computes. Allowed: cpu, cuda or auto; default auto. */
  device?: string | null | undefined;
  /** Passes over the training split. Allowed: ≥ 1 and ≤ 100; default 3. */
  epochs?: number | null | undefined;
  /** Share of the dataset held out for evaluation. Allowed: > 0 and ≤ 0.5; default 0.1. */
  evalFraction?: number | null | undefined;
  /** A judge (see the judges query) that evaluates the run on its held-out split when it succeeds; unset: no automatic evaluation. */
  evaluateWith?: string | null | undefined;
  /** Step size of gradient descent (0.5 suits the builtin trainer). Allowed: > 0 and ≤ 10; default 0.5. */
  learningRate?: number | null | undefined;
  /** Longest training sequence in tokens, for trainers that cut sequences (the builtin character model does not). Allowed: ≥ 128 and ≤ 32768; default 2048. */
  maxSeqLength?: number | null | undefined;
  /** BUILTIN only. Caps the gradient steps of each epoch; unset: every sampled position once. Allowed: ≥ 1 and ≤ 262144. */
  maxStepsPerEpoch?: number | null | undefined;
  /** Extra parameters (a JSON object) passed to the trainer untouched. */
  params?: unknown;
  /** Same seed, same data split and sampling order: same result. Allowed: ≥ 0 and ≤ 2147483647; default 42. */
  seed?: number | null | undefined;
  /** Seconds before the run ends as TIMED_OUT; unset: RUN_TIMEOUT_SECONDS, or the COMMAND trainer’s own limit. Allowed: ≥ 1 and ≤ 604800. */
  timeoutSeconds?: number | null | undefined;
  /** COMMAND only. The trainer to start, by name (see the trainers query). */
  trainer?: string | null | undefined;
  /** L2 penalty on the weights. Allowed: ≥ 0 and ≤ 1; default 0. */
  weightDecay?: number | null | undefined;
};

export type RunFilter = {
  baseModel?: string | null | undefined;
  createdAfter?: string | null | undefined;
  createdBefore?: string | null | undefined;
  datasetId?: string | number | null | undefined;
  executor?: Executor | null | undefined;
  /** Ranges of summary metrics; all must hold. */
  metrics?: Array<RunValueRange> | null | undefined;
  /** Ranges of numeric config params; all must hold. */
  params?: Array<RunValueRange> | null | undefined;
  /** Any of these statuses. */
  status?: Array<RunStatus> | null | undefined;
  /** Runs carrying every one of these tags. */
  tags?: Array<string> | null | undefined;
};

/** Runs without the value come after those with it, newest first. Ties are broken by id. */
export type RunOrder = {
  by: RunOrderBy;
  direction?: OrderDirection;
  /** The metric or param, for METRIC and PARAM. */
  key?: string | null | undefined;
};

export type RunOrderBy =
  /** When the run was queued. */
  | 'CREATED_AT'
  /** A summary metric, named in key. */
  | 'METRIC'
  /** A numeric config param, named in key. */
  | 'PARAM';

/** PENDING → RUNNING → SUCCEEDED | FAILED | CANCELLED | TIMED_OUT; CANCELLING while a process is stopped. */
export type RunStatus =
  | 'CANCELLED'
  | 'CANCELLING'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'TIMED_OUT';

/** Runs whose value of `key` lies in [min, max] (a missing end is open); runs without the value are left out. */
export type RunValueRange = {
  /** A metric name (evalLoss) or param name (learningRate, params.lr). */
  key: string;
  max?: number | null | undefined;
  min?: number | null | undefined;
};

/** How the traces of a dataset were chosen. */
export type SelectionStrategy =
  /** The caller named the traces (createDataset). */
  | 'EXPLICIT'
  /** The newest matching traces (createdAt, then id, descending). */
  | 'LATEST'
  /** A seeded sample of the matching traces (mulberry32-fisher-yates-v1): same seed, same traces. */
  | 'RANDOM';

/** READ may query and subscribe; WRITE may also mutate; ADMIN may also manage tokens. */
export type TokenRole =
  | 'ADMIN'
  | 'READ'
  | 'WRITE';

export type TraceFilter = {
  createdAfter?: string | null | undefined;
  createdBefore?: string | null | undefined;
  /** Top-level meta keys that must equal these values. */
  metaContains?: unknown;
  /** Case-insensitive text in the prompt or final answer. */
  search?: string | null | undefined;
  /** Exact meta.source. */
  source?: string | null | undefined;
  /** Traces carrying all of these tags. */
  tags?: Array<string> | null | undefined;
  traceVersion?: string | null | undefined;
};

export type TraceStepInput = {
  /** 1–20,000 characters. */
  content: string;
  /** Step index, ≥ 0, unique within the trace. */
  i: number;
  /** 1–64 characters. */
  type: string;
};

/** CREATED → RUNNING → SUCCEEDED | FAILED; cancelling: RUNNING → CANCELLING → CANCELLED (CREATED → CANCELLED). */
export type TuningJobStatus =
  | 'CANCELLED'
  | 'CANCELLING'
  | 'CREATED'
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Only the fields given change. */
export type UpdateRunInput = {
  id: string | number;
  /** Up to 256 characters; null or empty gives the run back its default name. */
  name?: string | null | undefined;
  /** Up to 10,000 characters; null or empty clears them. */
  notes?: string | null | undefined;
  /** The whole new list: up to 20 tags of up to 64 characters; repeats are dropped. */
  tags?: Array<string> | null | undefined;
};

export type CreateRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type CreateRunMutation = { createRun: { run: { id: string, status: RunStatus, executor: Executor, baseModel: string, config: unknown, dataset: { key: string }, statusChanges: Array<{ fromStatus: RunStatus | null, toStatus: RunStatus, reason: string | null }> } } };

export type CancelRunMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelRunMutation = { cancelRun: { run: { id: string, status: RunStatus, error: string | null, statusChanges: Array<{ toStatus: RunStatus, reason: string | null }> } } };

export type CreateTracesMutationVariables = Exact<{
  input: CreateTracesInput;
}>;


export type CreateTracesMutation = { createTraces: { createdCount: number, traces: Array<{ id: string }> } };

export type BuildDatasetMutationVariables = Exact<{
  input: BuildDatasetInput;
}>;


export type BuildDatasetMutation = { buildDataset: { dataset: { id: string, key: string, traceCount: number } } };

export type CreateTuningJobMutationVariables = Exact<{
  input: CreateTuningJobInput;
}>;


export type CreateTuningJobMutation = { createTuningJob: { tuningJob: { id: string, status: TuningJobStatus } } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, role: TokenRole, prefix: string } } };

export type RunsTableQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: RunFilter | null | undefined;
  orderBy?: RunOrder | null | undefined;
}>;


export type RunsTableQuery = { runs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, number: number, tags: Array<string>, summaryMetrics: unknown, config: unknown, dataset: { key: string }, statusChanges: Array<{ toStatus: RunStatus }> } }> } };

export type UpdateRunMutationVariables = Exact<{
  input: UpdateRunInput;
}>;


export type UpdateRunMutation = { updateRun: { run: { id: string, name: string, number: number, tags: Array<string>, notes: string | null } } };

export type RunValueKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type RunValueKeysQuery = { runValueKeys: { metrics: Array<string>, params: Array<string> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CreateRunDocument = new TypedDocumentString(`
    mutation CreateRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run {
      id
      status
      executor
      baseModel
      config
      dataset {
        key
      }
      statusChanges {
        fromStatus
        toStatus
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRunMutation, CreateRunMutationVariables>;
export const CancelRunDocument = new TypedDocumentString(`
    mutation CancelRun($id: ID!, $reason: String) {
  cancelRun(input: {id: $id, reason: $reason}) {
    run {
      id
      status
      error
      statusChanges {
        toStatus
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRunMutation, CancelRunMutationVariables>;
export const CreateTracesDocument = new TypedDocumentString(`
    mutation CreateTraces($input: CreateTracesInput!) {
  createTraces(input: $input) {
    createdCount
    traces {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTracesMutation, CreateTracesMutationVariables>;
export const BuildDatasetDocument = new TypedDocumentString(`
    mutation BuildDataset($input: BuildDatasetInput!) {
  buildDataset(input: $input) {
    dataset {
      id
      key
      traceCount
    }
  }
}
    `) as unknown as TypedDocumentString<BuildDatasetMutation, BuildDatasetMutationVariables>;
export const CreateTuningJobDocument = new TypedDocumentString(`
    mutation CreateTuningJob($input: CreateTuningJobInput!) {
  createTuningJob(input: $input) {
    tuningJob {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTuningJobMutation, CreateTuningJobMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token {
      id
      role
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RunsTableDocument = new TypedDocumentString(`
    query RunsTable($first: Int, $after: String, $last: Int, $before: String, $filter: RunFilter, $orderBy: RunOrder) {
  runs(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        number
        tags
        summaryMetrics
        config
        dataset {
          key
        }
        statusChanges {
          toStatus
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsTableQuery, RunsTableQueryVariables>;
export const UpdateRunDocument = new TypedDocumentString(`
    mutation UpdateRun($input: UpdateRunInput!) {
  updateRun(input: $input) {
    run {
      id
      name
      number
      tags
      notes
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRunMutation, UpdateRunMutationVariables>;
export const RunValueKeysDocument = new TypedDocumentString(`
    query RunValueKeys {
  runValueKeys {
    metrics
    params
  }
}
    `) as unknown as TypedDocumentString<RunValueKeysQuery, RunValueKeysQueryVariables>;