import type { cacheExchange, Resolver as GraphCacheResolver, UpdateResolver as GraphCacheUpdateResolver, OptimisticMutationResolver as GraphCacheOptimisticMutationResolver } from '@urql/exchange-graphcache';

export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type ApiToken = Node & {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the secret. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: TokenRole;
};

export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  edges: Array<ApiTokenEdge>;
  pageInfo: PageInfo;
};

export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

export type BaselineRegressionCheckConnection = {
  __typename?: 'BaselineRegressionCheckConnection';
  edges: Array<BaselineRegressionCheckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BaselineRegressionCheckEdge = {
  __typename?: 'BaselineRegressionCheckEdge';
  cursor: Scalars['String']['output'];
  node: RegressionCheck;
};

/** Selects traces by filter, over every trace, and freezes them as a new dataset version. */
export type BuildDatasetInput = {
  /** Up to 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Which traces qualify; none means every trace. */
  filter?: InputMaybe<TraceFilter>;
  /** 1–DATASET_MAX_TRACES (default 10,000). */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** 1–128 characters. */
  name: Scalars['String']['input'];
  /** The dataset this one derives from. */
  parentDatasetId?: InputMaybe<Scalars['ID']['input']>;
  /** A JSON object merged over the generated provenance (its keys win). */
  provenance?: InputMaybe<Scalars['JSON']['input']>;
  /** Required for RANDOM. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** LATEST or RANDOM. */
  selectionStrategy?: InputMaybe<SelectionStrategy>;
  /** Up to 128 characters. */
  sessionId?: InputMaybe<Scalars['String']['input']>;
  /** Free reference to the training run this dataset is for (up to 128 characters). */
  trainingRunRef?: InputMaybe<Scalars['String']['input']>;
  /** 1–64 characters. name+version must be new. */
  version: Scalars['String']['input'];
};

export type BuildDatasetPayload = {
  __typename?: 'BuildDatasetPayload';
  dataset: Dataset;
};

export type CancelRunInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CancelRunPayload = {
  __typename?: 'CancelRunPayload';
  run: Run;
};

export type CancelTuningJobInput = {
  id: Scalars['ID']['input'];
};

export type CancelTuningJobPayload = {
  __typename?: 'CancelTuningJobPayload';
  tuningJob: TuningJob;
};

export type CheckRegressionInput = {
  baselineName: Scalars['String']['input'];
  runId: Scalars['ID']['input'];
};

export type CheckRegressionPayload = {
  __typename?: 'CheckRegressionPayload';
  check: RegressionCheck;
};

export type ConfigDifference = {
  __typename?: 'ConfigDifference';
  key: Scalars['String']['output'];
  values: Array<Maybe<Scalars['JSON']['output']>>;
};

export type CreateApiTokenInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  role?: InputMaybe<TokenRole>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** Shown once: send it as "Authorization: Bearer <secret>". */
  secret: Scalars['String']['output'];
  token: ApiToken;
  /** @deprecated A database id, not a global id: use token { id }. */
  tokenId: Scalars['ID']['output'];
};

/** Freezes the named traces, in the given order, as a new dataset version (EXPLICIT). */
export type CreateDatasetInput = {
  /** Up to 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1–128 characters. */
  name: Scalars['String']['input'];
  /** The dataset this one derives from. */
  parentDatasetId?: InputMaybe<Scalars['ID']['input']>;
  /** A JSON object merged over the generated provenance (its keys win). */
  provenance?: InputMaybe<Scalars['JSON']['input']>;
  /** Up to 128 characters. */
  sessionId?: InputMaybe<Scalars['String']['input']>;
  /** 1–DATASET_MAX_TRACES (default 10,000) traces, each once; the order is kept. */
  traceIds: Array<Scalars['ID']['input']>;
  /** Free reference to the training run this dataset is for (up to 128 characters). */
  trainingRunRef?: InputMaybe<Scalars['String']['input']>;
  /** 1–64 characters. name+version must be new. */
  version: Scalars['String']['input'];
};

export type CreateDatasetPayload = {
  __typename?: 'CreateDatasetPayload';
  dataset: Dataset;
};

export type CreateModelArtifactInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Letters, digits, ".", "_" and "-", 1–256 characters; must be new. */
  name: Scalars['String']['input'];
  /** e.g. sft (≤ 64 characters). */
  taskType?: InputMaybe<Scalars['String']['input']>;
};

export type CreateModelArtifactPayload = {
  __typename?: 'CreateModelArtifactPayload';
  artifact: ModelArtifact;
};

