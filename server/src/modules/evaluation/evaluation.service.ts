// Evaluations: queueing one (evaluateRun), the automatic evaluation of runs that ask for it, and
// the leaderboard. Judging itself happens in a worker (judging.ts, worker/evaluation-worker.ts).
import type { Deps, RunHooks } from '../../deps.ts';
import { DomainError, invalidInput, notFound, publicId } from '../../errors.ts';
import { type Evaluation, Prisma } from '../../generated/prisma/client.ts';
import { checkFilter, InputChecker } from '../common/validation.ts';
import { resolveJudge } from './judges.ts';
import { locatePredictions } from './predictions.ts';

export const TERMINAL_EVALUATION_STATUSES = ['SUCCEEDED', 'FAILED'] as const;
export const isEvaluationTerminal = (status: string) => (TERMINAL_EVALUATION_STATUSES as readonly string[]).includes(status);

/** How often a worker that died mid-evaluation is replaced before the evaluation fails. */
export const EVALUATION_MAX_ATTEMPTS = 3;

export interface EvaluateRunInput {
  runId: string;
  judge: string;
  /** Judge this dataset's items instead of the run's held-out split. */
  datasetId?: string | null;
  judgeConfig?: unknown;
}

/** Tells subscribers (and waiting workers) that an evaluation changed; after the commit. */
export function publishEvaluation(deps: Deps, evaluation: Pick<Evaluation, 'id' | 'runId' | 'status' | 'itemsDone'>) {
  const event = {
    evaluationId: evaluation.id,
    runId: evaluation.runId,
    status: evaluation.status,
    itemsDone: evaluation.itemsDone,
  };
  deps.pubsub.publish('evaluationUpdated', evaluation.id, event);
  deps.pubsub.publish('evaluationsChanged', event);
}

/** After an evaluation ended: events, then the hooks (a tuning trial waits for its run's evaluation). */
export async function evaluationEnded(deps: Deps, evaluation: Pick<Evaluation, 'id' | 'runId' | 'status' | 'itemsDone'>) {
  publishEvaluation(deps, evaluation);
  for (const hooks of deps.runHooks) {
    try {
      await hooks.evaluationEnded?.(deps, evaluation);
    } catch (error) {
      deps.logger.error({ evaluationId: evaluation.id, err: error }, 'an evaluation hook failed');
    }
  }
}

/**
 * Queues an evaluation of a run (PENDING); a worker judges it. Refuses what could never be
 * judged: dry runs, runs still going, an unknown judge or setting, a run without predictions.
 * A run that failed is accepted and scores 0 (the reference's rule). Each call makes a new
 * evaluation: the latest one that succeeds is the run's.
 */
export async function evaluateRun(deps: Deps, input: EvaluateRunInput): Promise<Evaluation> {
  const check = new InputChecker();
  check.text('judge', input.judge, { max: 64 });
  check.done();
  const run = await deps.prisma.run.findUnique({
    where: { id: input.runId },
    select: { id: true, executor: true, status: true },
  });
  if (!run) throw notFound('Run', input.runId);
  const runName = publicId('Run', run.id);
  if (run.executor === 'DRY_RUN') {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Cannot evaluate dry-run ${runName}: a DRY_RUN trains nothing and leaves no predictions`,
      {
        fieldErrors: [{ path: 'runId', message: 'is a DRY_RUN run, which has no predictions' }],
      },
    );
  }
  if (run.status === 'PENDING' || run.status === 'RUNNING' || run.status === 'CANCELLING') {
    throw new DomainError('INVALID_STATE', `Run ${runName} is in ${run.status} state, cannot evaluate: wait until it has ended`, {
      status: run.status,
    });
  }
  const judge = resolveJudge(deps.config, input.judge, input.judgeConfig ?? {});
  if (input.datasetId) {
    const dataset = await deps.prisma.dataset.findUnique({ where: { id: input.datasetId }, select: { traceCount: true } });
    if (!dataset) throw notFound('Dataset', input.datasetId);
    if (dataset.traceCount === 0) throw invalidInput([{ path: 'datasetId', message: 'the dataset is empty: nothing to judge' }]);
  }
  if (run.status === 'SUCCEEDED' && judge.needsPredictions && !(await locatePredictions(deps, run.id))) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Run ${runName} left no predictions.jsonl, which the ${judge.name} judge reads: its trainer writes one {"traceId", "prediction"} per line into TUNIX_OUTPUT_DIR`,
      { fieldErrors: [{ path: 'runId', message: 'the run left no predictions.jsonl' }] },
    );
  }
  const evaluation = await deps.prisma.evaluation.create({
    data: {
      runId: run.id,
      judgeName: judge.name,
      judgeVersion: judge.version,
      judgeConfig: judge.config as Prisma.InputJsonValue,
      evalDatasetId: input.datasetId ?? null,
      maxAttempts: EVALUATION_MAX_ATTEMPTS,
    },
  });
  publishEvaluation(deps, evaluation);
  return evaluation;
}

