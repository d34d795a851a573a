// What every service needs: the database, the event bus, the configuration and the run hooks. The GraphQL
// context, the worker and the CLI all hand the same object to the services.
import type { Config } from './config.ts';
import type { PrismaClient } from './db/database.ts';
import type { Evaluation, Run } from './generated/prisma/client.ts';
import type { RunStopReason } from './generated/prisma/enums.ts';
import type { Logger } from './logger.ts';
import type { PubSub } from './pubsub.ts';
import type { ArtifactStorage } from './storage/storage.ts';
import type { Metrics } from './telemetry/metrics.ts';
import type { MetricInput } from './worker/run-output-writer.ts';

export interface Deps {
  prisma: PrismaClient;
  pubsub: PubSub;
  config: Config;
  /** The process's logger; request handlers and runs get children carrying their ids. */
  logger: Logger;
  /** Prometheus metrics of this process (served at /metrics). */
  metrics: Metrics;
  /** What other modules do when runs change (openDeps gives every process the same list). */
  runHooks: readonly RunHooks[];
  /** Where run artifacts are kept and read: the local disk or an S3-compatible bucket. */
  storage: ArtifactStorage;
}

/** Why and how a hook wants a running run stopped. */
export interface RunStop {
  stopReason: RunStopReason;
  /** The cancellation's reason, kept in the status history and as the run's error. */
  message: string;
}

/**
 * Lets a module react to runs without the runs module or the worker knowing it: the tuning
 * module advances a trial's job when its run changes status, and prunes trials as metrics arrive.
 */
export interface RunHooks {
  /** After a run was created or changed status, once committed. A failure is logged and undoes nothing. */
  statusChanged?(deps: Deps, run: Pick<Run, 'id' | 'status'>): Promise<void>;
  /** After a batch of a running run's metric points was stored: a stop returned ends the run early. */
  metricsStored?(deps: Deps, runId: string, points: readonly MetricInput[]): Promise<RunStop | null>;
  /** After an evaluation of a run reached SUCCEEDED or FAILED (a trial may wait for it). */
  evaluationEnded?(deps: Deps, evaluation: Pick<Evaluation, 'id' | 'runId' | 'status'>): Promise<void>;
}

export type TokenRoleName = 'READ' | 'WRITE' | 'ADMIN';

/** Who is calling: anonymous (allowed to do everything unless AUTH_REQUIRED), or a token. */
export interface Viewer {
  tokenId: string | null;
  role: TokenRoleName | null;
}

export interface Context extends Deps {
  viewer: Viewer;
}
