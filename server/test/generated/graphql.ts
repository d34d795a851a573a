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