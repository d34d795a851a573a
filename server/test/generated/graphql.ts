/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateRunInput = {
  baseModel?: string | null | undefined;
  config?: RunConfigInput | null | undefined;
  datasetId: string | number;
  executor?: Executor | null | undefined;
  /** How often a run whose worker died is retried (1–10, default RUN_MAX_ATTEMPTS). */
  maxAttempts?: number | null | undefined;
  name?: string | null | undefined;
};

export type Executor =
  /** The built-in TypeScript reference trainer (a small character model that really learns). */
  | 'BUILTIN'
  /** An external trainer the operator declared in the trainers file, named in config.trainer. */
  | 'COMMAND'
  /** Validates the config and dataset, writes the training manifest, trains nothing. */
  | 'DRY_RUN';

/** Hyperparameters and executor settings. Omitted values take their defaults. */
export type RunConfigInput = {
  /** 1–512 (default 32). */
  batchSize?: number | null | undefined;
  /** COMMAND executor, only when the server sets COMMAND_RAW_ARGV_ENABLED (ADMIN tokens when auth is on): an argv to run. */
  command?: Array<string> | null | undefined;
  /** cpu, cuda or auto (default auto). */
  device?: string | null | undefined;
  /** 1–100 (default 3). */
  epochs?: number | null | undefined;
  /** Share of the dataset held out for evaluation, (0, 0.5] (default 0.1). */
  evalFraction?: number | null | undefined;
  /** > 0 and ≤ 10 (default 0.5, tuned for the builtin trainer). */
  learningRate?: number | null | undefined;
  /** 128–32768 (default 2048). */
  maxSeqLength?: number | null | undefined;
  /** Extra parameters passed to the trainer untouched. */
  params?: unknown;
  /** Same seed, same result (default 42). */
  seed?: number | null | undefined;
  /** Overrides RUN_TIMEOUT_SECONDS for this run. */
  timeoutSeconds?: number | null | undefined;
  /** COMMAND executor: the name of a configured trainer (see the trainers query). */
  trainer?: string | null | undefined;
  /** 0–1 (default 0). */
  weightDecay?: number | null | undefined;
};

/** PENDING → RUNNING → SUCCEEDED | FAILED | CANCELLED | TIMED_OUT; CANCELLING while a process is stopped. */
export type RunStatus =
  | 'CANCELLED'
  | 'CANCELLING'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'TIMED_OUT';

export type CreateRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type CreateRunMutation = { createRun: { run: { id: string, status: RunStatus, executor: Executor, baseModel: string, config: unknown, dataset: { key: string }, statusChanges: Array<{ fromStatus: RunStatus | null, toStatus: RunStatus, reason: string | null }> } } };

export type CancelRunMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelRunMutation = { cancelRun: { run: { id: string, status: RunStatus, error: string | null, statusChanges: Array<{ toStatus: RunStatus, reason: string | null }> } } };

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
    mutation CancelRun($id: ID!) {
  cancelRun(input: {id: $id}) {
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