/** Names the reference by runId or by modelVersionId (its source run), exactly one. */
export type CreateRegressionBaselineInput = {
  /** ... on this evaluation dataset. */
  evalDatasetId?: InputMaybe<Scalars['ID']['input']>;
  /** Take the metric from the run's latest evaluation by this judge (default: its latest). */
  judge?: InputMaybe<Scalars['String']['input']>;
  /** Unset: lower is better when the name contains loss, latency, time or error. */
  lowerIsBetter?: InputMaybe<Scalars['Boolean']['input']>;
  /** See RegressionBaseline.metric. */
  metric?: InputMaybe<Scalars['String']['input']>;
  modelVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–256 characters; unique. */
  name: Scalars['String']['input'];
  /** Replace the baseline of this name; otherwise a taken name is a CONFLICT. */
  replace?: InputMaybe<Scalars['Boolean']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  /** 0–1000. */
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateRegressionBaselinePayload = {
  __typename?: 'CreateRegressionBaselinePayload';
  baseline: RegressionBaseline;
  /** True when a baseline of this name existed and was replaced. */
  replaced: Scalars['Boolean']['output'];
};

export type CreateRunInput = {
  baseModel?: InputMaybe<Scalars['String']['input']>;
  config?: InputMaybe<RunConfigInput>;
  datasetId: Scalars['ID']['input'];
  executor?: InputMaybe<Executor>;
  /** How often a run whose worker died is retried (1–10, default RUN_MAX_ATTEMPTS). */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type CreateRunPayload = {
  __typename?: 'CreateRunPayload';
  run: Run;
};

/** A trace. Lengths count Unicode code points. The whole trace may not exceed TRACE_MAX_BYTES. */
export type CreateTraceInput = {
  /** 1–50,000 characters. */
  finalAnswer: Scalars['String']['input'];
  /** Free JSON object; meta.source names the origin. */
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** 1–50,000 characters. */
  prompt: Scalars['String']['input'];
  /** 1–1,000 steps. */
  steps: Array<TraceStepInput>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1–64 characters. */
  traceVersion?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTracePayload = {
  __typename?: 'CreateTracePayload';
  trace: Trace;
};

export type CreateTracesInput = {
  /** 1–1000 traces. */
  traces: Array<CreateTraceInput>;
};

export type CreateTracesPayload = {
  __typename?: 'CreateTracesPayload';
  createdCount: Scalars['Int']['output'];
  /** Global ids of the created traces, in input order (cheaper than selecting traces). */
  traceIds: Array<Scalars['ID']['output']>;
  /** The created traces, in input order. */
  traces: Array<Trace>;
};

export type CreateTuningJobInput = {
  /** The run config of every trial, before the sampled params. */
  baseConfig?: InputMaybe<RunConfigInput>;
  baseModel?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  /** Null: every trial runs to the end. */
  earlyStopping?: InputMaybe<EarlyStoppingInput>;
  /** Optimise an evaluation metric: each trial's run is evaluated with this judge when it succeeds, and metricName (primaryScore, score or a judge metric) is read from that evaluation. Use metricMode MAX for scores. */
  evalJudge?: InputMaybe<Scalars['String']['input']>;
  /** Settings of evalJudge (see evaluateRun judgeConfig). */
  evalJudgeConfig?: InputMaybe<Scalars['JSON']['input']>;
  executor?: InputMaybe<Executor>;
  /** Trials running at once (1–10). */
  maxConcurrentTrials?: InputMaybe<Scalars['Int']['input']>;
  metricMode?: InputMaybe<MetricMode>;
  /** The metric to optimise; the builtin trainer reports trainLoss, evalLoss, evalAccuracy. */
  metricName?: InputMaybe<Scalars['String']['input']>;
  /** 1–256 characters. */
  name: Scalars['String']['input'];
  /** How many trials to run (1–100). */
  numSamples?: InputMaybe<Scalars['Int']['input']>;
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
  searchSpace: Scalars['JSON']['input'];
  /** Seed of the sampling (0–2147483647). Omitted: a random seed, recorded on the job so it can be repeated. */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateTuningJobPayload = {
  __typename?: 'CreateTuningJobPayload';
  tuningJob: TuningJob;
};

/** A frozen, versioned selection of traces. Immutable: a new selection is a new version. */
export type Dataset = Node & {
  __typename?: 'Dataset';
  /** sha256 hex over the ordered trace ids joined by "\n". */
  checksum: Scalars['String']['output'];
  /** Datasets derived from this one, newest first. */
  children: DatasetChildConnection;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The dataset as JSONL (one line per trace, in order). At most 1000 traces; larger datasets stream from exportUrl. */
  export: Scalars['String']['output'];
  /** Server-relative URL that streams the JSONL export (application/x-ndjson), for any size. With auth on it is signed and expires after DOWNLOAD_LINK_TTL_SECONDS, so a plain link works without a token. */
  exportUrl: Scalars['String']['output'];
  /** The TraceFilter the build used ({} for EXPLICIT). */
  filters: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** The traces in build order. */
  items: DatasetItemConnection;
  /** `name-version`, the reference system's dataset_key. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The dataset this one was derived from. */
  parent?: Maybe<Dataset>;
  /** Names the seeded shuffle of RANDOM builds. */
  prngAlgorithm?: Maybe<Scalars['String']['output']>;
  /** { schemaVersion, source, buildTimestamp, traceCount, selectionStrategy, seed? } merged with the caller’s. */
  provenance: Scalars['JSON']['output'];
  /** Runs trained on this dataset, newest first. */
  runs: DatasetRunConnection;
  schemaVersion: Scalars['String']['output'];
  seed?: Maybe<Scalars['Int']['output']>;
  selectionStrategy: SelectionStrategy;
  sessionId?: Maybe<Scalars['String']['output']>;
  /** { traceCount, avgStepCount, minStepCount, maxStepCount, avgTotalChars } */
  stats: Scalars['JSON']['output'];
  traceCount: Scalars['Int']['output'];
  trainingRunRef?: Maybe<Scalars['String']['output']>;
  version: Scalars['String']['output'];
};


/** A frozen, versioned selection of traces. Immutable: a new selection is a new version. */
export type DatasetChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A frozen, versioned selection of traces. Immutable: a new selection is a new version. */
export type DatasetExportArgs = {
  format?: InputMaybe<DatasetExportFormat>;
};


/** A frozen, versioned selection of traces. Immutable: a new selection is a new version. */
export type DatasetExportUrlArgs = {
  format?: InputMaybe<DatasetExportFormat>;
};


/** A frozen, versioned selection of traces. Immutable: a new selection is a new version. */
export type DatasetItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A frozen, versioned selection of traces. Immutable: a new selection is a new version. */
export type DatasetRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type DatasetAddedConnection = {
  __typename?: 'DatasetAddedConnection';
  edges: Array<DatasetAddedEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetAddedEdge = {
  __typename?: 'DatasetAddedEdge';
  cursor: Scalars['String']['output'];
  node: DatasetItem;
};

export type DatasetChildConnection = {
  __typename?: 'DatasetChildConnection';
  edges: Array<DatasetChildEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetChildEdge = {
  __typename?: 'DatasetChildEdge';
  cursor: Scalars['String']['output'];
  node: Dataset;
};

/** How `other` differs from `base`: the traces added and removed, and each stat’s change. */
export type DatasetComparison = {
  __typename?: 'DatasetComparison';
  /** The added traces, at their positions in `other`. */
  added: DatasetAddedConnection;
  /** Traces in `other` that `base` does not hold. */
  addedCount: Scalars['Int']['output'];
  base: Dataset;
  /** Traces in both. */
  commonCount: Scalars['Int']['output'];
  other: Dataset;
  /** The removed traces, at their positions in `base`. */
  removed: DatasetRemovedConnection;
  /** Traces in `base` that `other` does not hold. */
  removedCount: Scalars['Int']['output'];
  statDeltas: Array<DatasetStatDelta>;
};


/** How `other` differs from `base`: the traces added and removed, and each stat’s change. */
export type DatasetComparisonAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** How `other` differs from `base`: the traces added and removed, and each stat’s change. */
export type DatasetComparisonRemovedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  edges: Array<DatasetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  cursor: Scalars['String']['output'];
  node: Dataset;
};

/** JSONL export formats, line for line those of the reference system. */
export enum DatasetExportFormat {
  /** {id, prompts, trace_steps, final_answer, metadata} */
  Trace = 'TRACE',
  /** {id, prompt, response, metadata}. The id is uuid5(NAMESPACE_URL, "tunix-rt:training_example:<trace uuid>"), stable across exports. */
  TrainingExample = 'TRAINING_EXAMPLE',
  /** The Gemma chat template in `prompts`, for Tunix SFT. */
  TunixSft = 'TUNIX_SFT'
}

export type DatasetFilter = {
  /** Exact name: every version of one dataset. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive text in the name, key or description. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A trace at its position in a dataset. */
export type DatasetItem = {
  __typename?: 'DatasetItem';
  /** 0-based position in build order. */
  position: Scalars['Int']['output'];
  trace: Trace;
};

export type DatasetItemConnection = {
  __typename?: 'DatasetItemConnection';
  edges: Array<DatasetItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetItemEdge = {
  __typename?: 'DatasetItemEdge';
  cursor: Scalars['String']['output'];
  node: DatasetItem;
};

export type DatasetRemovedConnection = {
  __typename?: 'DatasetRemovedConnection';
  edges: Array<DatasetRemovedEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetRemovedEdge = {
  __typename?: 'DatasetRemovedEdge';
  cursor: Scalars['String']['output'];
  node: DatasetItem;
};

export type DatasetRunConnection = {
  __typename?: 'DatasetRunConnection';
  edges: Array<DatasetRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DatasetRunEdge = {
  __typename?: 'DatasetRunEdge';
  cursor: Scalars['String']['output'];
  node: Run;
};

/** One stat of two datasets and its change. */
export type DatasetStatDelta = {
  __typename?: 'DatasetStatDelta';
  base?: Maybe<Scalars['Float']['output']>;
  /** other − base; null when either lacks the stat. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** The key in Dataset.stats, e.g. avgStepCount. */
  name: Scalars['String']['output'];
  other?: Maybe<Scalars['Float']['output']>;
};

export type DeleteModelAliasInput = {
  artifactId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type DeleteModelAliasPayload = {
  __typename?: 'DeleteModelAliasPayload';
  artifact: ModelArtifact;
  deletedAliasId: Scalars['ID']['output'];
};

export enum DependencyStatus {
  /** Not configured: REDIS_URL unset, events stay in this process. */
  Disabled = 'DISABLED',
  /** Did not answer within a second (the server log says why). */
  Down = 'DOWN',
  /** Answered within a second. */
  Ok = 'OK'
}

export type EarlyStopping = {
  __typename?: 'EarlyStopping';
  /** Steps before this one are never judged. */
  graceSteps: Scalars['Int']['output'];
  /** Completed trials needed before the rule judges anything. */
  minTrialsCompleted: Scalars['Int']['output'];
  rule: EarlyStoppingRule;
};

export type EarlyStoppingInput = {
  /** Steps before this one are never judged (≥ 0). */
  graceSteps?: InputMaybe<Scalars['Int']['input']>;
  /** Completed trials needed before the rule judges anything (1–100). */
  minTrialsCompleted?: InputMaybe<Scalars['Int']['input']>;
  rule?: InputMaybe<EarlyStoppingRule>;
};

export enum EarlyStoppingRule {
  /** Stop a trial whose metric at a step is worse than the median of the completed trials' values at that step (or their nearest earlier step). */
  Median = 'MEDIAN'
}

export type EvaluateRunInput = {
  /** Judge this dataset’s items (e.g. a frozen benchmark) instead of the run’s held-out split. */
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** A judge’s name (see judges): mock, answer_correctness, llm or an operator’s judge. */
  judge: Scalars['String']['input'];
  /** Judge settings, e.g. {"model": "…", "temperature": 0} for llm; unknown keys are refused. */
  judgeConfig?: InputMaybe<Scalars['JSON']['input']>;
  runId: Scalars['ID']['input'];
};

export type EvaluateRunPayload = {
  __typename?: 'EvaluateRunPayload';
  evaluation: Evaluation;
};

/** A judge’s score of a run on an evaluation set. A run may have many; the latest SUCCEEDED one counts. */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  attempt: Scalars['Int']['output'];
  /** When it was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** Run-level metrics [{ name, score, maxScore, details }]. */
  detailedMetrics: Scalars['JSON']['output'];
  /** Why it failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** The dataset whose items were judged; null: the run’s own held-out split. */
  evalDataset?: Maybe<Dataset>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The judged items in evaluation-set order. onlyWrong: items not judged correct (wrong, missing or unscorable). */
  items: EvaluationItemConnection;
  itemsDone: Scalars['Int']['output'];
  /** 0 until the worker has read the evaluation set. */
  itemsTotal: Scalars['Int']['output'];
  judge: Judge;
  /** The judge’s metrics by name (e.g. answer_correctness). */
  metrics: Scalars['JSON']['output'];
  /** 0–1: answer_correctness when the judge reports it, else score / 100. */
  primaryScore?: Maybe<Scalars['Float']['output']>;
  rawJudgeOutput?: Maybe<Scalars['String']['output']>;
  run: Run;
  /** 0–100, once SUCCEEDED. */
  score?: Maybe<Scalars['Float']['output']>;
  scorecard?: Maybe<Scorecard>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: EvaluationStatus;
  verdict?: Maybe<Verdict>;
};


/** A judge’s score of a run on an evaluation set. A run may have many; the latest SUCCEEDED one counts. */
export type EvaluationItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  onlyWrong?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One judged item: the trace, its reference answer, the run’s prediction and the judge’s verdict. */
export type EvaluationItem = Node & {
  __typename?: 'EvaluationItem';
  correct?: Maybe<Scalars['Boolean']['output']>;
  /** Why the item is unscored or counted wrong (no prediction, judge timeout…). */
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  judgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Order in the evaluation set (the dataset’s build order). */
  position: Scalars['Int']['output'];
  /** null: the run left no prediction for this trace. */
  prediction?: Maybe<Scalars['String']['output']>;
  reasoning?: Maybe<Scalars['String']['output']>;
  /** The trace’s final answer. */
  reference: Scalars['String']['output'];
  /** 0–1; null when the judge could not score it. */
  score?: Maybe<Scalars['Float']['output']>;
  trace: Trace;
};

export type EvaluationItemConnection = {
  __typename?: 'EvaluationItemConnection';
  edges: Array<EvaluationItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvaluationItemEdge = {
  __typename?: 'EvaluationItemEdge';
  cursor: Scalars['String']['output'];
  node: EvaluationItem;
};

/** PENDING → RUNNING → SUCCEEDED | FAILED. A worker judges it; a lost worker’s evaluation is resumed by another. */
export enum EvaluationStatus {
  Failed = 'FAILED',
  Pending = 'PENDING',
  Running = 'RUNNING',
  Succeeded = 'SUCCEEDED'
}

export enum Executor {
  /** The built-in TypeScript reference trainer (a small character model that really learns). */
  Builtin = 'BUILTIN',
  /** An external trainer the operator declared in the trainers file, named in config.trainer. */
  Command = 'COMMAND',
  /** Validates the config and dataset, writes the training manifest, trains nothing. */
  DryRun = 'DRY_RUN'
}

/** The server at a glance: its dependencies, its workers and the work in flight. */
export type Health = {
  __typename?: 'Health';
  database: DependencyStatus;
  /** Runs waiting for a worker (PENDING). */
  queuedRuns: Scalars['Int']['output'];
  /** Evaluations requested most recently, newest first, whatever their status (at most 20). */
  recentEvaluations: Array<Evaluation>;
  /** Model versions promoted most recently, newest first (at most 20). */
  recentPromotions: Array<ModelVersion>;
  redis: DependencyStatus;
  /** Runs RUNNING or CANCELLING. */
  runsInProgress: Scalars['Int']['output'];
  /** Whether this server process runs a worker (WORKER_ENABLED). */
  workerInThisProcess: Scalars['Boolean']['output'];
  /** Workers holding runs now, by name. An idle worker holds no lease and is not listed. */
  workers: Array<WorkerHealth>;
};


/** The server at a glance: its dependencies, its workers and the work in flight. */
export type HealthRecentEvaluationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The server at a glance: its dependencies, its workers and the work in flight. */
export type HealthRecentPromotionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How an item's correctness moved from the first run to the others. */
export enum ItemChangeKind {
  /** Right in the first run, wrong in every other. */
  Broken = 'BROKEN',
  /** Wrong in the first run, right in every other. */
  Fixed = 'FIXED',
  /** Any other difference (three runs or more). */
  Mixed = 'MIXED'
}

/** The judge an evaluation used: name, version and config together reproduce its score. */
export type Judge = {
  __typename?: 'Judge';
  config: Scalars['JSON']['output'];
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A judge evaluateRun can use. */
export type JudgeInfo = {
  __typename?: 'JudgeInfo';
  /** Whether this server can run it now (the llm judge needs LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL). */
  available: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  kind: JudgeKind;
  /** What evaluateRun takes as judge. */
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export enum JudgeKind {
  /** Computed by the server (mock, answer_correctness). */
  Builtin = 'BUILTIN',
  /** Asks the operator’s OpenAI-compatible chat-completions endpoint. */
  Llm = 'LLM',
  /** An external judge program from the operator’s judges file (JUDGES_FILE). */
  Program = 'PROGRAM'
}

export type LeaderboardConnection = {
  __typename?: 'LeaderboardConnection';
  edges: Array<LeaderboardEdge>;
  pageInfo: PageInfo;
  /** Runs on the board with this filter. */
  totalCount: Scalars['Int']['output'];
};

export type LeaderboardEdge = {
  __typename?: 'LeaderboardEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type LeaderboardFilter = {
  /** Substring of the run’s base model, case-insensitive. */
  baseModel?: InputMaybe<Scalars['String']['input']>;
  /** Runs whose config contains this JSON object, e.g. {"epochs": 3}. */
  configContains?: InputMaybe<Scalars['JSON']['input']>;
  /** Evaluations requested at or after this time. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Evaluations requested before this time (the board as it was then). */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Runs trained on this dataset. */
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** Evaluations on this dataset (ranks runs on the same items). */
  evalDatasetId?: InputMaybe<Scalars['ID']['input']>;
  /** Evaluations by this judge. */
  judge?: InputMaybe<Scalars['String']['input']>;
};

export type LoadDemoInput = {
  /** Arithmetic traces to load, 20 to 100000 (default 400); a quarter as many High Card Duel ones come with them. */
  arithmeticCount?: InputMaybe<Scalars['Int']['input']>;
  /** Seed of the traces, the dataset's sample and the sweep (default 7). */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

export type LoadDemoPayload = {
  __typename?: 'LoadDemoPayload';
  /** The dataset built of the arithmetic traces. */
  dataset: Dataset;
  /** Traces loaded. */
  traceCount: Scalars['Int']['output'];
  /** The learning-rate sweep on it, already started. */
  tuningJob: TuningJob;
};

export enum LogStream {
  Stderr = 'STDERR',
  Stdout = 'STDOUT'
}

export type MetricComparison = {
  __typename?: 'MetricComparison';
  name: Scalars['String']['output'];
  values: Array<Maybe<Scalars['Float']['output']>>;
};

export enum MetricDirection {
  HigherIsBetter = 'HIGHER_IS_BETTER',
  LowerIsBetter = 'LOWER_IS_BETTER'
}

export enum MetricMode {
  /** Higher is better (accuracies, scores). */
  Max = 'MAX',
  /** Lower is better (losses). */
  Min = 'MIN'
}

export type MetricPoint = {
  __typename?: 'MetricPoint';
  epoch?: Maybe<Scalars['Float']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  step: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

/** A movable named pointer such as `production` or `staging` to one version of an artifact. */
export type ModelAlias = Node & {
  __typename?: 'ModelAlias';
  artifact: ModelArtifact;
  createdAt: Scalars['DateTime']['output'];
  /** Every move, oldest first. */
  history: Array<ModelAliasChange>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When it last moved. */
  updatedAt: Scalars['DateTime']['output'];
  /** The version it points at now. */
  version: ModelVersion;
};

/** One move of an alias. */
export type ModelAliasChange = {
  __typename?: 'ModelAliasChange';
  createdAt: Scalars['DateTime']['output'];
  /** Null when the alias was created (or that version deleted). */
  fromVersion?: Maybe<ModelVersion>;
  toVersion: ModelVersion;
};

/** A model family in the registry (unique name); its versions are numbered 1, 2, 3. */
export type ModelArtifact = Node & {
  __typename?: 'ModelArtifact';
  /** By name. */
  aliases: Array<ModelAlias>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The highest-numbered version. */
  latestVersion?: Maybe<ModelVersion>;
  /** Letters, digits, ".", "_" and "-", 1–256 characters; unique. */
  name: Scalars['String']['output'];
  /** e.g. sft */
  taskType?: Maybe<Scalars['String']['output']>;
  /** Moves forward whenever a version is promoted. */
  updatedAt: Scalars['DateTime']['output'];
  /** Newest (highest number) first. */
  versions: ModelVersionConnection;
};


/** A model family in the registry (unique name); its versions are numbered 1, 2, 3. */
export type ModelArtifactVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ModelArtifactConnection = {
  __typename?: 'ModelArtifactConnection';
  edges: Array<ModelArtifactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModelArtifactEdge = {
  __typename?: 'ModelArtifactEdge';
  cursor: Scalars['String']['output'];
  node: ModelArtifact;
};

export type ModelArtifactFilter = {
  /** Case-insensitive text in the name or description. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One promoted version of a model artifact: a snapshot of a succeeded run's metrics, config and provenance, pointing at its verified weights. */
export type ModelVersion = Node & {
  __typename?: 'ModelVersion';
  /** Aliases pointing at this version, by name. */
  aliases: Array<ModelAlias>;
  artifact: ModelArtifact;
  /** The run's config. */
  config?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The dataset the run trained on. */
  dataset?: Maybe<Dataset>;
  description?: Maybe<Scalars['String']['output']>;
  /** Server-relative URL of the weights. With auth on it is signed and expires after DOWNLOAD_LINK_TTL_SECONDS, so a plain link works without a token. */
  downloadUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Optional name unique within the artifact, e.g. tuning-3f2a1b. */
  label?: Maybe<Scalars['String']['output']>;
  /** The run's summary metrics, plus `evaluation` (judge, score, verdict, metrics) when the run was evaluated. */
  metrics?: Maybe<Scalars['JSON']['output']>;
  /** Where the version came from: runId, trialId, tuningJobId, datasetId (global ids), datasetKey, datasetChecksum, baseModel, executor, runStartedAt, runFinishedAt, weightsFile. */
  provenance?: Maybe<Scalars['JSON']['output']>;
  /** Of the weights file, checked against the file at promotion. */
  sha256: Scalars['String']['output'];
  /** Size of the weights in bytes. A Float because Int is 32-bit; exact below 2^53 bytes. */
  sizeBytes: Scalars['Float']['output'];
  /** Null once that run is deleted. */
  sourceRun?: Maybe<Run>;
  /** The tuning trial the run belonged to, if any. */
  sourceTrial?: Maybe<Trial>;
  status: ModelVersionStatus;
  /** Where the weights are: the source run's own artifact, a file:// or s3:// URI that is never written again, with its sha256. */
  storageUri: Scalars['String']['output'];
  /** The tuning job the version was promoted from, if any. */
  tuningJob?: Maybe<TuningJob>;
  /** 1, 2, 3 … within its artifact, in promotion order. */
  version: Scalars['Int']['output'];
};

export type ModelVersionConnection = {
  __typename?: 'ModelVersionConnection';
  edges: Array<ModelVersionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModelVersionEdge = {
  __typename?: 'ModelVersionEdge';
  cursor: Scalars['String']['output'];
  node: ModelVersion;
};

export enum ModelVersionStatus {
  /** Registered, weights not yet in place. */
  Created = 'CREATED',
  /** The weights could not be stored. */
  Failed = 'FAILED',
  /** Weights verified and in place (every promotion writes READY). */
  Ready = 'READY'
}

export type Mutation = {
  __typename?: 'Mutation';
  /** Builds a dataset from the traces matching a filter. CONFLICT if name+version exists. */
  buildDataset: BuildDatasetPayload;
  /** PENDING runs are cancelled at once; RUNNING ones become CANCELLING until their process stops. */
  cancelRun: CancelRunPayload;
  /** Cancels the job and its unfinished trials' runs; it is CANCELLED once none of them runs. */
  cancelTuningJob: CancelTuningJobPayload;
  /** Compares the run's value of the baseline's metric with the baseline run's and stores the check. A FAIL is a result, not an error. */
  checkRegression: CheckRegressionPayload;
  createApiToken: CreateApiTokenPayload;
  /** Creates a dataset of exactly the given traces. NOT_FOUND lists unknown trace ids. */
  createDataset: CreateDatasetPayload;
  /** Creates an empty model artifact. CONFLICT when the name is taken. */
  createModelArtifact: CreateModelArtifactPayload;
  /** Makes a run (or a model version's source run) the named baseline for a metric of its latest evaluation or its summary metrics. */
  createRegressionBaseline: CreateRegressionBaselinePayload;
  /** Queues a run (PENDING). A worker starts it; follow it with the runUpdated subscription. */
  createRun: CreateRunPayload;
  createTrace: CreateTracePayload;
  /** Creates up to 1000 traces in one write. One invalid trace rejects the whole batch. */
  createTraces: CreateTracesPayload;
  /** Creates a tuning job (CREATED). Nothing runs until startTuningJob. */
  createTuningJob: CreateTuningJobPayload;
  /** Deletes the alias and its history. NOT_FOUND when the artifact has no alias of that name. */
  deleteModelAlias: DeleteModelAliasPayload;
  /** Queues an evaluation of an ended run (PENDING); a worker judges it. Follow it with evaluationUpdated. Each call makes a new evaluation; the latest SUCCEEDED one counts. */
  evaluateRun: EvaluateRunPayload;
  /** Loads sample traces (both built-in generators), builds a dataset of the arithmetic ones and starts a three-trial learning-rate sweep on it: a new server has something to show within a minute. */
  loadDemo: LoadDemoPayload;
  /** Promotes a tuning job's best trial (its best run) as in promoteRun, recording the trial and the job. */
  promoteBestTrial: PromoteBestTrialPayload;
  /** Makes a succeeded run's weights (verified against their sha256) the artifact's next version. Without a label, weights the artifact already has return that version instead. */
  promoteRun: PromoteRunPayload;
  revokeApiToken: RevokeApiTokenPayload;
  /** Scores traces (baseline: more and longer steps score higher, 0–100) and stores the scores. */
  scoreTraces: ScoreTracesPayload;
  /** Creates the alias or moves it to another version of the same artifact, recording the move in its history. */
  setModelAlias: SetModelAliasPayload;
  /** Starts a CREATED job: schedules its first maxConcurrentTrials trials. Follow it with tuningJobUpdated. */
  startTuningJob: StartTuningJobPayload;
  /** Renames a run or sets its tags or notes, at any status. */
  updateRun: UpdateRunPayload;
};


export type MutationBuildDatasetArgs = {
  input: BuildDatasetInput;
};


export type MutationCancelRunArgs = {
  input: CancelRunInput;
};


export type MutationCancelTuningJobArgs = {
  input: CancelTuningJobInput;
};


export type MutationCheckRegressionArgs = {
  input: CheckRegressionInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDatasetArgs = {
  input: CreateDatasetInput;
};


export type MutationCreateModelArtifactArgs = {
  input: CreateModelArtifactInput;
};


export type MutationCreateRegressionBaselineArgs = {
  input: CreateRegressionBaselineInput;
};


export type MutationCreateRunArgs = {
  input: CreateRunInput;
};


export type MutationCreateTraceArgs = {
  input: CreateTraceInput;
};


export type MutationCreateTracesArgs = {
  input: CreateTracesInput;
};


export type MutationCreateTuningJobArgs = {
  input: CreateTuningJobInput;
};


export type MutationDeleteModelAliasArgs = {
  input: DeleteModelAliasInput;
};


export type MutationEvaluateRunArgs = {
  input: EvaluateRunInput;
};


export type MutationLoadDemoArgs = {
  input?: InputMaybe<LoadDemoInput>;
};


export type MutationPromoteBestTrialArgs = {
  input: PromoteBestTrialInput;
};


export type MutationPromoteRunArgs = {
  input: PromoteRunInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationScoreTracesArgs = {
  input: ScoreTracesInput;
};


export type MutationSetModelAliasArgs = {
  input: SetModelAliasInput;
};


export type MutationStartTuningJobArgs = {
  input: StartTuningJobInput;
};


export type MutationUpdateRunArgs = {
  input: UpdateRunInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** Sort direction of a list. Ties are broken by id in the same direction, so pages are stable. */
export enum OrderDirection {
  Asc = 'ASC',
  Desc = 'DESC'
}

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PromoteBestTrialInput = {
  artifactName: Scalars['String']['input'];
  /** Create the artifact when no artifact has this name. */
  createArtifact?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** As in promoteRun. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** As in promoteRun, for the best trial's run. */
  requireBaseline?: InputMaybe<Scalars['String']['input']>;
  /** A tuning job that has a best trial. */
  tuningJobId: Scalars['ID']['input'];
};

export type PromoteBestTrialPayload = {
  __typename?: 'PromoteBestTrialPayload';
  /** False when these weights already were a version of the artifact and that version is returned. */
  created: Scalars['Boolean']['output'];
  version: ModelVersion;
};

/** Names the artifact by artifactId or by artifactName (exactly one). */
export type PromoteRunInput = {
  artifactId?: InputMaybe<Scalars['ID']['input']>;
  artifactName?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional, unique within the artifact: 1–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The name of a regression baseline the run must pass; a failing run is refused (BAD_USER_INPUT with the numbers). */
  requireBaseline?: InputMaybe<Scalars['String']['input']>;
  /** A SUCCEEDED run with registered weights. */
  runId: Scalars['ID']['input'];
};

export type PromoteRunPayload = {
  __typename?: 'PromoteRunPayload';
  /** False when these weights already were a version of the artifact and that version is returned. */
  created: Scalars['Boolean']['output'];
  version: ModelVersion;
};

export type Query = {
  __typename?: 'Query';
  apiTokens: ApiTokenConnection;
  /** Two datasets (usually two versions of one) compared by membership and stats. NOT_FOUND names a missing one. */
  compareDatasets: DatasetComparison;
  compareRuns: RunComparison;
  /** Two traces side by side: their baseline scores and a step-by-step diff. */
  compareTraces: TraceComparison;
  dataset?: Maybe<Dataset>;
  /** The dataset with this key (`name-version`), or null. */
  datasetByKey?: Maybe<Dataset>;
  /** Datasets, newest first. */
  datasets: DatasetConnection;
  /** The database, Redis, the workers and the run queue, as this server sees them now. */
  health: Health;
  /** The judges evaluateRun can use on this server. */
  judges: Array<JudgeInfo>;
  /** Runs ranked by score (highest first, ties by newest evaluation): the latest SUCCEEDED evaluation of each run within the filter, one entry per run. Pages forward with first/after, back with last/before (from the end without before). */
  leaderboard: LeaderboardConnection;
  modelArtifact?: Maybe<ModelArtifact>;
  modelArtifactByName?: Maybe<ModelArtifact>;
  /** Model artifacts, most recently promoted (or created) first. */
  modelArtifacts: ModelArtifactConnection;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  regressionBaseline?: Maybe<RegressionBaseline>;
  /** Regression baselines, newest first. */
  regressionBaselines: RegressionBaselineConnection;
  run?: Maybe<Run>;
  /** What config.* of createRun (and baseConfig of createTuningJob) takes for this executor on this server. */
  runConfigSpec: RunConfigSpec;
  /** Every summary metric and numeric config param some run has, by name. */
  runValueKeys: RunValueKeys;
  /** Runs, newest first unless orderBy says otherwise. */
  runs: RunConnection;
  trace?: Maybe<Trace>;
  /** Traces, newest first by default. Keyset-paginated: pages stay stable while traces are added. */
  traces: TraceConnection;
  /** The external trainers this server’s COMMAND executor can start, in the order of the trainers file. */
  trainers: Array<Trainer>;
  tuningJob?: Maybe<TuningJob>;
  /** Tuning jobs, newest first. */
  tuningJobs: TuningJobConnection;
  viewer: Viewer;
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareDatasetsArgs = {
  base: Scalars['ID']['input'];
  other: Scalars['ID']['input'];
};


export type QueryCompareRunsArgs = {
  ids: Array<Scalars['ID']['input']>;
  judge?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompareTracesArgs = {
  base: Scalars['ID']['input'];
  other: Scalars['ID']['input'];
};


export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetByKeyArgs = {
  key: Scalars['String']['input'];
};


export type QueryDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DatasetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeaderboardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeaderboardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryModelArtifactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModelArtifactByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryModelArtifactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelArtifactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRegressionBaselineArgs = {
  name: Scalars['String']['input'];
};


export type QueryRegressionBaselinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunConfigSpecArgs = {
  executor: Executor;
};


export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RunOrder>;
};


export type QueryTraceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTracesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TraceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<OrderDirection>;
};


export type QueryTuningJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTuningJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TuningJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A named reference run and metric: a run that gets worse than it by more than the tolerance fails a check. */
export type RegressionBaseline = Node & {
  __typename?: 'RegressionBaseline';
  /** Checks made against this baseline, newest first. */
  checks: BaselineRegressionCheckConnection;
  createdAt: Scalars['DateTime']['output'];
  /** The direction checks use: lowerIsBetter, or lower when the metric name contains loss, latency, time or error. */
  direction: MetricDirection;
  /** The evaluation set both evaluations must be on; null: each run's held-out split. */
  evalDataset?: Maybe<Dataset>;
  id: Scalars['ID']['output'];
  /** Checks compare the runs' latest evaluations by this judge; null: their summary metrics. */
  judgeName?: Maybe<Scalars['String']['output']>;
  /** As set; null: from the metric name. */
  lowerIsBetter?: Maybe<Scalars['Boolean']['output']>;
  /** primary_score, score, a key of the evaluation's metrics or detailed metrics, or (judgeName null) a key of the run's summaryMetrics. */
  metric: Scalars['String']['output'];
  /** Unique; checks and gates name the baseline by it. */
  name: Scalars['String']['output'];
  /** The reference run. */
  run: Run;
  /** The registry version the baseline was made from, if any. */
  sourceModelVersion?: Maybe<ModelVersion>;
  /** How far the metric may move the wrong way, in %. */
  tolerancePercent: Scalars['Float']['output'];
  /** Moves when the baseline is replaced. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A named reference run and metric: a run that gets worse than it by more than the tolerance fails a check. */
export type RegressionBaselineChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RegressionBaselineConnection = {
  __typename?: 'RegressionBaselineConnection';
  edges: Array<RegressionBaselineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegressionBaselineEdge = {
  __typename?: 'RegressionBaselineEdge';
  cursor: Scalars['String']['output'];
  node: RegressionBaseline;
};

/** One comparison of a run with a baseline, with the numbers it was made with. */
export type RegressionCheck = Node & {
  __typename?: 'RegressionCheck';
  baseline?: Maybe<RegressionBaseline>;
  /** The baseline as it was named when checked. */
  baselineName: Scalars['String']['output'];
  /** The reference run at the time of the check. */
  baselineRun?: Maybe<Run>;
  baselineValue: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  currentValue: Scalars['Float']['output'];
  /** currentValue − baselineValue. */
  delta: Scalars['Float']['output'];
  /** delta in % of baselineValue, 2 decimals; a zero baseline gives 0 when unchanged, else ±100. */
  deltaPercent: Scalars['Float']['output'];
  /** e.g. "Threshold: drop <= 5.0%. Actual change: -1.25%". */
  details: Scalars['String']['output'];
  direction: MetricDirection;
  /** The gate that asked (promoteRun, promoteBestTrial); null: checkRegression. */
  gate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** null: summary metrics were compared. */
  judgeName?: Maybe<Scalars['String']['output']>;
  metric: Scalars['String']['output'];
  /** The run checked. */
  run: Run;
  tolerancePercent: Scalars['Float']['output'];
  verdict: RegressionVerdict;
};

export enum RegressionVerdict {
  /** The metric moved the wrong way by more than the tolerance. */
  Fail = 'FAIL',
  /** The metric did not move the wrong way by more than the tolerance. */
  Pass = 'PASS'
}

export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  token: ApiToken;
  /** @deprecated A database id, not a global id: use token { id }. */
  tokenId: Scalars['ID']['output'];
};

/** A fine-tuning run of a base model on a dataset. */
export type Run = Node & {
  __typename?: 'Run';
  artifacts: Array<RunArtifact>;
  attempt: Scalars['Int']['output'];
  baseModel: Scalars['String']['output'];
  config: Scalars['JSON']['output'];
  /** When the run was queued. */
  createdAt: Scalars['DateTime']['output'];
  dataset: Dataset;
  durationSeconds?: Maybe<Scalars['Float']['output']>;
  /** Why the run failed, timed out or was cancelled. */
  error?: Maybe<Scalars['String']['output']>;
  /** Evaluations of this run, newest first. */
  evaluations: RunEvaluationConnection;
  executor: Executor;
  exitCode?: Maybe<Scalars['Int']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastLogSeq: Scalars['Int']['output'];
  /** The evaluation that counts: the latest SUCCEEDED one (what the leaderboard shows). */
  latestEvaluation?: Maybe<Evaluation>;
  /** Output in order of seq. Pass afterSeq to start after what you have. */
  logs: RunLogConnection;
  maxAttempts: Scalars['Int']['output'];
  /** Each metric’s series, for charts. names: only these metrics. */
  metricSeries: Array<RunMetricSeries>;
  /** The name it was given, else its default name from its number (e.g. swift-otter-42). */
  name: Scalars['String']['output'];
  /** Free text people wrote about the run. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The run’s place in the order of creation, from 1. */
  number: Scalars['Int']['output'];
  /** The run's regression checks (its history of verdicts), newest first. */
  regressionChecks: RunRegressionCheckConnection;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunStatus;
  /** Every status transition, oldest first. */
  statusChanges: Array<RunStatusChange>;
  /** Why the run was stopped (or is being stopped); null when it ran to its end. */
  stopReason?: Maybe<RunStopReason>;
  /** Last value of each metric. */
  summaryMetrics?: Maybe<Scalars['JSON']['output']>;
  /** Free labels; runs(filter: { tags }) finds runs carrying all of them. */
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A fine-tuning run of a base model on a dataset. */
export type RunEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A fine-tuning run of a base model on a dataset. */
export type RunLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A fine-tuning run of a base model on a dataset. */
export type RunMetricSeriesArgs = {
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A fine-tuning run of a base model on a dataset. */
export type RunRegressionChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A file the run produced. */
export type RunArtifact = {
  __typename?: 'RunArtifact';
  createdAt: Scalars['DateTime']['output'];
  /** Server-relative URL of the file. With auth on it is signed and expires after DOWNLOAD_LINK_TTL_SECONDS, so a plain link works without a token. */
  downloadUrl: Scalars['String']['output'];
  /** Path relative to the run’s output folder. */
  name: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  /** Bytes (exact below 2^53). */
  sizeBytes: Scalars['Float']['output'];
};

/** Runs side by side, in the order asked: config keys that differ, final metrics, evaluations and the items they disagree on. */
export type RunComparison = {
  __typename?: 'RunComparison';
  /** How many items changedItems has (0 unless every run has an evaluation). */
  changedItemCount: Scalars['Int']['output'];
  /** Items judged in every evaluation whose correctness differs (what a run fixed or broke), by trace id. */
  changedItems: RunItemChangeConnection;
  configDiff: Array<ConfigDifference>;
  /** Each run's latest SUCCEEDED evaluation (by `judge` when given), in the order asked; null when it has none. */
  evaluations: Array<Maybe<Evaluation>>;
  finalMetrics: Array<MetricComparison>;
  runs: Array<Run>;
};


/** Runs side by side, in the order asked: config keys that differ, final metrics, evaluations and the items they disagree on. */
export type RunComparisonChangedItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One field of RunConfigInput, as createRun checks it for this executor. */
export type RunConfigField = {
  __typename?: 'RunConfigField';
  /** The only values a STRING field takes. */
  choices?: Maybe<Array<Scalars['String']['output']>>;
  /** What an omitted value becomes; null: it stays unset. */
  default?: Maybe<Scalars['JSON']['output']>;
  description: Scalars['String']['output'];
  /** True when min itself is refused. */
  exclusiveMin: Scalars['Boolean']['output'];
  /** Inclusive. */
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  /** The RunConfigInput field. */
  name: Scalars['String']['output'];
  type: RunConfigFieldType;
};

export enum RunConfigFieldType {
  /** A number. */
  Float = 'FLOAT',
  /** A whole number. */
  Int = 'INT',
  /** A JSON object. */
  Json = 'JSON',
  /** Text; one of `choices` when the field has them. */
  String = 'STRING',
  /** A list of strings. */
  StringList = 'STRING_LIST'
}

/** Hyperparameters and executor settings; runConfigSpec(executor) lists what each executor takes. Omitted values take their defaults. */
export type RunConfigInput = {
  /** Examples (builtin: characters) per gradient step. Allowed: ≥ 1 and ≤ 512; default 32. */
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  /** COMMAND only. Instead of a trainer, an argv to run: only when the server sets COMMAND_RAW_ARGV_ENABLED, with an ADMIN token when auth is on. */
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  /** BUILTIN only. Characters of context the builtin model predicts from: 1 (bigram) or 2. Allowed: ≥ 1 and ≤ 2; default 2. */
  contextSize?: InputMaybe<Scalars['Int']['input']>;
  /** Where an external trainer computes. Allowed: cpu, cuda or auto; default auto. */
  device?: InputMaybe<Scalars['String']['input']>;
  /** Passes over the training split. Allowed: ≥ 1 and ≤ 100; default 3. */
  epochs?: InputMaybe<Scalars['Int']['input']>;
  /** Share of the dataset held out for evaluation. Allowed: > 0 and ≤ 0.5; default 0.1. */
  evalFraction?: InputMaybe<Scalars['Float']['input']>;
  /** A judge (see the judges query) that evaluates the run on its held-out split when it succeeds; unset: no automatic evaluation. */
  evaluateWith?: InputMaybe<Scalars['String']['input']>;
  /** Step size of gradient descent (0.5 suits the builtin trainer). Allowed: > 0 and ≤ 10; default 0.5. */
  learningRate?: InputMaybe<Scalars['Float']['input']>;
  /** Longest training sequence in tokens, for trainers that cut sequences (the builtin character model does not). Allowed: ≥ 128 and ≤ 32768; default 2048. */
  maxSeqLength?: InputMaybe<Scalars['Int']['input']>;
  /** BUILTIN only. Caps the gradient steps of each epoch; unset: every sampled position once. Allowed: ≥ 1 and ≤ 262144. */
  maxStepsPerEpoch?: InputMaybe<Scalars['Int']['input']>;
  /** Extra parameters (a JSON object) passed to the trainer untouched. */
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** Same seed, same data split and sampling order: same result. Allowed: ≥ 0 and ≤ 2147483647; default 42. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds before the run ends as TIMED_OUT; unset: RUN_TIMEOUT_SECONDS, or the COMMAND trainer’s own limit. Allowed: ≥ 1 and ≤ 604800. */
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** COMMAND only. The trainer to start, by name (see the trainers query). */
  trainer?: InputMaybe<Scalars['String']['input']>;
  /** L2 penalty on the weights. Allowed: ≥ 0 and ≤ 1; default 0. */
  weightDecay?: InputMaybe<Scalars['Float']['input']>;
};

/** A rule between fields; a request that breaks it gets a field error on each of them. */
export type RunConfigRule = {
  __typename?: 'RunConfigRule';
  description: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
};

/** The config an executor takes: fields with their types, ranges and defaults, and the rules between them. */
export type RunConfigSpec = {
  __typename?: 'RunConfigSpec';
  executor: Executor;
  fields: Array<RunConfigField>;
  rules: Array<RunConfigRule>;
};

export type RunConnection = {
  __typename?: 'RunConnection';
  edges: Array<RunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RunEdge = {
  __typename?: 'RunEdge';
  cursor: Scalars['String']['output'];
  node: Run;
};

export type RunEvaluationConnection = {
  __typename?: 'RunEvaluationConnection';
  edges: Array<RunEvaluationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RunEvaluationEdge = {
  __typename?: 'RunEvaluationEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type RunFilter = {
  baseModel?: InputMaybe<Scalars['String']['input']>;
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  executor?: InputMaybe<Executor>;
  /** Ranges of summary metrics; all must hold. */
  metrics?: InputMaybe<Array<RunValueRange>>;
  /** Ranges of numeric config params; all must hold. */
  params?: InputMaybe<Array<RunValueRange>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<RunStatus>>;
  /** Runs carrying every one of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An item judged in every compared evaluation whose correctness differs between them. */
export type RunItemChange = {
  __typename?: 'RunItemChange';
  change: ItemChangeKind;
  /** The reference answer. */
  reference: Scalars['String']['output'];
  /** Per run, in the order asked. */
  results: Array<RunItemResult>;
  trace: Trace;
};

export type RunItemChangeConnection = {
  __typename?: 'RunItemChangeConnection';
  edges: Array<RunItemChangeEdge>;
  pageInfo: PageInfo;
};

export type RunItemChangeEdge = {
  __typename?: 'RunItemChangeEdge';
  cursor: Scalars['String']['output'];
  node: RunItemChange;
};

/** One run's result on an item, from its evaluation. */
export type RunItemResult = {
  __typename?: 'RunItemResult';
  correct?: Maybe<Scalars['Boolean']['output']>;
  prediction?: Maybe<Scalars['String']['output']>;
  /** 0–1 */
  score?: Maybe<Scalars['Float']['output']>;
};

/** A piece of a run’s output: one line, or part of a very long line. seq starts at 1 and has no gaps. */
export type RunLogChunk = {
  __typename?: 'RunLogChunk';
  createdAt: Scalars['DateTime']['output'];
  seq: Scalars['Int']['output'];
  stream: LogStream;
  /** The text, with its newline. */
  text: Scalars['String']['output'];
};

export type RunLogConnection = {
  __typename?: 'RunLogConnection';
  edges: Array<RunLogEdge>;
  pageInfo: PageInfo;
};

export type RunLogEdge = {
  __typename?: 'RunLogEdge';
  cursor: Scalars['String']['output'];
  node: RunLogChunk;
};

export type RunMetricPoint = {
  __typename?: 'RunMetricPoint';
  epoch?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  step: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

/** One metric of a run over its steps, downsampled to at most maxPoints (lowest and highest of each bucket kept). */
export type RunMetricSeries = {
  __typename?: 'RunMetricSeries';
  name: Scalars['String']['output'];
  points: Array<MetricPoint>;
  /** Points stored, before downsampling. */
  total: Scalars['Int']['output'];
};

/** Runs without the value come after those with it, newest first. Ties are broken by id. */
export type RunOrder = {
  by: RunOrderBy;
  direction?: OrderDirection;
  /** The metric or param, for METRIC and PARAM. */
  key?: InputMaybe<Scalars['String']['input']>;
};

export enum RunOrderBy {
  /** When the run was queued. */
  CreatedAt = 'CREATED_AT',
  /** A summary metric, named in key. */
  Metric = 'METRIC',
  /** A numeric config param, named in key. */
  Param = 'PARAM'
}

export type RunRegressionCheckConnection = {
  __typename?: 'RunRegressionCheckConnection';
  edges: Array<RunRegressionCheckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RunRegressionCheckEdge = {
  __typename?: 'RunRegressionCheckEdge';
  cursor: Scalars['String']['output'];
  node: RegressionCheck;
};

/** PENDING → RUNNING → SUCCEEDED | FAILED | CANCELLED | TIMED_OUT; CANCELLING while a process is stopped. */
export enum RunStatus {
  Cancelled = 'CANCELLED',
  Cancelling = 'CANCELLING',
  Failed = 'FAILED',
  Pending = 'PENDING',
  Running = 'RUNNING',
  Succeeded = 'SUCCEEDED',
  TimedOut = 'TIMED_OUT'
}

export type RunStatusChange = {
  __typename?: 'RunStatusChange';
  createdAt: Scalars['DateTime']['output'];
  fromStatus?: Maybe<RunStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: RunStatus;
};

/** Why a run was stopped before its trainer finished by itself. */
export enum RunStopReason {
  /** cancelRun was called. */
  CancelledByUser = 'CANCELLED_BY_USER',
  /** The tuning job's early-stopping rule pruned the trial. */
  Pruned = 'PRUNED',
  /** The database could not store the run's output within STORAGE_GRACE_SECONDS. */
  StorageUnavailable = 'STORAGE_UNAVAILABLE',
  /** The run ran past its time limit. */
  Timeout = 'TIMEOUT',
  /** The run's tuning job was cancelled. */
  TuningJobCancelled = 'TUNING_JOB_CANCELLED',
  /** Its worker stopped renewing the lease and no attempts were left. */
  WorkerLost = 'WORKER_LOST'
}

/** The names runs have values for: what runs(orderBy) and RunFilter ranges can name. */
export type RunValueKeys = {
  __typename?: 'RunValueKeys';
  metrics: Array<Scalars['String']['output']>;
  params: Array<Scalars['String']['output']>;
};

/** Runs whose value of `key` lies in [min, max] (a missing end is open); runs without the value are left out. */
export type RunValueRange = {
  /** A metric name (evalLoss) or param name (learningRate, params.lr). */
  key: Scalars['String']['input'];
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type ScoreTracesInput = {
  /** Only `baseline` today. */
  criteria?: InputMaybe<Scalars['String']['input']>;
  traceIds: Array<Scalars['ID']['input']>;
};

export type ScoreTracesPayload = {
  __typename?: 'ScoreTracesPayload';
  scores: Array<TraceScore>;
};

/** Statistics of the per-item scores (0–1). */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** Mean score of the scored items carrying each trace tag. */
  byTag: Array<TagScore>;
  max?: Maybe<Scalars['Float']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  nItems: Scalars['Int']['output'];
  nScored: Scalars['Int']['output'];
  /** Items the judge could not score (see their error). */
  nSkipped: Scalars['Int']['output'];
  /** Population standard deviation; null with fewer than two scored items. */
  stddev?: Maybe<Scalars['Float']['output']>;
};

/** How the traces of a dataset were chosen. */
export enum SelectionStrategy {
  /** The caller named the traces (createDataset). */
  Explicit = 'EXPLICIT',
  /** The newest matching traces (createdAt, then id, descending). */
  Latest = 'LATEST',
  /** A seeded sample of the matching traces (mulberry32-fisher-yates-v1): same seed, same traces. */
  Random = 'RANDOM'
}

export type SetModelAliasInput = {
  artifactId: Scalars['ID']['input'];
  /** 1–64 of a–z 0–9 _ -, starting with a letter, e.g. production. */
  name: Scalars['String']['input'];
  /** A version of the same artifact. */
  versionId: Scalars['ID']['input'];
};

export type SetModelAliasPayload = {
  __typename?: 'SetModelAliasPayload';
  alias: ModelAlias;
  /** False when the alias already pointed at that version (nothing recorded). */
  changed: Scalars['Boolean']['output'];
};

export type StartTuningJobInput = {
  id: Scalars['ID']['input'];
};

export type StartTuningJobPayload = {
  __typename?: 'StartTuningJobPayload';
  tuningJob: TuningJob;
};

export enum StepChangeKind {
  /** Only in the other trace. */
  Added = 'ADDED',
  /** A base step replaced by an other step at the same place (contentDiff says how). */
  Changed = 'CHANGED',
  /** Only in the base trace. */
  Removed = 'REMOVED',
  /** The same type and content in both traces. */
  Unchanged = 'UNCHANGED'
}

export type Subscription = {
  __typename?: 'Subscription';
  /** The evaluation now, then at every change (progress included). Ends after SUCCEEDED or FAILED. */
  evaluationUpdated: Evaluation;
  /** Every evaluation that lands on the leaderboard with this filter, as it succeeds (with its score): refetch or insert it to keep a board live. */
  leaderboardUpdated: Evaluation;
  /** Log chunks with seq > afterSeq: first those already stored, then new ones as they are written, with no gap and no duplicate. Ends when the run has ended and everything was sent; reconnect with the last seq you got. */
  runLogAppended: Array<RunLogChunk>;
  /** Metric points with step > afterStep: stored ones first, then live. Ends when the run has ended. */
  runMetricRecorded: Array<RunMetricPoint>;
  /** The run now, then again at every change. Ends after a terminal status, so a client that reconnects always sees how the run ended. */
  runUpdated: Run;
  /** Every run that is created or changes status and matches the filter: keeps run lists live. */
  runsChanged: Run;
  /** The job now, then again at every change (a trial scheduled or finished, a new best, a status). Ends after a terminal status. */
  tuningJobUpdated: TuningJob;
};


export type SubscriptionEvaluationUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionLeaderboardUpdatedArgs = {
  filter?: InputMaybe<LeaderboardFilter>;
};


export type SubscriptionRunLogAppendedArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
};


export type SubscriptionRunMetricRecordedArgs = {
  afterStep?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
};


export type SubscriptionRunUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionRunsChangedArgs = {
  filter?: InputMaybe<RunFilter>;
};


export type SubscriptionTuningJobUpdatedArgs = {
  id: Scalars['ID']['input'];
};

export type TagScore = {
  __typename?: 'TagScore';
  mean: Scalars['Float']['output'];
  tag: Scalars['String']['output'];
};

export type TextPart = {
  __typename?: 'TextPart';
  added: Scalars['Boolean']['output'];
  removed: Scalars['Boolean']['output'];
  value: Scalars['String']['output'];
};

/** READ may query and subscribe; WRITE may also mutate; ADMIN may also manage tokens. */
export enum TokenRole {
  Admin = 'ADMIN',
  Read = 'READ',
  Write = 'WRITE'
}

/** A reasoning trace: a prompt, ordered steps and a final answer, with free metadata. */
export type Trace = Node & {
  __typename?: 'Trace';
  createdAt: Scalars['DateTime']['output'];
  finalAnswer: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meta?: Maybe<Scalars['JSON']['output']>;
  prompt: Scalars['String']['output'];
  scores: TraceScoreConnection;
  /** meta.source, indexed for filtering. */
  source?: Maybe<Scalars['String']['output']>;
  stepCount: Scalars['Int']['output'];
  steps: Array<TraceStep>;
  tags: Array<Scalars['String']['output']>;
  /** Code points of prompt, final answer and every step. */
  totalChars: Scalars['Int']['output'];
  traceVersion: Scalars['String']['output'];
};


/** A reasoning trace: a prompt, ordered steps and a final answer, with free metadata. */
export type TraceScoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TraceComparison = {
  __typename?: 'TraceComparison';
  base: TraceWithScore;
  finalAnswerChanged: Scalars['Boolean']['output'];
  other: TraceWithScore;
  promptChanged: Scalars['Boolean']['output'];
  /** other.score − base.score. */
  scoreDelta: Scalars['Float']['output'];
  steps: Array<TraceStepChange>;
};

export type TraceConnection = {
  __typename?: 'TraceConnection';
  edges: Array<TraceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TraceEdge = {
  __typename?: 'TraceEdge';
  cursor: Scalars['String']['output'];
  node: Trace;
};

export type TraceFilter = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Top-level meta keys that must equal these values. */
  metaContains?: InputMaybe<Scalars['JSON']['input']>;
  /** Case-insensitive text in the prompt or final answer. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Exact meta.source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Traces carrying all of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  traceVersion?: InputMaybe<Scalars['String']['input']>;
};

export type TraceScore = Node & {
  __typename?: 'TraceScore';
  createdAt: Scalars['DateTime']['output'];
  criteria: Scalars['String']['output'];
  details?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** 0–100 */
  score: Scalars['Float']['output'];
  trace: Trace;
};

export type TraceScoreConnection = {
  __typename?: 'TraceScoreConnection';
  edges: Array<TraceScoreEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TraceScoreEdge = {
  __typename?: 'TraceScoreEdge';
  cursor: Scalars['String']['output'];
  node: TraceScore;
};

/** One step of a reasoning trace. */
export type TraceStep = {
  __typename?: 'TraceStep';
  content: Scalars['String']['output'];
  /** The step index given by the client (unique in the trace, ≥ 0). */
  i: Scalars['Int']['output'];
  /** Free-form step kind, e.g. parse, compute, result. */
  type: Scalars['String']['output'];
};

export type TraceStepChange = {
  __typename?: 'TraceStepChange';
  base?: Maybe<TraceStep>;
  /** 0-based place in the base trace's steps. */
  basePosition?: Maybe<Scalars['Int']['output']>;
  change: StepChangeKind;
  /** CHANGED only: the base content turned into the other’s, word by word. */
  contentDiff?: Maybe<Array<TextPart>>;
  other?: Maybe<TraceStep>;
  otherPosition?: Maybe<Scalars['Int']['output']>;
};

export type TraceStepInput = {
  /** 1–20,000 characters. */
  content: Scalars['String']['input'];
  /** Step index, ≥ 0, unique within the trace. */
  i: Scalars['Int']['input'];
  /** 1–64 characters. */
  type: Scalars['String']['input'];
};

/** A trace with its baseline score, computed on the fly (not stored). */
export type TraceWithScore = {
  __typename?: 'TraceWithScore';
  details: Scalars['JSON']['output'];
  /** 0–100, the baseline criteria, rounded as Python rounds (21.575 → 21.57). */
  score: Scalars['Float']['output'];
  trace: Trace;
};

/** An external trainer from the operator’s trainers file (TRAINERS_FILE). */
export type Trainer = {
  __typename?: 'Trainer';
  /** Time limit of its runs unless config.timeoutSeconds says otherwise. */
  defaultTimeoutSeconds: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** What a COMMAND run puts in config.trainer. */
  name: Scalars['String']['output'];
};

/** One sample of a tuning job, run as a Run. */
export type Trial = Node & {
  __typename?: 'Trial';
  createdAt: Scalars['DateTime']['output'];
  /** Why the trial failed, was cancelled or was pruned. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The run's final value of the job's metric. */
  metricValue?: Maybe<Scalars['Float']['output']>;
  /** 1, 2, 3 … within its job. */
  number: Scalars['Int']['output'];
  /** The sampled hyperparameters. */
  params: Scalars['JSON']['output'];
  /** Null only when its sampled params were invalid. */
  run?: Maybe<Run>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TrialStatus;
  tuningJob: TuningJob;
};

export type TrialConnection = {
  __typename?: 'TrialConnection';
  edges: Array<TrialEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrialEdge = {
  __typename?: 'TrialEdge';
  cursor: Scalars['String']['output'];
  node: Trial;
};

export enum TrialOrder {
  /** Best metric first (ascending for MIN, descending for MAX), trials without a value last, then by id. */
  MetricBestFirst = 'METRIC_BEST_FIRST',
  /** In the order the trials were scheduled. */
  NumberAsc = 'NUMBER_ASC'
}

export enum TrialStatus {
  /** Its run was cancelled (e.g. with the job). */
  Cancelled = 'CANCELLED',
  /** Its run failed or timed out, it reported no metric, or its sampled params were invalid. */
  Failed = 'FAILED',
  /** Its run is queued. */
  Pending = 'PENDING',
  /** Stopped by the early-stopping rule: its intermediate metric trailed the median. */
  Pruned = 'PRUNED',
  /** Its run is running (or being cancelled). */
  Running = 'RUNNING',
  /** Its run succeeded and reported the metric. */
  Succeeded = 'SUCCEEDED'
}

/** A hyperparameter sweep: each trial is a run with sampled params merged over the base config. */
export type TuningJob = Node & {
  __typename?: 'TuningJob';
  /** The run config every trial starts from, defaults filled. */
  baseConfig: Scalars['JSON']['output'];
  baseModel: Scalars['String']['output'];
  bestMetricValue?: Maybe<Scalars['Float']['output']>;
  /** The sampled params of the best trial. */
  bestParams?: Maybe<Scalars['JSON']['output']>;
  /** The run of the best trial so far. */
  bestRun?: Maybe<Run>;
  bestTrial?: Maybe<Trial>;
  createdAt: Scalars['DateTime']['output'];
  dataset: Dataset;
  earlyStopping?: Maybe<EarlyStopping>;
  /** Why the job failed (e.g. no trial succeeded). */
  error?: Maybe<Scalars['String']['output']>;
  /** The judge trials' runs are evaluated with; null: the metric is a training metric. */
  evalJudge?: Maybe<Scalars['String']['output']>;
  executor: Executor;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Trials that ended (succeeded, failed, cancelled or pruned): progress is finishedTrialCount / numSamples. */
  finishedTrialCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  maxConcurrentTrials: Scalars['Int']['output'];
  metricMode: MetricMode;
  metricName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** How many trials the job runs. */
  numSamples: Scalars['Int']['output'];
  /** The normalized search space. */
  searchSpace: Scalars['JSON']['output'];
  seed: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TuningJobStatus;
  /** Trials scheduled so far (at most numSamples). */
  trialCount: Scalars['Int']['output'];
  trials: TrialConnection;
  updatedAt: Scalars['DateTime']['output'];
};


/** A hyperparameter sweep: each trial is a run with sampled params merged over the base config. */
export type TuningJobTrialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrialOrder>;
};

export type TuningJobConnection = {
  __typename?: 'TuningJobConnection';
  edges: Array<TuningJobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TuningJobEdge = {
  __typename?: 'TuningJobEdge';
  cursor: Scalars['String']['output'];
  node: TuningJob;
};

export type TuningJobFilter = {
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<TuningJobStatus>>;
};

/** CREATED → RUNNING → SUCCEEDED | FAILED; cancelling: RUNNING → CANCELLING → CANCELLED (CREATED → CANCELLED). */
export enum TuningJobStatus {
  Cancelled = 'CANCELLED',
  Cancelling = 'CANCELLING',
  Created = 'CREATED',
  Failed = 'FAILED',
  Running = 'RUNNING',
  Succeeded = 'SUCCEEDED'
}

/** Only the fields given change. */
export type UpdateRunInput = {
  id: Scalars['ID']['input'];
  /** Up to 256 characters; null or empty gives the run back its default name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10,000 characters; null or empty clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The whole new list: up to 20 tags of up to 64 characters; repeats are dropped. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateRunPayload = {
  __typename?: 'UpdateRunPayload';
  run: Run;
};

export enum Verdict {
  Fail = 'FAIL',
  Pass = 'PASS',
  Uncertain = 'UNCERTAIN'
}

/** Who is calling. Answered without a token, so a client can learn that it must ask for one. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether this server refuses callers without an API token. */
  authRequired: Scalars['Boolean']['output'];
  /** The token's role; null without a token. */
  role?: Maybe<TokenRole>;
  scopes: ViewerScopes;
  /** The API token's name, "ADMIN_TOKEN" for the server's admin secret; null without a token. */
  tokenName?: Maybe<Scalars['String']['output']>;
};

/** What the caller may do. Everything while auth is off. */
export type ViewerScopes = {
  __typename?: 'ViewerScopes';
  /** API token management. */
  admin: Scalars['Boolean']['output'];
  /** Queries and subscriptions. */
  read: Scalars['Boolean']['output'];
  /** Mutations: traces, datasets, runs, tuning jobs, the registry. */
  write: Scalars['Boolean']['output'];
};

/** A worker alive now: it holds an unexpired lease on at least one run in progress. */
export type WorkerHealth = {
  __typename?: 'WorkerHealth';
  /** The latest of its leases; a live worker renews them, so this stays in the future. */
  leaseExpiresAt: Scalars['DateTime']['output'];
  /** The id it claims runs under: host, process id and a random part. */
  name: Scalars['String']['output'];
  runsHeld: Scalars['Int']['output'];
};

export type WithTypename<T extends { __typename?: any }> = Partial<T> & { __typename: NonNullable<T['__typename']> };

export type GraphCacheKeysConfig = {
  ApiToken?: (data: WithTypename<ApiToken>) => null | string,
  ApiTokenConnection?: (data: WithTypename<ApiTokenConnection>) => null | string,
  ApiTokenEdge?: (data: WithTypename<ApiTokenEdge>) => null | string,
  BaselineRegressionCheckConnection?: (data: WithTypename<BaselineRegressionCheckConnection>) => null | string,
  BaselineRegressionCheckEdge?: (data: WithTypename<BaselineRegressionCheckEdge>) => null | string,
  BuildDatasetPayload?: (data: WithTypename<BuildDatasetPayload>) => null | string,
  CancelRunPayload?: (data: WithTypename<CancelRunPayload>) => null | string,
  CancelTuningJobPayload?: (data: WithTypename<CancelTuningJobPayload>) => null | string,
  CheckRegressionPayload?: (data: WithTypename<CheckRegressionPayload>) => null | string,
  ConfigDifference?: (data: WithTypename<ConfigDifference>) => null | string,
  CreateApiTokenPayload?: (data: WithTypename<CreateApiTokenPayload>) => null | string,
  CreateDatasetPayload?: (data: WithTypename<CreateDatasetPayload>) => null | string,
  CreateModelArtifactPayload?: (data: WithTypename<CreateModelArtifactPayload>) => null | string,
  CreateRegressionBaselinePayload?: (data: WithTypename<CreateRegressionBaselinePayload>) => null | string,
  CreateRunPayload?: (data: WithTypename<CreateRunPayload>) => null | string,
  CreateTracePayload?: (data: WithTypename<CreateTracePayload>) => null | string,
  CreateTracesPayload?: (data: WithTypename<CreateTracesPayload>) => null | string,
  CreateTuningJobPayload?: (data: WithTypename<CreateTuningJobPayload>) => null | string,
  Dataset?: (data: WithTypename<Dataset>) => null | string,
  DatasetAddedConnection?: (data: WithTypename<DatasetAddedConnection>) => null | string,
  DatasetAddedEdge?: (data: WithTypename<DatasetAddedEdge>) => null | string,
  DatasetChildConnection?: (data: WithTypename<DatasetChildConnection>) => null | string,
  DatasetChildEdge?: (data: WithTypename<DatasetChildEdge>) => null | string,
  DatasetComparison?: (data: WithTypename<DatasetComparison>) => null | string,
  DatasetConnection?: (data: WithTypename<DatasetConnection>) => null | string,
  DatasetEdge?: (data: WithTypename<DatasetEdge>) => null | string,
  DatasetItem?: (data: WithTypename<DatasetItem>) => null | string,
  DatasetItemConnection?: (data: WithTypename<DatasetItemConnection>) => null | string,
  DatasetItemEdge?: (data: WithTypename<DatasetItemEdge>) => null | string,
  DatasetRemovedConnection?: (data: WithTypename<DatasetRemovedConnection>) => null | string,
  DatasetRemovedEdge?: (data: WithTypename<DatasetRemovedEdge>) => null | string,
  DatasetRunConnection?: (data: WithTypename<DatasetRunConnection>) => null | string,
  DatasetRunEdge?: (data: WithTypename<DatasetRunEdge>) => null | string,
  DatasetStatDelta?: (data: WithTypename<DatasetStatDelta>) => null | string,
  DeleteModelAliasPayload?: (data: WithTypename<DeleteModelAliasPayload>) => null | string,
  EarlyStopping?: (data: WithTypename<EarlyStopping>) => null | string,
  EvaluateRunPayload?: (data: WithTypename<EvaluateRunPayload>) => null | string,
  Evaluation?: (data: WithTypename<Evaluation>) => null | string,
  EvaluationItem?: (data: WithTypename<EvaluationItem>) => null | string,
  EvaluationItemConnection?: (data: WithTypename<EvaluationItemConnection>) => null | string,
  EvaluationItemEdge?: (data: WithTypename<EvaluationItemEdge>) => null | string,
  Health?: (data: WithTypename<Health>) => null | string,
  Judge?: (data: WithTypename<Judge>) => null | string,
  JudgeInfo?: (data: WithTypename<JudgeInfo>) => null | string,
  LeaderboardConnection?: (data: WithTypename<LeaderboardConnection>) => null | string,
  LeaderboardEdge?: (data: WithTypename<LeaderboardEdge>) => null | string,
  LoadDemoPayload?: (data: WithTypename<LoadDemoPayload>) => null | string,
  MetricComparison?: (data: WithTypename<MetricComparison>) => null | string,
  MetricPoint?: (data: WithTypename<MetricPoint>) => null | string,
  ModelAlias?: (data: WithTypename<ModelAlias>) => null | string,
  ModelAliasChange?: (data: WithTypename<ModelAliasChange>) => null | string,
  ModelArtifact?: (data: WithTypename<ModelArtifact>) => null | string,
  ModelArtifactConnection?: (data: WithTypename<ModelArtifactConnection>) => null | string,
  ModelArtifactEdge?: (data: WithTypename<ModelArtifactEdge>) => null | string,
  ModelVersion?: (data: WithTypename<ModelVersion>) => null | string,
  ModelVersionConnection?: (data: WithTypename<ModelVersionConnection>) => null | string,
  ModelVersionEdge?: (data: WithTypename<ModelVersionEdge>) => null | string,
  PageInfo?: (data: WithTypename<PageInfo>) => null | string,
  PromoteBestTrialPayload?: (data: WithTypename<PromoteBestTrialPayload>) => null | string,
  PromoteRunPayload?: (data: WithTypename<PromoteRunPayload>) => null | string,
  RegressionBaseline?: (data: WithTypename<RegressionBaseline>) => null | string,
  RegressionBaselineConnection?: (data: WithTypename<RegressionBaselineConnection>) => null | string,
  RegressionBaselineEdge?: (data: WithTypename<RegressionBaselineEdge>) => null | string,
  RegressionCheck?: (data: WithTypename<RegressionCheck>) => null | string,
  RevokeApiTokenPayload?: (data: WithTypename<RevokeApiTokenPayload>) => null | string,
  Run?: (data: WithTypename<Run>) => null | string,
  RunArtifact?: (data: WithTypename<RunArtifact>) => null | string,
  RunComparison?: (data: WithTypename<RunComparison>) => null | string,
  RunConfigField?: (data: WithTypename<RunConfigField>) => null | string,
  RunConfigRule?: (data: WithTypename<RunConfigRule>) => null | string,
  RunConfigSpec?: (data: WithTypename<RunConfigSpec>) => null | string,
  RunConnection?: (data: WithTypename<RunConnection>) => null | string,
  RunEdge?: (data: WithTypename<RunEdge>) => null | string,
  RunEvaluationConnection?: (data: WithTypename<RunEvaluationConnection>) => null | string,
  RunEvaluationEdge?: (data: WithTypename<RunEvaluationEdge>) => null | string,
  RunItemChange?: (data: WithTypename<RunItemChange>) => null | string,
  RunItemChangeConnection?: (data: WithTypename<RunItemChangeConnection>) => null | string,
  RunItemChangeEdge?: (data: WithTypename<RunItemChangeEdge>) => null | string,
  RunItemResult?: (data: WithTypename<RunItemResult>) => null | string,
  RunLogChunk?: (data: WithTypename<RunLogChunk>) => null | string,
  RunLogConnection?: (data: WithTypename<RunLogConnection>) => null | string,
  RunLogEdge?: (data: WithTypename<RunLogEdge>) => null | string,
  RunMetricPoint?: (data: WithTypename<RunMetricPoint>) => null | string,
  RunMetricSeries?: (data: WithTypename<RunMetricSeries>) => null | string,
  RunRegressionCheckConnection?: (data: WithTypename<RunRegressionCheckConnection>) => null | string,
  RunRegressionCheckEdge?: (data: WithTypename<RunRegressionCheckEdge>) => null | string,
  RunStatusChange?: (data: WithTypename<RunStatusChange>) => null | string,
  RunValueKeys?: (data: WithTypename<RunValueKeys>) => null | string,
  ScoreTracesPayload?: (data: WithTypename<ScoreTracesPayload>) => null | string,
  Scorecard?: (data: WithTypename<Scorecard>) => null | string,
  SetModelAliasPayload?: (data: WithTypename<SetModelAliasPayload>) => null | string,
  StartTuningJobPayload?: (data: WithTypename<StartTuningJobPayload>) => null | string,
  TagScore?: (data: WithTypename<TagScore>) => null | string,
  TextPart?: (data: WithTypename<TextPart>) => null | string,
  Trace?: (data: WithTypename<Trace>) => null | string,
  TraceComparison?: (data: WithTypename<TraceComparison>) => null | string,
  TraceConnection?: (data: WithTypename<TraceConnection>) => null | string,
  TraceEdge?: (data: WithTypename<TraceEdge>) => null | string,
  TraceScore?: (data: WithTypename<TraceScore>) => null | string,
  TraceScoreConnection?: (data: WithTypename<TraceScoreConnection>) => null | string,
  TraceScoreEdge?: (data: WithTypename<TraceScoreEdge>) => null | string,
  TraceStep?: (data: WithTypename<TraceStep>) => null | string,
  TraceStepChange?: (data: WithTypename<TraceStepChange>) => null | string,
  TraceWithScore?: (data: WithTypename<TraceWithScore>) => null | string,
  Trainer?: (data: WithTypename<Trainer>) => null | string,
  Trial?: (data: WithTypename<Trial>) => null | string,
  TrialConnection?: (data: WithTypename<TrialConnection>) => null | string,
  TrialEdge?: (data: WithTypename<TrialEdge>) => null | string,
  TuningJob?: (data: WithTypename<TuningJob>) => null | string,
  TuningJobConnection?: (data: WithTypename<TuningJobConnection>) => null | string,
  TuningJobEdge?: (data: WithTypename<TuningJobEdge>) => null | string,
  UpdateRunPayload?: (data: WithTypename<UpdateRunPayload>) => null | string,
  Viewer?: (data: WithTypename<Viewer>) => null | string,
  ViewerScopes?: (data: WithTypename<ViewerScopes>) => null | string,
  WorkerHealth?: (data: WithTypename<WorkerHealth>) => null | string
}

export type GraphCacheResolvers = {
  Query?: {
    apiTokens?: GraphCacheResolver<WithTypename<Query>, QueryApiTokensArgs, WithTypename<ApiTokenConnection> | string>,
    compareDatasets?: GraphCacheResolver<WithTypename<Query>, QueryCompareDatasetsArgs, WithTypename<DatasetComparison> | string>,
    compareRuns?: GraphCacheResolver<WithTypename<Query>, QueryCompareRunsArgs, WithTypename<RunComparison> | string>,
    compareTraces?: GraphCacheResolver<WithTypename<Query>, QueryCompareTracesArgs, WithTypename<TraceComparison> | string>,
    dataset?: GraphCacheResolver<WithTypename<Query>, QueryDatasetArgs, WithTypename<Dataset> | string>,
    datasetByKey?: GraphCacheResolver<WithTypename<Query>, QueryDatasetByKeyArgs, WithTypename<Dataset> | string>,
    datasets?: GraphCacheResolver<WithTypename<Query>, QueryDatasetsArgs, WithTypename<DatasetConnection> | string>,
    health?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, WithTypename<Health> | string>,
    judges?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<JudgeInfo> | string>>,
    leaderboard?: GraphCacheResolver<WithTypename<Query>, QueryLeaderboardArgs, WithTypename<LeaderboardConnection> | string>,
    modelArtifact?: GraphCacheResolver<WithTypename<Query>, QueryModelArtifactArgs, WithTypename<ModelArtifact> | string>,
    modelArtifactByName?: GraphCacheResolver<WithTypename<Query>, QueryModelArtifactByNameArgs, WithTypename<ModelArtifact> | string>,
    modelArtifacts?: GraphCacheResolver<WithTypename<Query>, QueryModelArtifactsArgs, WithTypename<ModelArtifactConnection> | string>,
    node?: GraphCacheResolver<WithTypename<Query>, QueryNodeArgs, WithTypename<ApiToken> | WithTypename<Dataset> | WithTypename<Evaluation> | WithTypename<EvaluationItem> | WithTypename<ModelAlias> | WithTypename<ModelArtifact> | WithTypename<ModelVersion> | WithTypename<RegressionBaseline> | WithTypename<RegressionCheck> | WithTypename<Run> | WithTypename<Trace> | WithTypename<TraceScore> | WithTypename<Trial> | WithTypename<TuningJob> | string>,
    nodes?: GraphCacheResolver<WithTypename<Query>, QueryNodesArgs, Array<WithTypename<ApiToken> | WithTypename<Dataset> | WithTypename<Evaluation> | WithTypename<EvaluationItem> | WithTypename<ModelAlias> | WithTypename<ModelArtifact> | WithTypename<ModelVersion> | WithTypename<RegressionBaseline> | WithTypename<RegressionCheck> | WithTypename<Run> | WithTypename<Trace> | WithTypename<TraceScore> | WithTypename<Trial> | WithTypename<TuningJob> | string>>,
    regressionBaseline?: GraphCacheResolver<WithTypename<Query>, QueryRegressionBaselineArgs, WithTypename<RegressionBaseline> | string>,
    regressionBaselines?: GraphCacheResolver<WithTypename<Query>, QueryRegressionBaselinesArgs, WithTypename<RegressionBaselineConnection> | string>,
    run?: GraphCacheResolver<WithTypename<Query>, QueryRunArgs, WithTypename<Run> | string>,
    runConfigSpec?: GraphCacheResolver<WithTypename<Query>, QueryRunConfigSpecArgs, WithTypename<RunConfigSpec> | string>,
    runValueKeys?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, WithTypename<RunValueKeys> | string>,
    runs?: GraphCacheResolver<WithTypename<Query>, QueryRunsArgs, WithTypename<RunConnection> | string>,
    trace?: GraphCacheResolver<WithTypename<Query>, QueryTraceArgs, WithTypename<Trace> | string>,
    traces?: GraphCacheResolver<WithTypename<Query>, QueryTracesArgs, WithTypename<TraceConnection> | string>,
    trainers?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<Trainer> | string>>,
    tuningJob?: GraphCacheResolver<WithTypename<Query>, QueryTuningJobArgs, WithTypename<TuningJob> | string>,
    tuningJobs?: GraphCacheResolver<WithTypename<Query>, QueryTuningJobsArgs, WithTypename<TuningJobConnection> | string>,
    viewer?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, WithTypename<Viewer> | string>
  },
  ApiToken?: {
    createdAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    expiresAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastUsedAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['String']['output'] | string>,
    prefix?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['String']['output'] | string>,
    revokedAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    role?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, TokenRole | string>
  },
  ApiTokenConnection?: {
    edges?: GraphCacheResolver<WithTypename<ApiTokenConnection>, Record<string, never>, Array<WithTypename<ApiTokenEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<ApiTokenConnection>, Record<string, never>, WithTypename<PageInfo> | string>
  },
  ApiTokenEdge?: {
    cursor?: GraphCacheResolver<WithTypename<ApiTokenEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<ApiTokenEdge>, Record<string, never>, WithTypename<ApiToken> | string>
  },
  BaselineRegressionCheckConnection?: {
    edges?: GraphCacheResolver<WithTypename<BaselineRegressionCheckConnection>, Record<string, never>, Array<WithTypename<BaselineRegressionCheckEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<BaselineRegressionCheckConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<BaselineRegressionCheckConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  BaselineRegressionCheckEdge?: {
    cursor?: GraphCacheResolver<WithTypename<BaselineRegressionCheckEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<BaselineRegressionCheckEdge>, Record<string, never>, WithTypename<RegressionCheck> | string>
  },
  BuildDatasetPayload?: {
    dataset?: GraphCacheResolver<WithTypename<BuildDatasetPayload>, Record<string, never>, WithTypename<Dataset> | string>
  },
  CancelRunPayload?: {
    run?: GraphCacheResolver<WithTypename<CancelRunPayload>, Record<string, never>, WithTypename<Run> | string>
  },
  CancelTuningJobPayload?: {
    tuningJob?: GraphCacheResolver<WithTypename<CancelTuningJobPayload>, Record<string, never>, WithTypename<TuningJob> | string>
  },
  CheckRegressionPayload?: {
    check?: GraphCacheResolver<WithTypename<CheckRegressionPayload>, Record<string, never>, WithTypename<RegressionCheck> | string>
  },
  ConfigDifference?: {
    key?: GraphCacheResolver<WithTypename<ConfigDifference>, Record<string, never>, Scalars['String']['output'] | string>,
    values?: GraphCacheResolver<WithTypename<ConfigDifference>, Record<string, never>, Array<Scalars['JSON']['output'] | string>>
  },
  CreateApiTokenPayload?: {
    secret?: GraphCacheResolver<WithTypename<CreateApiTokenPayload>, Record<string, never>, Scalars['String']['output'] | string>,
    token?: GraphCacheResolver<WithTypename<CreateApiTokenPayload>, Record<string, never>, WithTypename<ApiToken> | string>,
    tokenId?: GraphCacheResolver<WithTypename<CreateApiTokenPayload>, Record<string, never>, Scalars['ID']['output'] | string>
  },
  CreateDatasetPayload?: {
    dataset?: GraphCacheResolver<WithTypename<CreateDatasetPayload>, Record<string, never>, WithTypename<Dataset> | string>
  },
  CreateModelArtifactPayload?: {
    artifact?: GraphCacheResolver<WithTypename<CreateModelArtifactPayload>, Record<string, never>, WithTypename<ModelArtifact> | string>
  },
  CreateRegressionBaselinePayload?: {
    baseline?: GraphCacheResolver<WithTypename<CreateRegressionBaselinePayload>, Record<string, never>, WithTypename<RegressionBaseline> | string>,
    replaced?: GraphCacheResolver<WithTypename<CreateRegressionBaselinePayload>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  CreateRunPayload?: {
    run?: GraphCacheResolver<WithTypename<CreateRunPayload>, Record<string, never>, WithTypename<Run> | string>
  },
  CreateTracePayload?: {
    trace?: GraphCacheResolver<WithTypename<CreateTracePayload>, Record<string, never>, WithTypename<Trace> | string>
  },
  CreateTracesPayload?: {
    createdCount?: GraphCacheResolver<WithTypename<CreateTracesPayload>, Record<string, never>, Scalars['Int']['output'] | string>,
    traceIds?: GraphCacheResolver<WithTypename<CreateTracesPayload>, Record<string, never>, Array<Scalars['ID']['output'] | string>>,
    traces?: GraphCacheResolver<WithTypename<CreateTracesPayload>, Record<string, never>, Array<WithTypename<Trace> | string>>
  },
  CreateTuningJobPayload?: {
    tuningJob?: GraphCacheResolver<WithTypename<CreateTuningJobPayload>, Record<string, never>, WithTypename<TuningJob> | string>
  },
  Dataset?: {
    checksum?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    children?: GraphCacheResolver<WithTypename<Dataset>, DatasetChildrenArgs, WithTypename<DatasetChildConnection> | string>,
    createdAt?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    export?: GraphCacheResolver<WithTypename<Dataset>, DatasetExportArgs, Scalars['String']['output'] | string>,
    exportUrl?: GraphCacheResolver<WithTypename<Dataset>, DatasetExportUrlArgs, Scalars['String']['output'] | string>,
    filters?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['JSON']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['ID']['output'] | string>,
    items?: GraphCacheResolver<WithTypename<Dataset>, DatasetItemsArgs, WithTypename<DatasetItemConnection> | string>,
    key?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    parent?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, WithTypename<Dataset> | string>,
    prngAlgorithm?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    provenance?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['JSON']['output'] | string>,
    runs?: GraphCacheResolver<WithTypename<Dataset>, DatasetRunsArgs, WithTypename<DatasetRunConnection> | string>,
    schemaVersion?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    seed?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['Int']['output'] | string>,
    selectionStrategy?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, SelectionStrategy | string>,
    sessionId?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    stats?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['JSON']['output'] | string>,
    traceCount?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['Int']['output'] | string>,
    trainingRunRef?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<Dataset>, Record<string, never>, Scalars['String']['output'] | string>
  },
  DatasetAddedConnection?: {
    edges?: GraphCacheResolver<WithTypename<DatasetAddedConnection>, Record<string, never>, Array<WithTypename<DatasetAddedEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<DatasetAddedConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<DatasetAddedConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  DatasetAddedEdge?: {
    cursor?: GraphCacheResolver<WithTypename<DatasetAddedEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<DatasetAddedEdge>, Record<string, never>, WithTypename<DatasetItem> | string>
  },
  DatasetChildConnection?: {
    edges?: GraphCacheResolver<WithTypename<DatasetChildConnection>, Record<string, never>, Array<WithTypename<DatasetChildEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<DatasetChildConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<DatasetChildConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  DatasetChildEdge?: {
    cursor?: GraphCacheResolver<WithTypename<DatasetChildEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<DatasetChildEdge>, Record<string, never>, WithTypename<Dataset> | string>
  },
  DatasetComparison?: {
    added?: GraphCacheResolver<WithTypename<DatasetComparison>, DatasetComparisonAddedArgs, WithTypename<DatasetAddedConnection> | string>,
    addedCount?: GraphCacheResolver<WithTypename<DatasetComparison>, Record<string, never>, Scalars['Int']['output'] | string>,
    base?: GraphCacheResolver<WithTypename<DatasetComparison>, Record<string, never>, WithTypename<Dataset> | string>,
    commonCount?: GraphCacheResolver<WithTypename<DatasetComparison>, Record<string, never>, Scalars['Int']['output'] | string>,
    other?: GraphCacheResolver<WithTypename<DatasetComparison>, Record<string, never>, WithTypename<Dataset> | string>,
    removed?: GraphCacheResolver<WithTypename<DatasetComparison>, DatasetComparisonRemovedArgs, WithTypename<DatasetRemovedConnection> | string>,
    removedCount?: GraphCacheResolver<WithTypename<DatasetComparison>, Record<string, never>, Scalars['Int']['output'] | string>,
    statDeltas?: GraphCacheResolver<WithTypename<DatasetComparison>, Record<string, never>, Array<WithTypename<DatasetStatDelta> | string>>
  },
  DatasetConnection?: {
    edges?: GraphCacheResolver<WithTypename<DatasetConnection>, Record<string, never>, Array<WithTypename<DatasetEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<DatasetConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<DatasetConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  DatasetEdge?: {
    cursor?: GraphCacheResolver<WithTypename<DatasetEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<DatasetEdge>, Record<string, never>, WithTypename<Dataset> | string>
  },
  DatasetItem?: {
    position?: GraphCacheResolver<WithTypename<DatasetItem>, Record<string, never>, Scalars['Int']['output'] | string>,
    trace?: GraphCacheResolver<WithTypename<DatasetItem>, Record<string, never>, WithTypename<Trace> | string>
  },
  DatasetItemConnection?: {
    edges?: GraphCacheResolver<WithTypename<DatasetItemConnection>, Record<string, never>, Array<WithTypename<DatasetItemEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<DatasetItemConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<DatasetItemConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  DatasetItemEdge?: {
    cursor?: GraphCacheResolver<WithTypename<DatasetItemEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<DatasetItemEdge>, Record<string, never>, WithTypename<DatasetItem> | string>
  },
  DatasetRemovedConnection?: {
    edges?: GraphCacheResolver<WithTypename<DatasetRemovedConnection>, Record<string, never>, Array<WithTypename<DatasetRemovedEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<DatasetRemovedConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<DatasetRemovedConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  DatasetRemovedEdge?: {
    cursor?: GraphCacheResolver<WithTypename<DatasetRemovedEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<DatasetRemovedEdge>, Record<string, never>, WithTypename<DatasetItem> | string>
  },
  DatasetRunConnection?: {
    edges?: GraphCacheResolver<WithTypename<DatasetRunConnection>, Record<string, never>, Array<WithTypename<DatasetRunEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<DatasetRunConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<DatasetRunConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  DatasetRunEdge?: {
    cursor?: GraphCacheResolver<WithTypename<DatasetRunEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<DatasetRunEdge>, Record<string, never>, WithTypename<Run> | string>
  },
  DatasetStatDelta?: {
    base?: GraphCacheResolver<WithTypename<DatasetStatDelta>, Record<string, never>, Scalars['Float']['output'] | string>,
    delta?: GraphCacheResolver<WithTypename<DatasetStatDelta>, Record<string, never>, Scalars['Float']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<DatasetStatDelta>, Record<string, never>, Scalars['String']['output'] | string>,
    other?: GraphCacheResolver<WithTypename<DatasetStatDelta>, Record<string, never>, Scalars['Float']['output'] | string>
  },
  DeleteModelAliasPayload?: {
    artifact?: GraphCacheResolver<WithTypename<DeleteModelAliasPayload>, Record<string, never>, WithTypename<ModelArtifact> | string>,
    deletedAliasId?: GraphCacheResolver<WithTypename<DeleteModelAliasPayload>, Record<string, never>, Scalars['ID']['output'] | string>
  },
  EarlyStopping?: {
    graceSteps?: GraphCacheResolver<WithTypename<EarlyStopping>, Record<string, never>, Scalars['Int']['output'] | string>,
    minTrialsCompleted?: GraphCacheResolver<WithTypename<EarlyStopping>, Record<string, never>, Scalars['Int']['output'] | string>,
    rule?: GraphCacheResolver<WithTypename<EarlyStopping>, Record<string, never>, EarlyStoppingRule | string>
  },
  EvaluateRunPayload?: {
    evaluation?: GraphCacheResolver<WithTypename<EvaluateRunPayload>, Record<string, never>, WithTypename<Evaluation> | string>
  },
  Evaluation?: {
    attempt?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['Int']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    detailedMetrics?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['JSON']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['String']['output'] | string>,
    evalDataset?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, WithTypename<Dataset> | string>,
    finishedAt?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['ID']['output'] | string>,
    items?: GraphCacheResolver<WithTypename<Evaluation>, EvaluationItemsArgs, WithTypename<EvaluationItemConnection> | string>,
    itemsDone?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['Int']['output'] | string>,
    itemsTotal?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['Int']['output'] | string>,
    judge?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, WithTypename<Judge> | string>,
    metrics?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['JSON']['output'] | string>,
    primaryScore?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['Float']['output'] | string>,
    rawJudgeOutput?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['String']['output'] | string>,
    run?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, WithTypename<Run> | string>,
    score?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['Float']['output'] | string>,
    scorecard?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, WithTypename<Scorecard> | string>,
    startedAt?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, EvaluationStatus | string>,
    verdict?: GraphCacheResolver<WithTypename<Evaluation>, Record<string, never>, Verdict | string>
  },
  EvaluationItem?: {
    correct?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['ID']['output'] | string>,
    judgedAt?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    position?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['Int']['output'] | string>,
    prediction?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['String']['output'] | string>,
    reasoning?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['String']['output'] | string>,
    reference?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['String']['output'] | string>,
    score?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, Scalars['Float']['output'] | string>,
    trace?: GraphCacheResolver<WithTypename<EvaluationItem>, Record<string, never>, WithTypename<Trace> | string>
  },
  EvaluationItemConnection?: {
    edges?: GraphCacheResolver<WithTypename<EvaluationItemConnection>, Record<string, never>, Array<WithTypename<EvaluationItemEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<EvaluationItemConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<EvaluationItemConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  EvaluationItemEdge?: {
    cursor?: GraphCacheResolver<WithTypename<EvaluationItemEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<EvaluationItemEdge>, Record<string, never>, WithTypename<EvaluationItem> | string>
  },
  Health?: {
    database?: GraphCacheResolver<WithTypename<Health>, Record<string, never>, DependencyStatus | string>,
    queuedRuns?: GraphCacheResolver<WithTypename<Health>, Record<string, never>, Scalars['Int']['output'] | string>,
    recentEvaluations?: GraphCacheResolver<WithTypename<Health>, HealthRecentEvaluationsArgs, Array<WithTypename<Evaluation> | string>>,
    recentPromotions?: GraphCacheResolver<WithTypename<Health>, HealthRecentPromotionsArgs, Array<WithTypename<ModelVersion> | string>>,
    redis?: GraphCacheResolver<WithTypename<Health>, Record<string, never>, DependencyStatus | string>,
    runsInProgress?: GraphCacheResolver<WithTypename<Health>, Record<string, never>, Scalars['Int']['output'] | string>,
    workerInThisProcess?: GraphCacheResolver<WithTypename<Health>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    workers?: GraphCacheResolver<WithTypename<Health>, Record<string, never>, Array<WithTypename<WorkerHealth> | string>>
  },
  Judge?: {
    config?: GraphCacheResolver<WithTypename<Judge>, Record<string, never>, Scalars['JSON']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<Judge>, Record<string, never>, Scalars['String']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<Judge>, Record<string, never>, Scalars['String']['output'] | string>
  },
  JudgeInfo?: {
    available?: GraphCacheResolver<WithTypename<JudgeInfo>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<JudgeInfo>, Record<string, never>, Scalars['String']['output'] | string>,
    kind?: GraphCacheResolver<WithTypename<JudgeInfo>, Record<string, never>, JudgeKind | string>,
    name?: GraphCacheResolver<WithTypename<JudgeInfo>, Record<string, never>, Scalars['String']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<JudgeInfo>, Record<string, never>, Scalars['String']['output'] | string>
  },
  LeaderboardConnection?: {
    edges?: GraphCacheResolver<WithTypename<LeaderboardConnection>, Record<string, never>, Array<WithTypename<LeaderboardEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<LeaderboardConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<LeaderboardConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  LeaderboardEdge?: {
    cursor?: GraphCacheResolver<WithTypename<LeaderboardEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<LeaderboardEdge>, Record<string, never>, WithTypename<Evaluation> | string>
  },
  LoadDemoPayload?: {
    dataset?: GraphCacheResolver<WithTypename<LoadDemoPayload>, Record<string, never>, WithTypename<Dataset> | string>,
    traceCount?: GraphCacheResolver<WithTypename<LoadDemoPayload>, Record<string, never>, Scalars['Int']['output'] | string>,
    tuningJob?: GraphCacheResolver<WithTypename<LoadDemoPayload>, Record<string, never>, WithTypename<TuningJob> | string>
  },
  MetricComparison?: {
    name?: GraphCacheResolver<WithTypename<MetricComparison>, Record<string, never>, Scalars['String']['output'] | string>,
    values?: GraphCacheResolver<WithTypename<MetricComparison>, Record<string, never>, Array<Scalars['Float']['output'] | string>>
  },
  MetricPoint?: {
    epoch?: GraphCacheResolver<WithTypename<MetricPoint>, Record<string, never>, Scalars['Float']['output'] | string>,
    recordedAt?: GraphCacheResolver<WithTypename<MetricPoint>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    step?: GraphCacheResolver<WithTypename<MetricPoint>, Record<string, never>, Scalars['Int']['output'] | string>,
    value?: GraphCacheResolver<WithTypename<MetricPoint>, Record<string, never>, Scalars['Float']['output'] | string>
  },
  ModelAlias?: {
    artifact?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, WithTypename<ModelArtifact> | string>,
    createdAt?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    history?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, Array<WithTypename<ModelAliasChange> | string>>,
    id?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, Scalars['ID']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, Scalars['String']['output'] | string>,
    updatedAt?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<ModelAlias>, Record<string, never>, WithTypename<ModelVersion> | string>
  },
  ModelAliasChange?: {
    createdAt?: GraphCacheResolver<WithTypename<ModelAliasChange>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    fromVersion?: GraphCacheResolver<WithTypename<ModelAliasChange>, Record<string, never>, WithTypename<ModelVersion> | string>,
    toVersion?: GraphCacheResolver<WithTypename<ModelAliasChange>, Record<string, never>, WithTypename<ModelVersion> | string>
  },
  ModelArtifact?: {
    aliases?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Array<WithTypename<ModelAlias> | string>>,
    createdAt?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Scalars['ID']['output'] | string>,
    latestVersion?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, WithTypename<ModelVersion> | string>,
    name?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Scalars['String']['output'] | string>,
    taskType?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Scalars['String']['output'] | string>,
    updatedAt?: GraphCacheResolver<WithTypename<ModelArtifact>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    versions?: GraphCacheResolver<WithTypename<ModelArtifact>, ModelArtifactVersionsArgs, WithTypename<ModelVersionConnection> | string>
  },
  ModelArtifactConnection?: {
    edges?: GraphCacheResolver<WithTypename<ModelArtifactConnection>, Record<string, never>, Array<WithTypename<ModelArtifactEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<ModelArtifactConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<ModelArtifactConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ModelArtifactEdge?: {
    cursor?: GraphCacheResolver<WithTypename<ModelArtifactEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<ModelArtifactEdge>, Record<string, never>, WithTypename<ModelArtifact> | string>
  },
  ModelVersion?: {
    aliases?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Array<WithTypename<ModelAlias> | string>>,
    artifact?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, WithTypename<ModelArtifact> | string>,
    config?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['JSON']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    dataset?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, WithTypename<Dataset> | string>,
    description?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['String']['output'] | string>,
    downloadUrl?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['ID']['output'] | string>,
    label?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['String']['output'] | string>,
    metrics?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['JSON']['output'] | string>,
    provenance?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['JSON']['output'] | string>,
    sha256?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['String']['output'] | string>,
    sizeBytes?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['Float']['output'] | string>,
    sourceRun?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, WithTypename<Run> | string>,
    sourceTrial?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, WithTypename<Trial> | string>,
    status?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, ModelVersionStatus | string>,
    storageUri?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['String']['output'] | string>,
    tuningJob?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, WithTypename<TuningJob> | string>,
    version?: GraphCacheResolver<WithTypename<ModelVersion>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ModelVersionConnection?: {
    edges?: GraphCacheResolver<WithTypename<ModelVersionConnection>, Record<string, never>, Array<WithTypename<ModelVersionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<ModelVersionConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<ModelVersionConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ModelVersionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<ModelVersionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<ModelVersionEdge>, Record<string, never>, WithTypename<ModelVersion> | string>
  },
  PageInfo?: {
    endCursor?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['String']['output'] | string>,
    hasNextPage?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    hasPreviousPage?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    startCursor?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['String']['output'] | string>
  },
  PromoteBestTrialPayload?: {
    created?: GraphCacheResolver<WithTypename<PromoteBestTrialPayload>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<PromoteBestTrialPayload>, Record<string, never>, WithTypename<ModelVersion> | string>
  },
  PromoteRunPayload?: {
    created?: GraphCacheResolver<WithTypename<PromoteRunPayload>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<PromoteRunPayload>, Record<string, never>, WithTypename<ModelVersion> | string>
  },
  RegressionBaseline?: {
    checks?: GraphCacheResolver<WithTypename<RegressionBaseline>, RegressionBaselineChecksArgs, WithTypename<BaselineRegressionCheckConnection> | string>,
    createdAt?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    direction?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, MetricDirection | string>,
    evalDataset?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, WithTypename<Dataset> | string>,
    id?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['ID']['output'] | string>,
    judgeName?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['String']['output'] | string>,
    lowerIsBetter?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    metric?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['String']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['String']['output'] | string>,
    run?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, WithTypename<Run> | string>,
    sourceModelVersion?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, WithTypename<ModelVersion> | string>,
    tolerancePercent?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['Float']['output'] | string>,
    updatedAt?: GraphCacheResolver<WithTypename<RegressionBaseline>, Record<string, never>, Scalars['DateTime']['output'] | string>
  },
  RegressionBaselineConnection?: {
    edges?: GraphCacheResolver<WithTypename<RegressionBaselineConnection>, Record<string, never>, Array<WithTypename<RegressionBaselineEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<RegressionBaselineConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<RegressionBaselineConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  RegressionBaselineEdge?: {
    cursor?: GraphCacheResolver<WithTypename<RegressionBaselineEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<RegressionBaselineEdge>, Record<string, never>, WithTypename<RegressionBaseline> | string>
  },
  RegressionCheck?: {
    baseline?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, WithTypename<RegressionBaseline> | string>,
    baselineName?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['String']['output'] | string>,
    baselineRun?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, WithTypename<Run> | string>,
    baselineValue?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['Float']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    currentValue?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['Float']['output'] | string>,
    delta?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['Float']['output'] | string>,
    deltaPercent?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['Float']['output'] | string>,
    details?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['String']['output'] | string>,
    direction?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, MetricDirection | string>,
    gate?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['ID']['output'] | string>,
    judgeName?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['String']['output'] | string>,
    metric?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['String']['output'] | string>,
    run?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, WithTypename<Run> | string>,
    tolerancePercent?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, Scalars['Float']['output'] | string>,
    verdict?: GraphCacheResolver<WithTypename<RegressionCheck>, Record<string, never>, RegressionVerdict | string>
  },
  RevokeApiTokenPayload?: {
    token?: GraphCacheResolver<WithTypename<RevokeApiTokenPayload>, Record<string, never>, WithTypename<ApiToken> | string>,
    tokenId?: GraphCacheResolver<WithTypename<RevokeApiTokenPayload>, Record<string, never>, Scalars['ID']['output'] | string>
  },
  Run?: {
    artifacts?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Array<WithTypename<RunArtifact> | string>>,
    attempt?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['Int']['output'] | string>,
    baseModel?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['String']['output'] | string>,
    config?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['JSON']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    dataset?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, WithTypename<Dataset> | string>,
    durationSeconds?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['Float']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['String']['output'] | string>,
    evaluations?: GraphCacheResolver<WithTypename<Run>, RunEvaluationsArgs, WithTypename<RunEvaluationConnection> | string>,
    executor?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Executor | string>,
    exitCode?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['Int']['output'] | string>,
    finishedAt?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastLogSeq?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['Int']['output'] | string>,
    latestEvaluation?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, WithTypename<Evaluation> | string>,
    logs?: GraphCacheResolver<WithTypename<Run>, RunLogsArgs, WithTypename<RunLogConnection> | string>,
    maxAttempts?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['Int']['output'] | string>,
    metricSeries?: GraphCacheResolver<WithTypename<Run>, RunMetricSeriesArgs, Array<WithTypename<RunMetricSeries> | string>>,
    name?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['String']['output'] | string>,
    notes?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['String']['output'] | string>,
    number?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['Int']['output'] | string>,
    regressionChecks?: GraphCacheResolver<WithTypename<Run>, RunRegressionChecksArgs, WithTypename<RunRegressionCheckConnection> | string>,
    startedAt?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, RunStatus | string>,
    statusChanges?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Array<WithTypename<RunStatusChange> | string>>,
    stopReason?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, RunStopReason | string>,
    summaryMetrics?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['JSON']['output'] | string>,
    tags?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Array<Scalars['String']['output'] | string>>,
    updatedAt?: GraphCacheResolver<WithTypename<Run>, Record<string, never>, Scalars['DateTime']['output'] | string>
  },
  RunArtifact?: {
    createdAt?: GraphCacheResolver<WithTypename<RunArtifact>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    downloadUrl?: GraphCacheResolver<WithTypename<RunArtifact>, Record<string, never>, Scalars['String']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<RunArtifact>, Record<string, never>, Scalars['String']['output'] | string>,
    sha256?: GraphCacheResolver<WithTypename<RunArtifact>, Record<string, never>, Scalars['String']['output'] | string>,
    sizeBytes?: GraphCacheResolver<WithTypename<RunArtifact>, Record<string, never>, Scalars['Float']['output'] | string>
  },
  RunComparison?: {
    changedItemCount?: GraphCacheResolver<WithTypename<RunComparison>, Record<string, never>, Scalars['Int']['output'] | string>,
    changedItems?: GraphCacheResolver<WithTypename<RunComparison>, RunComparisonChangedItemsArgs, WithTypename<RunItemChangeConnection> | string>,
    configDiff?: GraphCacheResolver<WithTypename<RunComparison>, Record<string, never>, Array<WithTypename<ConfigDifference> | string>>,
    evaluations?: GraphCacheResolver<WithTypename<RunComparison>, Record<string, never>, Array<WithTypename<Evaluation> | string>>,
    finalMetrics?: GraphCacheResolver<WithTypename<RunComparison>, Record<string, never>, Array<WithTypename<MetricComparison> | string>>,
    runs?: GraphCacheResolver<WithTypename<RunComparison>, Record<string, never>, Array<WithTypename<Run> | string>>
  },
  RunConfigField?: {
    choices?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Array<Scalars['String']['output'] | string>>,
    default?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Scalars['JSON']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Scalars['String']['output'] | string>,
    exclusiveMin?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    max?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Scalars['Float']['output'] | string>,
    min?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Scalars['Float']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, Scalars['String']['output'] | string>,
    type?: GraphCacheResolver<WithTypename<RunConfigField>, Record<string, never>, RunConfigFieldType | string>
  },
  RunConfigRule?: {
    description?: GraphCacheResolver<WithTypename<RunConfigRule>, Record<string, never>, Scalars['String']['output'] | string>,
    fields?: GraphCacheResolver<WithTypename<RunConfigRule>, Record<string, never>, Array<Scalars['String']['output'] | string>>
  },
  RunConfigSpec?: {
    executor?: GraphCacheResolver<WithTypename<RunConfigSpec>, Record<string, never>, Executor | string>,
    fields?: GraphCacheResolver<WithTypename<RunConfigSpec>, Record<string, never>, Array<WithTypename<RunConfigField> | string>>,
    rules?: GraphCacheResolver<WithTypename<RunConfigSpec>, Record<string, never>, Array<WithTypename<RunConfigRule> | string>>
  },
  RunConnection?: {
    edges?: GraphCacheResolver<WithTypename<RunConnection>, Record<string, never>, Array<WithTypename<RunEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<RunConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<RunConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  RunEdge?: {
    cursor?: GraphCacheResolver<WithTypename<RunEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<RunEdge>, Record<string, never>, WithTypename<Run> | string>
  },
  RunEvaluationConnection?: {
    edges?: GraphCacheResolver<WithTypename<RunEvaluationConnection>, Record<string, never>, Array<WithTypename<RunEvaluationEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<RunEvaluationConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<RunEvaluationConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  RunEvaluationEdge?: {
    cursor?: GraphCacheResolver<WithTypename<RunEvaluationEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<RunEvaluationEdge>, Record<string, never>, WithTypename<Evaluation> | string>
  },
  RunItemChange?: {
    change?: GraphCacheResolver<WithTypename<RunItemChange>, Record<string, never>, ItemChangeKind | string>,
    reference?: GraphCacheResolver<WithTypename<RunItemChange>, Record<string, never>, Scalars['String']['output'] | string>,
    results?: GraphCacheResolver<WithTypename<RunItemChange>, Record<string, never>, Array<WithTypename<RunItemResult> | string>>,
    trace?: GraphCacheResolver<WithTypename<RunItemChange>, Record<string, never>, WithTypename<Trace> | string>
  },
  RunItemChangeConnection?: {
    edges?: GraphCacheResolver<WithTypename<RunItemChangeConnection>, Record<string, never>, Array<WithTypename<RunItemChangeEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<RunItemChangeConnection>, Record<string, never>, WithTypename<PageInfo> | string>
  },
  RunItemChangeEdge?: {
    cursor?: GraphCacheResolver<WithTypename<RunItemChangeEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<RunItemChangeEdge>, Record<string, never>, WithTypename<RunItemChange> | string>
  },
  RunItemResult?: {
    correct?: GraphCacheResolver<WithTypename<RunItemResult>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    prediction?: GraphCacheResolver<WithTypename<RunItemResult>, Record<string, never>, Scalars['String']['output'] | string>,
    score?: GraphCacheResolver<WithTypename<RunItemResult>, Record<string, never>, Scalars['Float']['output'] | string>
  },
  RunLogChunk?: {
    createdAt?: GraphCacheResolver<WithTypename<RunLogChunk>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    seq?: GraphCacheResolver<WithTypename<RunLogChunk>, Record<string, never>, Scalars['Int']['output'] | string>,
    stream?: GraphCacheResolver<WithTypename<RunLogChunk>, Record<string, never>, LogStream | string>,
    text?: GraphCacheResolver<WithTypename<RunLogChunk>, Record<string, never>, Scalars['String']['output'] | string>
  },
  RunLogConnection?: {
    edges?: GraphCacheResolver<WithTypename<RunLogConnection>, Record<string, never>, Array<WithTypename<RunLogEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<RunLogConnection>, Record<string, never>, WithTypename<PageInfo> | string>
  },
  RunLogEdge?: {
    cursor?: GraphCacheResolver<WithTypename<RunLogEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<RunLogEdge>, Record<string, never>, WithTypename<RunLogChunk> | string>
  },
  RunMetricPoint?: {
    epoch?: GraphCacheResolver<WithTypename<RunMetricPoint>, Record<string, never>, Scalars['Float']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<RunMetricPoint>, Record<string, never>, Scalars['String']['output'] | string>,
    recordedAt?: GraphCacheResolver<WithTypename<RunMetricPoint>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    step?: GraphCacheResolver<WithTypename<RunMetricPoint>, Record<string, never>, Scalars['Int']['output'] | string>,
    value?: GraphCacheResolver<WithTypename<RunMetricPoint>, Record<string, never>, Scalars['Float']['output'] | string>
  },
  RunMetricSeries?: {
    name?: GraphCacheResolver<WithTypename<RunMetricSeries>, Record<string, never>, Scalars['String']['output'] | string>,
    points?: GraphCacheResolver<WithTypename<RunMetricSeries>, Record<string, never>, Array<WithTypename<MetricPoint> | string>>,
    total?: GraphCacheResolver<WithTypename<RunMetricSeries>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  RunRegressionCheckConnection?: {
    edges?: GraphCacheResolver<WithTypename<RunRegressionCheckConnection>, Record<string, never>, Array<WithTypename<RunRegressionCheckEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<RunRegressionCheckConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<RunRegressionCheckConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  RunRegressionCheckEdge?: {
    cursor?: GraphCacheResolver<WithTypename<RunRegressionCheckEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<RunRegressionCheckEdge>, Record<string, never>, WithTypename<RegressionCheck> | string>
  },
  RunStatusChange?: {
    createdAt?: GraphCacheResolver<WithTypename<RunStatusChange>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    fromStatus?: GraphCacheResolver<WithTypename<RunStatusChange>, Record<string, never>, RunStatus | string>,
    reason?: GraphCacheResolver<WithTypename<RunStatusChange>, Record<string, never>, Scalars['String']['output'] | string>,
    toStatus?: GraphCacheResolver<WithTypename<RunStatusChange>, Record<string, never>, RunStatus | string>
  },
  RunValueKeys?: {
    metrics?: GraphCacheResolver<WithTypename<RunValueKeys>, Record<string, never>, Array<Scalars['String']['output'] | string>>,
    params?: GraphCacheResolver<WithTypename<RunValueKeys>, Record<string, never>, Array<Scalars['String']['output'] | string>>
  },
  ScoreTracesPayload?: {
    scores?: GraphCacheResolver<WithTypename<ScoreTracesPayload>, Record<string, never>, Array<WithTypename<TraceScore> | string>>
  },
  Scorecard?: {
    byTag?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Array<WithTypename<TagScore> | string>>,
    max?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Float']['output'] | string>,
    mean?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Float']['output'] | string>,
    min?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Float']['output'] | string>,
    nItems?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Int']['output'] | string>,
    nScored?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Int']['output'] | string>,
    nSkipped?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Int']['output'] | string>,
    stddev?: GraphCacheResolver<WithTypename<Scorecard>, Record<string, never>, Scalars['Float']['output'] | string>
  },
  SetModelAliasPayload?: {
    alias?: GraphCacheResolver<WithTypename<SetModelAliasPayload>, Record<string, never>, WithTypename<ModelAlias> | string>,
    changed?: GraphCacheResolver<WithTypename<SetModelAliasPayload>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  StartTuningJobPayload?: {
    tuningJob?: GraphCacheResolver<WithTypename<StartTuningJobPayload>, Record<string, never>, WithTypename<TuningJob> | string>
  },
  TagScore?: {
    mean?: GraphCacheResolver<WithTypename<TagScore>, Record<string, never>, Scalars['Float']['output'] | string>,
    tag?: GraphCacheResolver<WithTypename<TagScore>, Record<string, never>, Scalars['String']['output'] | string>
  },
  TextPart?: {
    added?: GraphCacheResolver<WithTypename<TextPart>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    removed?: GraphCacheResolver<WithTypename<TextPart>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    value?: GraphCacheResolver<WithTypename<TextPart>, Record<string, never>, Scalars['String']['output'] | string>
  },
  Trace?: {
    createdAt?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    finalAnswer?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['ID']['output'] | string>,
    meta?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['JSON']['output'] | string>,
    prompt?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['String']['output'] | string>,
    scores?: GraphCacheResolver<WithTypename<Trace>, TraceScoresArgs, WithTypename<TraceScoreConnection> | string>,
    source?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['String']['output'] | string>,
    stepCount?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['Int']['output'] | string>,
    steps?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Array<WithTypename<TraceStep> | string>>,
    tags?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Array<Scalars['String']['output'] | string>>,
    totalChars?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['Int']['output'] | string>,
    traceVersion?: GraphCacheResolver<WithTypename<Trace>, Record<string, never>, Scalars['String']['output'] | string>
  },
  TraceComparison?: {
    base?: GraphCacheResolver<WithTypename<TraceComparison>, Record<string, never>, WithTypename<TraceWithScore> | string>,
    finalAnswerChanged?: GraphCacheResolver<WithTypename<TraceComparison>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    other?: GraphCacheResolver<WithTypename<TraceComparison>, Record<string, never>, WithTypename<TraceWithScore> | string>,
    promptChanged?: GraphCacheResolver<WithTypename<TraceComparison>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    scoreDelta?: GraphCacheResolver<WithTypename<TraceComparison>, Record<string, never>, Scalars['Float']['output'] | string>,
    steps?: GraphCacheResolver<WithTypename<TraceComparison>, Record<string, never>, Array<WithTypename<TraceStepChange> | string>>
  },
  TraceConnection?: {
    edges?: GraphCacheResolver<WithTypename<TraceConnection>, Record<string, never>, Array<WithTypename<TraceEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<TraceConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<TraceConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TraceEdge?: {
    cursor?: GraphCacheResolver<WithTypename<TraceEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<TraceEdge>, Record<string, never>, WithTypename<Trace> | string>
  },
  TraceScore?: {
    createdAt?: GraphCacheResolver<WithTypename<TraceScore>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    criteria?: GraphCacheResolver<WithTypename<TraceScore>, Record<string, never>, Scalars['String']['output'] | string>,
    details?: GraphCacheResolver<WithTypename<TraceScore>, Record<string, never>, Scalars['JSON']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<TraceScore>, Record<string, never>, Scalars['ID']['output'] | string>,
    score?: GraphCacheResolver<WithTypename<TraceScore>, Record<string, never>, Scalars['Float']['output'] | string>,
    trace?: GraphCacheResolver<WithTypename<TraceScore>, Record<string, never>, WithTypename<Trace> | string>
  },
  TraceScoreConnection?: {
    edges?: GraphCacheResolver<WithTypename<TraceScoreConnection>, Record<string, never>, Array<WithTypename<TraceScoreEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<TraceScoreConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<TraceScoreConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TraceScoreEdge?: {
    cursor?: GraphCacheResolver<WithTypename<TraceScoreEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<TraceScoreEdge>, Record<string, never>, WithTypename<TraceScore> | string>
  },
  TraceStep?: {
    content?: GraphCacheResolver<WithTypename<TraceStep>, Record<string, never>, Scalars['String']['output'] | string>,
    i?: GraphCacheResolver<WithTypename<TraceStep>, Record<string, never>, Scalars['Int']['output'] | string>,
    type?: GraphCacheResolver<WithTypename<TraceStep>, Record<string, never>, Scalars['String']['output'] | string>
  },
  TraceStepChange?: {
    base?: GraphCacheResolver<WithTypename<TraceStepChange>, Record<string, never>, WithTypename<TraceStep> | string>,
    basePosition?: GraphCacheResolver<WithTypename<TraceStepChange>, Record<string, never>, Scalars['Int']['output'] | string>,
    change?: GraphCacheResolver<WithTypename<TraceStepChange>, Record<string, never>, StepChangeKind | string>,
    contentDiff?: GraphCacheResolver<WithTypename<TraceStepChange>, Record<string, never>, Array<WithTypename<TextPart> | string>>,
    other?: GraphCacheResolver<WithTypename<TraceStepChange>, Record<string, never>, WithTypename<TraceStep> | string>,
    otherPosition?: GraphCacheResolver<WithTypename<TraceStepChange>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TraceWithScore?: {
    details?: GraphCacheResolver<WithTypename<TraceWithScore>, Record<string, never>, Scalars['JSON']['output'] | string>,
    score?: GraphCacheResolver<WithTypename<TraceWithScore>, Record<string, never>, Scalars['Float']['output'] | string>,
    trace?: GraphCacheResolver<WithTypename<TraceWithScore>, Record<string, never>, WithTypename<Trace> | string>
  },
  Trainer?: {
    defaultTimeoutSeconds?: GraphCacheResolver<WithTypename<Trainer>, Record<string, never>, Scalars['Int']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<Trainer>, Record<string, never>, Scalars['String']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<Trainer>, Record<string, never>, Scalars['String']['output'] | string>
  },
  Trial?: {
    createdAt?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['String']['output'] | string>,
    finishedAt?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['ID']['output'] | string>,
    metricValue?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['Float']['output'] | string>,
    number?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['Int']['output'] | string>,
    params?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['JSON']['output'] | string>,
    run?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, WithTypename<Run> | string>,
    startedAt?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, TrialStatus | string>,
    tuningJob?: GraphCacheResolver<WithTypename<Trial>, Record<string, never>, WithTypename<TuningJob> | string>
  },
  TrialConnection?: {
    edges?: GraphCacheResolver<WithTypename<TrialConnection>, Record<string, never>, Array<WithTypename<TrialEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<TrialConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<TrialConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TrialEdge?: {
    cursor?: GraphCacheResolver<WithTypename<TrialEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<TrialEdge>, Record<string, never>, WithTypename<Trial> | string>
  },
  TuningJob?: {
    baseConfig?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['JSON']['output'] | string>,
    baseModel?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['String']['output'] | string>,
    bestMetricValue?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['Float']['output'] | string>,
    bestParams?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['JSON']['output'] | string>,
    bestRun?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, WithTypename<Run> | string>,
    bestTrial?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, WithTypename<Trial> | string>,
    createdAt?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    dataset?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, WithTypename<Dataset> | string>,
    earlyStopping?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, WithTypename<EarlyStopping> | string>,
    error?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['String']['output'] | string>,
    evalJudge?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['String']['output'] | string>,
    executor?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Executor | string>,
    finishedAt?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    finishedTrialCount?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['Int']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['ID']['output'] | string>,
    maxConcurrentTrials?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['Int']['output'] | string>,
    metricMode?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, MetricMode | string>,
    metricName?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['String']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['String']['output'] | string>,
    numSamples?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['Int']['output'] | string>,
    searchSpace?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['JSON']['output'] | string>,
    seed?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['Int']['output'] | string>,
    startedAt?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, TuningJobStatus | string>,
    trialCount?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['Int']['output'] | string>,
    trials?: GraphCacheResolver<WithTypename<TuningJob>, TuningJobTrialsArgs, WithTypename<TrialConnection> | string>,
    updatedAt?: GraphCacheResolver<WithTypename<TuningJob>, Record<string, never>, Scalars['DateTime']['output'] | string>
  },
  TuningJobConnection?: {
    edges?: GraphCacheResolver<WithTypename<TuningJobConnection>, Record<string, never>, Array<WithTypename<TuningJobEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<TuningJobConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<TuningJobConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TuningJobEdge?: {
    cursor?: GraphCacheResolver<WithTypename<TuningJobEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<TuningJobEdge>, Record<string, never>, WithTypename<TuningJob> | string>
  },
  UpdateRunPayload?: {
    run?: GraphCacheResolver<WithTypename<UpdateRunPayload>, Record<string, never>, WithTypename<Run> | string>
  },
  Viewer?: {
    authRequired?: GraphCacheResolver<WithTypename<Viewer>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    role?: GraphCacheResolver<WithTypename<Viewer>, Record<string, never>, TokenRole | string>,
    scopes?: GraphCacheResolver<WithTypename<Viewer>, Record<string, never>, WithTypename<ViewerScopes> | string>,
    tokenName?: GraphCacheResolver<WithTypename<Viewer>, Record<string, never>, Scalars['String']['output'] | string>
  },
  ViewerScopes?: {
    admin?: GraphCacheResolver<WithTypename<ViewerScopes>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    read?: GraphCacheResolver<WithTypename<ViewerScopes>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    write?: GraphCacheResolver<WithTypename<ViewerScopes>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  WorkerHealth?: {
    leaseExpiresAt?: GraphCacheResolver<WithTypename<WorkerHealth>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<WorkerHealth>, Record<string, never>, Scalars['String']['output'] | string>,
    runsHeld?: GraphCacheResolver<WithTypename<WorkerHealth>, Record<string, never>, Scalars['Int']['output'] | string>
  }
};

export type GraphCacheOptimisticUpdaters = {
  buildDataset?: GraphCacheOptimisticMutationResolver<MutationBuildDatasetArgs, WithTypename<BuildDatasetPayload>>,
  cancelRun?: GraphCacheOptimisticMutationResolver<MutationCancelRunArgs, WithTypename<CancelRunPayload>>,
  cancelTuningJob?: GraphCacheOptimisticMutationResolver<MutationCancelTuningJobArgs, WithTypename<CancelTuningJobPayload>>,
  checkRegression?: GraphCacheOptimisticMutationResolver<MutationCheckRegressionArgs, WithTypename<CheckRegressionPayload>>,
  createApiToken?: GraphCacheOptimisticMutationResolver<MutationCreateApiTokenArgs, WithTypename<CreateApiTokenPayload>>,
  createDataset?: GraphCacheOptimisticMutationResolver<MutationCreateDatasetArgs, WithTypename<CreateDatasetPayload>>,
  createModelArtifact?: GraphCacheOptimisticMutationResolver<MutationCreateModelArtifactArgs, WithTypename<CreateModelArtifactPayload>>,
  createRegressionBaseline?: GraphCacheOptimisticMutationResolver<MutationCreateRegressionBaselineArgs, WithTypename<CreateRegressionBaselinePayload>>,
  createRun?: GraphCacheOptimisticMutationResolver<MutationCreateRunArgs, WithTypename<CreateRunPayload>>,
  createTrace?: GraphCacheOptimisticMutationResolver<MutationCreateTraceArgs, WithTypename<CreateTracePayload>>,
  createTraces?: GraphCacheOptimisticMutationResolver<MutationCreateTracesArgs, WithTypename<CreateTracesPayload>>,
  createTuningJob?: GraphCacheOptimisticMutationResolver<MutationCreateTuningJobArgs, WithTypename<CreateTuningJobPayload>>,
  deleteModelAlias?: GraphCacheOptimisticMutationResolver<MutationDeleteModelAliasArgs, WithTypename<DeleteModelAliasPayload>>,
  evaluateRun?: GraphCacheOptimisticMutationResolver<MutationEvaluateRunArgs, WithTypename<EvaluateRunPayload>>,
  loadDemo?: GraphCacheOptimisticMutationResolver<MutationLoadDemoArgs, WithTypename<LoadDemoPayload>>,
  promoteBestTrial?: GraphCacheOptimisticMutationResolver<MutationPromoteBestTrialArgs, WithTypename<PromoteBestTrialPayload>>,
  promoteRun?: GraphCacheOptimisticMutationResolver<MutationPromoteRunArgs, WithTypename<PromoteRunPayload>>,
  revokeApiToken?: GraphCacheOptimisticMutationResolver<MutationRevokeApiTokenArgs, WithTypename<RevokeApiTokenPayload>>,
  scoreTraces?: GraphCacheOptimisticMutationResolver<MutationScoreTracesArgs, WithTypename<ScoreTracesPayload>>,
  setModelAlias?: GraphCacheOptimisticMutationResolver<MutationSetModelAliasArgs, WithTypename<SetModelAliasPayload>>,
  startTuningJob?: GraphCacheOptimisticMutationResolver<MutationStartTuningJobArgs, WithTypename<StartTuningJobPayload>>,
  updateRun?: GraphCacheOptimisticMutationResolver<MutationUpdateRunArgs, WithTypename<UpdateRunPayload>>
};

export type GraphCacheUpdaters = {
  Query?: {
    apiTokens?: GraphCacheUpdateResolver<{ apiTokens: WithTypename<ApiTokenConnection> }, QueryApiTokensArgs>,
    compareDatasets?: GraphCacheUpdateResolver<{ compareDatasets: WithTypename<DatasetComparison> }, QueryCompareDatasetsArgs>,
    compareRuns?: GraphCacheUpdateResolver<{ compareRuns: WithTypename<RunComparison> }, QueryCompareRunsArgs>,
    compareTraces?: GraphCacheUpdateResolver<{ compareTraces: WithTypename<TraceComparison> }, QueryCompareTracesArgs>,
    dataset?: GraphCacheUpdateResolver<{ dataset: Maybe<WithTypename<Dataset>> }, QueryDatasetArgs>,
    datasetByKey?: GraphCacheUpdateResolver<{ datasetByKey: Maybe<WithTypename<Dataset>> }, QueryDatasetByKeyArgs>,
    datasets?: GraphCacheUpdateResolver<{ datasets: WithTypename<DatasetConnection> }, QueryDatasetsArgs>,
    health?: GraphCacheUpdateResolver<{ health: WithTypename<Health> }, Record<string, never>>,
    judges?: GraphCacheUpdateResolver<{ judges: Array<WithTypename<JudgeInfo>> }, Record<string, never>>,
    leaderboard?: GraphCacheUpdateResolver<{ leaderboard: WithTypename<LeaderboardConnection> }, QueryLeaderboardArgs>,
    modelArtifact?: GraphCacheUpdateResolver<{ modelArtifact: Maybe<WithTypename<ModelArtifact>> }, QueryModelArtifactArgs>,
    modelArtifactByName?: GraphCacheUpdateResolver<{ modelArtifactByName: Maybe<WithTypename<ModelArtifact>> }, QueryModelArtifactByNameArgs>,
    modelArtifacts?: GraphCacheUpdateResolver<{ modelArtifacts: WithTypename<ModelArtifactConnection> }, QueryModelArtifactsArgs>,
    node?: GraphCacheUpdateResolver<{ node: Maybe<WithTypename<ApiToken> | WithTypename<Dataset> | WithTypename<Evaluation> | WithTypename<EvaluationItem> | WithTypename<ModelAlias> | WithTypename<ModelArtifact> | WithTypename<ModelVersion> | WithTypename<RegressionBaseline> | WithTypename<RegressionCheck> | WithTypename<Run> | WithTypename<Trace> | WithTypename<TraceScore> | WithTypename<Trial> | WithTypename<TuningJob>> }, QueryNodeArgs>,
    nodes?: GraphCacheUpdateResolver<{ nodes: Array<WithTypename<ApiToken> | WithTypename<Dataset> | WithTypename<Evaluation> | WithTypename<EvaluationItem> | WithTypename<ModelAlias> | WithTypename<ModelArtifact> | WithTypename<ModelVersion> | WithTypename<RegressionBaseline> | WithTypename<RegressionCheck> | WithTypename<Run> | WithTypename<Trace> | WithTypename<TraceScore> | WithTypename<Trial> | WithTypename<TuningJob>> }, QueryNodesArgs>,
    regressionBaseline?: GraphCacheUpdateResolver<{ regressionBaseline: Maybe<WithTypename<RegressionBaseline>> }, QueryRegressionBaselineArgs>,
    regressionBaselines?: GraphCacheUpdateResolver<{ regressionBaselines: WithTypename<RegressionBaselineConnection> }, QueryRegressionBaselinesArgs>,
    run?: GraphCacheUpdateResolver<{ run: Maybe<WithTypename<Run>> }, QueryRunArgs>,
    runConfigSpec?: GraphCacheUpdateResolver<{ runConfigSpec: WithTypename<RunConfigSpec> }, QueryRunConfigSpecArgs>,
    runValueKeys?: GraphCacheUpdateResolver<{ runValueKeys: WithTypename<RunValueKeys> }, Record<string, never>>,
    runs?: GraphCacheUpdateResolver<{ runs: WithTypename<RunConnection> }, QueryRunsArgs>,
    trace?: GraphCacheUpdateResolver<{ trace: Maybe<WithTypename<Trace>> }, QueryTraceArgs>,
    traces?: GraphCacheUpdateResolver<{ traces: WithTypename<TraceConnection> }, QueryTracesArgs>,
    trainers?: GraphCacheUpdateResolver<{ trainers: Array<WithTypename<Trainer>> }, Record<string, never>>,
    tuningJob?: GraphCacheUpdateResolver<{ tuningJob: Maybe<WithTypename<TuningJob>> }, QueryTuningJobArgs>,
    tuningJobs?: GraphCacheUpdateResolver<{ tuningJobs: WithTypename<TuningJobConnection> }, QueryTuningJobsArgs>,
    viewer?: GraphCacheUpdateResolver<{ viewer: WithTypename<Viewer> }, Record<string, never>>
  },
  Mutation?: {
    buildDataset?: GraphCacheUpdateResolver<{ buildDataset: WithTypename<BuildDatasetPayload> }, MutationBuildDatasetArgs>,
    cancelRun?: GraphCacheUpdateResolver<{ cancelRun: WithTypename<CancelRunPayload> }, MutationCancelRunArgs>,
    cancelTuningJob?: GraphCacheUpdateResolver<{ cancelTuningJob: WithTypename<CancelTuningJobPayload> }, MutationCancelTuningJobArgs>,
    checkRegression?: GraphCacheUpdateResolver<{ checkRegression: WithTypename<CheckRegressionPayload> }, MutationCheckRegressionArgs>,
    createApiToken?: GraphCacheUpdateResolver<{ createApiToken: WithTypename<CreateApiTokenPayload> }, MutationCreateApiTokenArgs>,
    createDataset?: GraphCacheUpdateResolver<{ createDataset: WithTypename<CreateDatasetPayload> }, MutationCreateDatasetArgs>,
    createModelArtifact?: GraphCacheUpdateResolver<{ createModelArtifact: WithTypename<CreateModelArtifactPayload> }, MutationCreateModelArtifactArgs>,
    createRegressionBaseline?: GraphCacheUpdateResolver<{ createRegressionBaseline: WithTypename<CreateRegressionBaselinePayload> }, MutationCreateRegressionBaselineArgs>,
    createRun?: GraphCacheUpdateResolver<{ createRun: WithTypename<CreateRunPayload> }, MutationCreateRunArgs>,
    createTrace?: GraphCacheUpdateResolver<{ createTrace: WithTypename<CreateTracePayload> }, MutationCreateTraceArgs>,
    createTraces?: GraphCacheUpdateResolver<{ createTraces: WithTypename<CreateTracesPayload> }, MutationCreateTracesArgs>,
    createTuningJob?: GraphCacheUpdateResolver<{ createTuningJob: WithTypename<CreateTuningJobPayload> }, MutationCreateTuningJobArgs>,
    deleteModelAlias?: GraphCacheUpdateResolver<{ deleteModelAlias: WithTypename<DeleteModelAliasPayload> }, MutationDeleteModelAliasArgs>,
    evaluateRun?: GraphCacheUpdateResolver<{ evaluateRun: WithTypename<EvaluateRunPayload> }, MutationEvaluateRunArgs>,
    loadDemo?: GraphCacheUpdateResolver<{ loadDemo: WithTypename<LoadDemoPayload> }, MutationLoadDemoArgs>,
    promoteBestTrial?: GraphCacheUpdateResolver<{ promoteBestTrial: WithTypename<PromoteBestTrialPayload> }, MutationPromoteBestTrialArgs>,
    promoteRun?: GraphCacheUpdateResolver<{ promoteRun: WithTypename<PromoteRunPayload> }, MutationPromoteRunArgs>,
    revokeApiToken?: GraphCacheUpdateResolver<{ revokeApiToken: WithTypename<RevokeApiTokenPayload> }, MutationRevokeApiTokenArgs>,
    scoreTraces?: GraphCacheUpdateResolver<{ scoreTraces: WithTypename<ScoreTracesPayload> }, MutationScoreTracesArgs>,
    setModelAlias?: GraphCacheUpdateResolver<{ setModelAlias: WithTypename<SetModelAliasPayload> }, MutationSetModelAliasArgs>,
    startTuningJob?: GraphCacheUpdateResolver<{ startTuningJob: WithTypename<StartTuningJobPayload> }, MutationStartTuningJobArgs>,
    updateRun?: GraphCacheUpdateResolver<{ updateRun: WithTypename<UpdateRunPayload> }, MutationUpdateRunArgs>
  },
  Subscription?: {
    evaluationUpdated?: GraphCacheUpdateResolver<{ evaluationUpdated: WithTypename<Evaluation> }, SubscriptionEvaluationUpdatedArgs>,
    leaderboardUpdated?: GraphCacheUpdateResolver<{ leaderboardUpdated: WithTypename<Evaluation> }, SubscriptionLeaderboardUpdatedArgs>,
    runLogAppended?: GraphCacheUpdateResolver<{ runLogAppended: Array<WithTypename<RunLogChunk>> }, SubscriptionRunLogAppendedArgs>,
    runMetricRecorded?: GraphCacheUpdateResolver<{ runMetricRecorded: Array<WithTypename<RunMetricPoint>> }, SubscriptionRunMetricRecordedArgs>,
    runUpdated?: GraphCacheUpdateResolver<{ runUpdated: WithTypename<Run> }, SubscriptionRunUpdatedArgs>,
    runsChanged?: GraphCacheUpdateResolver<{ runsChanged: WithTypename<Run> }, SubscriptionRunsChangedArgs>,
    tuningJobUpdated?: GraphCacheUpdateResolver<{ tuningJobUpdated: WithTypename<TuningJob> }, SubscriptionTuningJobUpdatedArgs>
  },
  ApiToken?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    expiresAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    lastUsedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    prefix?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    revokedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>
  },
  ApiTokenConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiTokenConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiTokenConnection>>, Record<string, never>>
  },
  ApiTokenEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiTokenEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiTokenEdge>>, Record<string, never>>
  },
  BaselineRegressionCheckConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<BaselineRegressionCheckConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<BaselineRegressionCheckConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<BaselineRegressionCheckConnection>>, Record<string, never>>
  },
  BaselineRegressionCheckEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<BaselineRegressionCheckEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<BaselineRegressionCheckEdge>>, Record<string, never>>
  },
  BuildDatasetPayload?: {
    dataset?: GraphCacheUpdateResolver<Maybe<WithTypename<BuildDatasetPayload>>, Record<string, never>>
  },
  CancelRunPayload?: {
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<CancelRunPayload>>, Record<string, never>>
  },
  CancelTuningJobPayload?: {
    tuningJob?: GraphCacheUpdateResolver<Maybe<WithTypename<CancelTuningJobPayload>>, Record<string, never>>
  },
  CheckRegressionPayload?: {
    check?: GraphCacheUpdateResolver<Maybe<WithTypename<CheckRegressionPayload>>, Record<string, never>>
  },
  ConfigDifference?: {
    key?: GraphCacheUpdateResolver<Maybe<WithTypename<ConfigDifference>>, Record<string, never>>,
    values?: GraphCacheUpdateResolver<Maybe<WithTypename<ConfigDifference>>, Record<string, never>>
  },
  CreateApiTokenPayload?: {
    secret?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateApiTokenPayload>>, Record<string, never>>,
    token?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateApiTokenPayload>>, Record<string, never>>,
    tokenId?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateApiTokenPayload>>, Record<string, never>>
  },
  CreateDatasetPayload?: {
    dataset?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateDatasetPayload>>, Record<string, never>>
  },
  CreateModelArtifactPayload?: {
    artifact?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateModelArtifactPayload>>, Record<string, never>>
  },
  CreateRegressionBaselinePayload?: {
    baseline?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateRegressionBaselinePayload>>, Record<string, never>>,
    replaced?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateRegressionBaselinePayload>>, Record<string, never>>
  },
  CreateRunPayload?: {
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateRunPayload>>, Record<string, never>>
  },
  CreateTracePayload?: {
    trace?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateTracePayload>>, Record<string, never>>
  },
  CreateTracesPayload?: {
    createdCount?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateTracesPayload>>, Record<string, never>>,
    traceIds?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateTracesPayload>>, Record<string, never>>,
    traces?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateTracesPayload>>, Record<string, never>>
  },
  CreateTuningJobPayload?: {
    tuningJob?: GraphCacheUpdateResolver<Maybe<WithTypename<CreateTuningJobPayload>>, Record<string, never>>
  },
  Dataset?: {
    checksum?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    children?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, DatasetChildrenArgs>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    export?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, DatasetExportArgs>,
    exportUrl?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, DatasetExportUrlArgs>,
    filters?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    items?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, DatasetItemsArgs>,
    key?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    parent?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    prngAlgorithm?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    provenance?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    runs?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, DatasetRunsArgs>,
    schemaVersion?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    seed?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    selectionStrategy?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    sessionId?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    stats?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    traceCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    trainingRunRef?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Dataset>>, Record<string, never>>
  },
  DatasetAddedConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetAddedConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetAddedConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetAddedConnection>>, Record<string, never>>
  },
  DatasetAddedEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetAddedEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetAddedEdge>>, Record<string, never>>
  },
  DatasetChildConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetChildConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetChildConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetChildConnection>>, Record<string, never>>
  },
  DatasetChildEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetChildEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetChildEdge>>, Record<string, never>>
  },
  DatasetComparison?: {
    added?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, DatasetComparisonAddedArgs>,
    addedCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, Record<string, never>>,
    base?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, Record<string, never>>,
    commonCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, Record<string, never>>,
    other?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, Record<string, never>>,
    removed?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, DatasetComparisonRemovedArgs>,
    removedCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, Record<string, never>>,
    statDeltas?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetComparison>>, Record<string, never>>
  },
  DatasetConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetConnection>>, Record<string, never>>
  },
  DatasetEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetEdge>>, Record<string, never>>
  },
  DatasetItem?: {
    position?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItem>>, Record<string, never>>,
    trace?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItem>>, Record<string, never>>
  },
  DatasetItemConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItemConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItemConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItemConnection>>, Record<string, never>>
  },
  DatasetItemEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItemEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetItemEdge>>, Record<string, never>>
  },
  DatasetRemovedConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRemovedConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRemovedConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRemovedConnection>>, Record<string, never>>
  },
  DatasetRemovedEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRemovedEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRemovedEdge>>, Record<string, never>>
  },
  DatasetRunConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRunConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRunConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRunConnection>>, Record<string, never>>
  },
  DatasetRunEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRunEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetRunEdge>>, Record<string, never>>
  },
  DatasetStatDelta?: {
    base?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetStatDelta>>, Record<string, never>>,
    delta?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetStatDelta>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetStatDelta>>, Record<string, never>>,
    other?: GraphCacheUpdateResolver<Maybe<WithTypename<DatasetStatDelta>>, Record<string, never>>
  },
  DeleteModelAliasPayload?: {
    artifact?: GraphCacheUpdateResolver<Maybe<WithTypename<DeleteModelAliasPayload>>, Record<string, never>>,
    deletedAliasId?: GraphCacheUpdateResolver<Maybe<WithTypename<DeleteModelAliasPayload>>, Record<string, never>>
  },
  EarlyStopping?: {
    graceSteps?: GraphCacheUpdateResolver<Maybe<WithTypename<EarlyStopping>>, Record<string, never>>,
    minTrialsCompleted?: GraphCacheUpdateResolver<Maybe<WithTypename<EarlyStopping>>, Record<string, never>>,
    rule?: GraphCacheUpdateResolver<Maybe<WithTypename<EarlyStopping>>, Record<string, never>>
  },
  EvaluateRunPayload?: {
    evaluation?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluateRunPayload>>, Record<string, never>>
  },
  Evaluation?: {
    attempt?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    detailedMetrics?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    evalDataset?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    finishedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    items?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, EvaluationItemsArgs>,
    itemsDone?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    itemsTotal?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    judge?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    metrics?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    primaryScore?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    rawJudgeOutput?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    score?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    scorecard?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    startedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>,
    verdict?: GraphCacheUpdateResolver<Maybe<WithTypename<Evaluation>>, Record<string, never>>
  },
  EvaluationItem?: {
    correct?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    judgedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    position?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    prediction?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    reasoning?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    reference?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    score?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>,
    trace?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItem>>, Record<string, never>>
  },
  EvaluationItemConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItemConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItemConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItemConnection>>, Record<string, never>>
  },
  EvaluationItemEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItemEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<EvaluationItemEdge>>, Record<string, never>>
  },
  Health?: {
    database?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, Record<string, never>>,
    queuedRuns?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, Record<string, never>>,
    recentEvaluations?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, HealthRecentEvaluationsArgs>,
    recentPromotions?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, HealthRecentPromotionsArgs>,
    redis?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, Record<string, never>>,
    runsInProgress?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, Record<string, never>>,
    workerInThisProcess?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, Record<string, never>>,
    workers?: GraphCacheUpdateResolver<Maybe<WithTypename<Health>>, Record<string, never>>
  },
  Judge?: {
    config?: GraphCacheUpdateResolver<Maybe<WithTypename<Judge>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Judge>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Judge>>, Record<string, never>>
  },
  JudgeInfo?: {
    available?: GraphCacheUpdateResolver<Maybe<WithTypename<JudgeInfo>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<JudgeInfo>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<JudgeInfo>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<JudgeInfo>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<JudgeInfo>>, Record<string, never>>
  },
  LeaderboardConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<LeaderboardConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<LeaderboardConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<LeaderboardConnection>>, Record<string, never>>
  },
  LeaderboardEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<LeaderboardEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<LeaderboardEdge>>, Record<string, never>>
  },
  LoadDemoPayload?: {
    dataset?: GraphCacheUpdateResolver<Maybe<WithTypename<LoadDemoPayload>>, Record<string, never>>,
    traceCount?: GraphCacheUpdateResolver<Maybe<WithTypename<LoadDemoPayload>>, Record<string, never>>,
    tuningJob?: GraphCacheUpdateResolver<Maybe<WithTypename<LoadDemoPayload>>, Record<string, never>>
  },
  MetricComparison?: {
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<MetricComparison>>, Record<string, never>>,
    values?: GraphCacheUpdateResolver<Maybe<WithTypename<MetricComparison>>, Record<string, never>>
  },
  MetricPoint?: {
    epoch?: GraphCacheUpdateResolver<Maybe<WithTypename<MetricPoint>>, Record<string, never>>,
    recordedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<MetricPoint>>, Record<string, never>>,
    step?: GraphCacheUpdateResolver<Maybe<WithTypename<MetricPoint>>, Record<string, never>>,
    value?: GraphCacheUpdateResolver<Maybe<WithTypename<MetricPoint>>, Record<string, never>>
  },
  ModelAlias?: {
    artifact?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>,
    history?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAlias>>, Record<string, never>>
  },
  ModelAliasChange?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAliasChange>>, Record<string, never>>,
    fromVersion?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAliasChange>>, Record<string, never>>,
    toVersion?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelAliasChange>>, Record<string, never>>
  },
  ModelArtifact?: {
    aliases?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    latestVersion?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    taskType?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, Record<string, never>>,
    versions?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifact>>, ModelArtifactVersionsArgs>
  },
  ModelArtifactConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifactConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifactConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifactConnection>>, Record<string, never>>
  },
  ModelArtifactEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifactEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelArtifactEdge>>, Record<string, never>>
  },
  ModelVersion?: {
    aliases?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    artifact?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    config?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    dataset?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    downloadUrl?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    label?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    metrics?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    provenance?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    sha256?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    sizeBytes?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    sourceRun?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    sourceTrial?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    storageUri?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    tuningJob?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersion>>, Record<string, never>>
  },
  ModelVersionConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersionConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersionConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersionConnection>>, Record<string, never>>
  },
  ModelVersionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<ModelVersionEdge>>, Record<string, never>>
  },
  PageInfo?: {
    endCursor?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    hasNextPage?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    hasPreviousPage?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    startCursor?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>
  },
  PromoteBestTrialPayload?: {
    created?: GraphCacheUpdateResolver<Maybe<WithTypename<PromoteBestTrialPayload>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<PromoteBestTrialPayload>>, Record<string, never>>
  },
  PromoteRunPayload?: {
    created?: GraphCacheUpdateResolver<Maybe<WithTypename<PromoteRunPayload>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<PromoteRunPayload>>, Record<string, never>>
  },
  RegressionBaseline?: {
    checks?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, RegressionBaselineChecksArgs>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    direction?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    evalDataset?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    judgeName?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    lowerIsBetter?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    metric?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    sourceModelVersion?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    tolerancePercent?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaseline>>, Record<string, never>>
  },
  RegressionBaselineConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaselineConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaselineConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaselineConnection>>, Record<string, never>>
  },
  RegressionBaselineEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaselineEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionBaselineEdge>>, Record<string, never>>
  },
  RegressionCheck?: {
    baseline?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    baselineName?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    baselineRun?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    baselineValue?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    currentValue?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    delta?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    deltaPercent?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    details?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    direction?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    gate?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    judgeName?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    metric?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    tolerancePercent?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>,
    verdict?: GraphCacheUpdateResolver<Maybe<WithTypename<RegressionCheck>>, Record<string, never>>
  },
  RevokeApiTokenPayload?: {
    token?: GraphCacheUpdateResolver<Maybe<WithTypename<RevokeApiTokenPayload>>, Record<string, never>>,
    tokenId?: GraphCacheUpdateResolver<Maybe<WithTypename<RevokeApiTokenPayload>>, Record<string, never>>
  },
  Run?: {
    artifacts?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    attempt?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    baseModel?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    config?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    dataset?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    durationSeconds?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    evaluations?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, RunEvaluationsArgs>,
    executor?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    exitCode?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    finishedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    lastLogSeq?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    latestEvaluation?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    logs?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, RunLogsArgs>,
    maxAttempts?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    metricSeries?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, RunMetricSeriesArgs>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    notes?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    number?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    regressionChecks?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, RunRegressionChecksArgs>,
    startedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    statusChanges?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    stopReason?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    summaryMetrics?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    tags?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Run>>, Record<string, never>>
  },
  RunArtifact?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RunArtifact>>, Record<string, never>>,
    downloadUrl?: GraphCacheUpdateResolver<Maybe<WithTypename<RunArtifact>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<RunArtifact>>, Record<string, never>>,
    sha256?: GraphCacheUpdateResolver<Maybe<WithTypename<RunArtifact>>, Record<string, never>>,
    sizeBytes?: GraphCacheUpdateResolver<Maybe<WithTypename<RunArtifact>>, Record<string, never>>
  },
  RunComparison?: {
    changedItemCount?: GraphCacheUpdateResolver<Maybe<WithTypename<RunComparison>>, Record<string, never>>,
    changedItems?: GraphCacheUpdateResolver<Maybe<WithTypename<RunComparison>>, RunComparisonChangedItemsArgs>,
    configDiff?: GraphCacheUpdateResolver<Maybe<WithTypename<RunComparison>>, Record<string, never>>,
    evaluations?: GraphCacheUpdateResolver<Maybe<WithTypename<RunComparison>>, Record<string, never>>,
    finalMetrics?: GraphCacheUpdateResolver<Maybe<WithTypename<RunComparison>>, Record<string, never>>,
    runs?: GraphCacheUpdateResolver<Maybe<WithTypename<RunComparison>>, Record<string, never>>
  },
  RunConfigField?: {
    choices?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    default?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    exclusiveMin?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    max?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    min?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>,
    type?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigField>>, Record<string, never>>
  },
  RunConfigRule?: {
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigRule>>, Record<string, never>>,
    fields?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigRule>>, Record<string, never>>
  },
  RunConfigSpec?: {
    executor?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigSpec>>, Record<string, never>>,
    fields?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigSpec>>, Record<string, never>>,
    rules?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConfigSpec>>, Record<string, never>>
  },
  RunConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<RunConnection>>, Record<string, never>>
  },
  RunEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEdge>>, Record<string, never>>
  },
  RunEvaluationConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEvaluationConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEvaluationConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEvaluationConnection>>, Record<string, never>>
  },
  RunEvaluationEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEvaluationEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<RunEvaluationEdge>>, Record<string, never>>
  },
  RunItemChange?: {
    change?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChange>>, Record<string, never>>,
    reference?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChange>>, Record<string, never>>,
    results?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChange>>, Record<string, never>>,
    trace?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChange>>, Record<string, never>>
  },
  RunItemChangeConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChangeConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChangeConnection>>, Record<string, never>>
  },
  RunItemChangeEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChangeEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemChangeEdge>>, Record<string, never>>
  },
  RunItemResult?: {
    correct?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemResult>>, Record<string, never>>,
    prediction?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemResult>>, Record<string, never>>,
    score?: GraphCacheUpdateResolver<Maybe<WithTypename<RunItemResult>>, Record<string, never>>
  },
  RunLogChunk?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogChunk>>, Record<string, never>>,
    seq?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogChunk>>, Record<string, never>>,
    stream?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogChunk>>, Record<string, never>>,
    text?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogChunk>>, Record<string, never>>
  },
  RunLogConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogConnection>>, Record<string, never>>
  },
  RunLogEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<RunLogEdge>>, Record<string, never>>
  },
  RunMetricPoint?: {
    epoch?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricPoint>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricPoint>>, Record<string, never>>,
    recordedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricPoint>>, Record<string, never>>,
    step?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricPoint>>, Record<string, never>>,
    value?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricPoint>>, Record<string, never>>
  },
  RunMetricSeries?: {
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricSeries>>, Record<string, never>>,
    points?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricSeries>>, Record<string, never>>,
    total?: GraphCacheUpdateResolver<Maybe<WithTypename<RunMetricSeries>>, Record<string, never>>
  },
  RunRegressionCheckConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<RunRegressionCheckConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<RunRegressionCheckConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<RunRegressionCheckConnection>>, Record<string, never>>
  },
  RunRegressionCheckEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<RunRegressionCheckEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<RunRegressionCheckEdge>>, Record<string, never>>
  },
  RunStatusChange?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RunStatusChange>>, Record<string, never>>,
    fromStatus?: GraphCacheUpdateResolver<Maybe<WithTypename<RunStatusChange>>, Record<string, never>>,
    reason?: GraphCacheUpdateResolver<Maybe<WithTypename<RunStatusChange>>, Record<string, never>>,
    toStatus?: GraphCacheUpdateResolver<Maybe<WithTypename<RunStatusChange>>, Record<string, never>>
  },
  RunValueKeys?: {
    metrics?: GraphCacheUpdateResolver<Maybe<WithTypename<RunValueKeys>>, Record<string, never>>,
    params?: GraphCacheUpdateResolver<Maybe<WithTypename<RunValueKeys>>, Record<string, never>>
  },
  ScoreTracesPayload?: {
    scores?: GraphCacheUpdateResolver<Maybe<WithTypename<ScoreTracesPayload>>, Record<string, never>>
  },
  Scorecard?: {
    byTag?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    max?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    mean?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    min?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    nItems?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    nScored?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    nSkipped?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>,
    stddev?: GraphCacheUpdateResolver<Maybe<WithTypename<Scorecard>>, Record<string, never>>
  },
  SetModelAliasPayload?: {
    alias?: GraphCacheUpdateResolver<Maybe<WithTypename<SetModelAliasPayload>>, Record<string, never>>,
    changed?: GraphCacheUpdateResolver<Maybe<WithTypename<SetModelAliasPayload>>, Record<string, never>>
  },
  StartTuningJobPayload?: {
    tuningJob?: GraphCacheUpdateResolver<Maybe<WithTypename<StartTuningJobPayload>>, Record<string, never>>
  },
  TagScore?: {
    mean?: GraphCacheUpdateResolver<Maybe<WithTypename<TagScore>>, Record<string, never>>,
    tag?: GraphCacheUpdateResolver<Maybe<WithTypename<TagScore>>, Record<string, never>>
  },
  TextPart?: {
    added?: GraphCacheUpdateResolver<Maybe<WithTypename<TextPart>>, Record<string, never>>,
    removed?: GraphCacheUpdateResolver<Maybe<WithTypename<TextPart>>, Record<string, never>>,
    value?: GraphCacheUpdateResolver<Maybe<WithTypename<TextPart>>, Record<string, never>>
  },
  Trace?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    finalAnswer?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    meta?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    prompt?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    scores?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, TraceScoresArgs>,
    source?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    stepCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    steps?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    tags?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    totalChars?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>,
    traceVersion?: GraphCacheUpdateResolver<Maybe<WithTypename<Trace>>, Record<string, never>>
  },
  TraceComparison?: {
    base?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceComparison>>, Record<string, never>>,
    finalAnswerChanged?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceComparison>>, Record<string, never>>,
    other?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceComparison>>, Record<string, never>>,
    promptChanged?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceComparison>>, Record<string, never>>,
    scoreDelta?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceComparison>>, Record<string, never>>,
    steps?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceComparison>>, Record<string, never>>
  },
  TraceConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceConnection>>, Record<string, never>>
  },
  TraceEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceEdge>>, Record<string, never>>
  },
  TraceScore?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScore>>, Record<string, never>>,
    criteria?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScore>>, Record<string, never>>,
    details?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScore>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScore>>, Record<string, never>>,
    score?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScore>>, Record<string, never>>,
    trace?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScore>>, Record<string, never>>
  },
  TraceScoreConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScoreConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScoreConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScoreConnection>>, Record<string, never>>
  },
  TraceScoreEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScoreEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceScoreEdge>>, Record<string, never>>
  },
  TraceStep?: {
    content?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStep>>, Record<string, never>>,
    i?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStep>>, Record<string, never>>,
    type?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStep>>, Record<string, never>>
  },
  TraceStepChange?: {
    base?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStepChange>>, Record<string, never>>,
    basePosition?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStepChange>>, Record<string, never>>,
    change?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStepChange>>, Record<string, never>>,
    contentDiff?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStepChange>>, Record<string, never>>,
    other?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStepChange>>, Record<string, never>>,
    otherPosition?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceStepChange>>, Record<string, never>>
  },
  TraceWithScore?: {
    details?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceWithScore>>, Record<string, never>>,
    score?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceWithScore>>, Record<string, never>>,
    trace?: GraphCacheUpdateResolver<Maybe<WithTypename<TraceWithScore>>, Record<string, never>>
  },
  Trainer?: {
    defaultTimeoutSeconds?: GraphCacheUpdateResolver<Maybe<WithTypename<Trainer>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<Trainer>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Trainer>>, Record<string, never>>
  },
  Trial?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    finishedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    metricValue?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    number?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    params?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    startedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>,
    tuningJob?: GraphCacheUpdateResolver<Maybe<WithTypename<Trial>>, Record<string, never>>
  },
  TrialConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<TrialConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<TrialConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TrialConnection>>, Record<string, never>>
  },
  TrialEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<TrialEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<TrialEdge>>, Record<string, never>>
  },
  TuningJob?: {
    baseConfig?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    baseModel?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    bestMetricValue?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    bestParams?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    bestRun?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    bestTrial?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    dataset?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    earlyStopping?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    evalJudge?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    executor?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    finishedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    finishedTrialCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    maxConcurrentTrials?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    metricMode?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    metricName?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    numSamples?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    searchSpace?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    seed?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    startedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    trialCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>,
    trials?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, TuningJobTrialsArgs>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJob>>, Record<string, never>>
  },
  TuningJobConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJobConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJobConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJobConnection>>, Record<string, never>>
  },
  TuningJobEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJobEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<TuningJobEdge>>, Record<string, never>>
  },
  UpdateRunPayload?: {
    run?: GraphCacheUpdateResolver<Maybe<WithTypename<UpdateRunPayload>>, Record<string, never>>
  },
  Viewer?: {
    authRequired?: GraphCacheUpdateResolver<Maybe<WithTypename<Viewer>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<Viewer>>, Record<string, never>>,
    scopes?: GraphCacheUpdateResolver<Maybe<WithTypename<Viewer>>, Record<string, never>>,
    tokenName?: GraphCacheUpdateResolver<Maybe<WithTypename<Viewer>>, Record<string, never>>
  },
  ViewerScopes?: {
    admin?: GraphCacheUpdateResolver<Maybe<WithTypename<ViewerScopes>>, Record<string, never>>,
    read?: GraphCacheUpdateResolver<Maybe<WithTypename<ViewerScopes>>, Record<string, never>>,
    write?: GraphCacheUpdateResolver<Maybe<WithTypename<ViewerScopes>>, Record<string, never>>
  },
  WorkerHealth?: {
    leaseExpiresAt?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkerHealth>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkerHealth>>, Record<string, never>>,
    runsHeld?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkerHealth>>, Record<string, never>>
  },
};

export type GraphCacheConfig = Parameters<typeof cacheExchange>[0] & {
  updates?: GraphCacheUpdaters,
  keys?: GraphCacheKeysConfig,
  optimistic?: GraphCacheOptimisticUpdaters,
  resolvers?: GraphCacheResolvers,
};