/** The evaluation that counts for a run: its latest SUCCEEDED one (optionally by one judge). */
export function latestEvaluation(deps: Deps, runId: string, judgeName?: string) {
  return deps.prisma.evaluation.findFirst({
    where: { runId, status: 'SUCCEEDED', ...(judgeName ? { judgeName } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

/**
 * Automatic evaluation when a run succeeds: with its tuning job's judge (evalJudge), else with
 * the judge its config names (config.evaluateWith). At most once per judge; a request that cannot
 * be queued is recorded as a FAILED evaluation, so the run (and its trial) say why.
 */
export const evaluationRunHooks: RunHooks = {
  async statusChanged(deps, changed) {
    if (changed.status !== 'SUCCEEDED') return;
    const run = await deps.prisma.run.findUnique({
      where: { id: changed.id },
      select: {
        id: true,
        config: true,
        trial: { select: { tuningJob: { select: { evalJudge: true, evalJudgeConfig: true } } } },
      },
    });
    const job = run?.trial?.tuningJob;
    const asked = (run?.config as { evaluateWith?: unknown } | null)?.evaluateWith;
    const judge = job?.evalJudge ?? (typeof asked === 'string' && asked ? asked : null);
    if (!run || !judge) return;
    const judgeConfig = job?.evalJudge ? (job.evalJudgeConfig ?? {}) : {};
    const existing = await deps.prisma.evaluation.count({ where: { runId: run.id, judgeName: judge, evalDatasetId: null } });
    if (existing > 0) return;
    try {
      await evaluateRun(deps, { runId: run.id, judge, judgeConfig });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const failed = await deps.prisma.evaluation.create({
        data: {
          runId: run.id,
          judgeName: judge.slice(0, 64),
          judgeVersion: '-',
          judgeConfig: judgeConfig as Prisma.InputJsonValue,
          status: 'FAILED',
          error: `automatic evaluation refused: ${error.message}`,
          finishedAt: new Date(),
        },
      });
      await evaluationEnded(deps, failed);
    }
  },
};

// ───────────────────────────── leaderboard ─────────────────────────────

export interface LeaderboardFilter {
  /** The runs' training dataset. */
  datasetId?: string | null;
  /** Evaluations on this dataset (not the runs' own held-out splits). */
  evalDatasetId?: string | null;
  /** Substring of the run's base model, case-insensitive. */
  baseModel?: string | null;
  judge?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** JSON containment: runs whose config contains this object (e.g. {"epochs": 3}). */
  configContains?: unknown;
}

export interface LeaderboardCursor {
  score: number;
  id: string;
}

export const encodeLeaderboardCursor = (cursor: LeaderboardCursor) =>
  Buffer.from(JSON.stringify([cursor.score, cursor.id])).toString('base64url');

export function decodeLeaderboardCursor(text: string, path: 'after' | 'before' = 'after'): LeaderboardCursor {
  try {
    const [score, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof score === 'number' && Number.isFinite(score) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) {
      return { score, id };
    }
  } catch {
    // refused below
  }
  const source = path === 'after' ? 'pageInfo.endCursor' : 'pageInfo.startCursor';
  throw invalidInput([{ path, message: `is not a cursor of this list: use ${source}` }]);
}

export function checkLeaderboardFilter(filter: LeaderboardFilter | null | undefined): void {
  const { configContains, ...rest } = filter ?? {};
  checkFilter(rest);
  if (
    configContains !== undefined &&
    configContains !== null &&
    (typeof configContains !== 'object' || Array.isArray(configContains))
  ) {
    throw invalidInput([{ path: 'filter.configContains', message: 'must be a JSON object, e.g. {"epochs": 3}' }]);
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Which evaluations are on the board: SUCCEEDED, matching the filter, and the latest such one of
 * their run (no later one in the same scope: the anti-join probes the (runId, status, createdAt, id) index).
 */
function leaderboardWhere(filter: LeaderboardFilter | null | undefined): Prisma.Sql {
  const f = filter ?? {};
  /** The evaluation-side conditions, applied to the candidate and to the later ones it must not have. */
  const scope = (alias: 'e' | 'n') => {
    const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
    return [
      Prisma.sql`${column('status')} = 'SUCCEEDED'`,
      ...(f.judge ? [Prisma.sql`${column('judgeName')} = ${f.judge}`] : []),
      ...(f.evalDatasetId ? [Prisma.sql`${column('evalDatasetId')} = ${f.evalDatasetId}::uuid`] : []),
      ...(f.createdAfter ? [Prisma.sql`${column('createdAt')} >= ${f.createdAfter}`] : []),
      ...(f.createdBefore ? [Prisma.sql`${column('createdAt')} < ${f.createdBefore}`] : []),
    ];
  };
  const conditions = [
    ...scope('e'),
    Prisma.sql`e.score IS NOT NULL`,
    ...(f.datasetId ? [Prisma.sql`r."datasetId" = ${f.datasetId}::uuid`] : []),
    ...(f.baseModel ? [Prisma.sql`r."baseModel" ILIKE ${`%${escapeLike(f.baseModel)}%`}`] : []),
    ...(f.configContains ? [Prisma.sql`r.config @> ${JSON.stringify(f.configContains)}::jsonb`] : []),
    Prisma.sql`NOT EXISTS (SELECT 1 FROM evaluations n WHERE n."runId" = e."runId" AND ${Prisma.join(scope('n'), ' AND ')}
               AND (n."createdAt", n.id) > (e."createdAt", e.id))`,
  ];
  return Prisma.join(conditions, ' AND ');
}

/**
 * One page of the leaderboard: ids in order (score DESC, id DESC; the id breaks ties, so pages
 * never overlap or skip), keyset-paginated from `after`. Reads first + 1 rows to know if more exist.
 */
/**
 * One page of the board in its order (score, then id, both descending). Forward: the `size` entries
 * after `cursor`; backward: the `size` entries before it (from the end when null), walking the
 * same index the other way. `hasMore`: entries exist beyond the page in that direction.
 */
export async function leaderboardPage(
  deps: Deps,
  filter: LeaderboardFilter | null | undefined,
  size: number,
  cursor: LeaderboardCursor | null,
  direction: 'forward' | 'backward' = 'forward',
): Promise<{ entries: LeaderboardCursor[]; hasMore: boolean }> {
  // A literal, not a parameter: with `LIMIT $n` PostgreSQL plans for a large share of the table
  // (a hash anti-join and a sort) instead of walking the score index for one page.
  const limit = Math.trunc(size) + 1;
  const forward = direction === 'forward';
  const beyond = forward ? Prisma.sql`<` : Prisma.sql`>`;
  const cursorCondition = cursor
    ? Prisma.sql`AND (e.score, e.id) ${beyond} (${cursor.score}::float8, ${cursor.id}::uuid)`
    : Prisma.empty;
  const order = forward ? Prisma.sql`e.score DESC, e.id DESC` : Prisma.sql`e.score ASC, e.id ASC`;
  const rows = await deps.prisma.$queryRaw<{ id: string; score: number }[]>`
    SELECT e.id::text AS id, e.score AS score
      FROM evaluations e JOIN runs r ON r.id = e."runId"
     WHERE ${leaderboardWhere(filter)} ${cursorCondition}
     ORDER BY ${order}
     LIMIT ${Prisma.raw(String(limit))}`;
  const page = rows.slice(0, size);
  return { entries: forward ? page : page.reverse(), hasMore: rows.length > size };
}

export async function leaderboardCount(deps: Deps, filter: LeaderboardFilter | null | undefined): Promise<number> {
  const [row] = await deps.prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM evaluations e JOIN runs r ON r.id = e."runId" WHERE ${leaderboardWhere(filter)}`;
  return Number(row?.count ?? 0);
}

/** Whether an evaluation is on the leaderboard with this filter (live updates are filtered by it). */
export async function onLeaderboard(deps: Deps, filter: LeaderboardFilter | null | undefined, evaluationId: string) {
  const rows = await deps.prisma.$queryRaw<unknown[]>`
    SELECT 1 FROM evaluations e JOIN runs r ON r.id = e."runId"
     WHERE e.id = ${evaluationId}::uuid AND ${leaderboardWhere(filter)}`;
  return rows.length > 0;
}
