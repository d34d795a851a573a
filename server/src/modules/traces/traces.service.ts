// Traces: validation (the reference's ReasoningTrace rules), single and bulk creation, filters.
import type { Deps } from '../../deps.ts';
import { DomainError, invalidInput, notFound, publicId } from '../../errors.ts';
import type { Prisma, Trace } from '../../generated/prisma/client.ts';
import { uuidv7 } from '../common/ids.ts';
import { codePoints, utf8Bytes } from '../common/text.ts';
import { checkFilter, InputChecker } from '../common/validation.ts';
import { scoreBaseline } from './scoring.ts';

export const MAX_TRACES_PER_BATCH = 1_000;

export interface TraceStepInput {
  i: number;
  type: string;
  content: string;
}

export interface TraceInput {
  traceVersion?: string | null;
  prompt: string;
  finalAnswer: string;
  steps: TraceStepInput[];
  meta?: unknown;
  tags?: string[] | null;
}

export interface TraceFilter {
  source?: string | null;
  traceVersion?: string | null;
  /** Traces carrying every one of these tags. */
  tags?: string[] | null;
  /** JSON containment on `meta`, e.g. { "game": "high_card_duel" }. */
  metaContains?: unknown;
  /** Case-insensitive substring of the prompt or final answer. */
  search?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/** Checks one trace; problems are reported under `path` (e.g. `traces.3`). */
export function checkTrace(check: InputChecker, trace: TraceInput, path = ''): void {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  check.text(at('traceVersion'), trace.traceVersion ?? '1.0', { max: 64 });
  check.text(at('prompt'), trace.prompt, { max: 50_000 });
  check.text(at('finalAnswer'), trace.finalAnswer, { max: 50_000 });
  check.count(at('steps'), trace.steps, { min: 1, max: 1_000 });
  const seen = new Set<number>();
  trace.steps.forEach((step, index) => {
    check.number(at(`steps.${index}.i`), step.i, { min: 0, integer: true });
    check.text(at(`steps.${index}.type`), step.type, { max: 64 });
    check.text(at(`steps.${index}.content`), step.content, { max: 20_000 });
    if (seen.has(step.i)) check.fail(at(`steps.${index}.i`), `step index ${step.i} is used twice: step indices must be unique`);
    seen.add(step.i);
  });
  if (trace.meta != null && (typeof trace.meta !== 'object' || Array.isArray(trace.meta))) {
    check.fail(at('meta'), 'must be a JSON object');
  }
  for (const [index, tag] of (trace.tags ?? []).entries()) check.text(at(`tags.${index}`), tag, { max: 64 });
  if (trace.tags && trace.tags.length > 50) check.fail(at('tags'), 'must have at most 50 tags');
}

/** The stored row of a checked trace (meta.source copied to `source`, tags de-duplicated, sizes counted). */
export function toRow(trace: TraceInput, id = uuidv7()): Prisma.TraceCreateManyInput {
  const meta = (trace.meta ?? null) as Record<string, unknown> | null;
  const source = typeof meta?.source === 'string' ? meta.source.slice(0, 256) : null;
  const steps = trace.steps.map(({ i, type, content }) => ({ i, type, content }));
  return {
    id,
    traceVersion: trace.traceVersion ?? '1.0',
    prompt: trace.prompt,
    finalAnswer: trace.finalAnswer,
    steps,
    stepCount: steps.length,
    totalChars: codePoints(trace.prompt) + codePoints(trace.finalAnswer) + steps.reduce((n, s) => n + codePoints(s.content), 0),
    meta: meta === null ? undefined : (meta as Prisma.InputJsonValue),
    source,
    tags: [...new Set(trace.tags ?? [])],
  };
}

/** TRACE_MAX_BYTES, measured on the trace's JSON (an import measures the line it came on). */
export function checkSize(
  deps: Deps,
  trace: TraceInput | undefined,
  path: string,
  bytes = utf8Bytes(JSON.stringify(trace)),
): void {
  if (bytes > deps.config.traceMaxBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `${path || 'trace'} is ${bytes} bytes; the limit is ${deps.config.traceMaxBytes} (TRACE_MAX_BYTES)`,
      { path, bytes, limit: deps.config.traceMaxBytes },
    );
  }
}

export async function createTrace(deps: Deps, input: TraceInput): Promise<Trace> {
  const check = new InputChecker();
  checkTrace(check, input);
  check.done();
  checkSize(deps, input, '');
  return deps.prisma.trace.create({ data: toRow(input) as Prisma.TraceCreateInput });
}

/**
 * Creates up to MAX_TRACES_PER_BATCH traces in one INSERT. All or nothing: one bad trace rejects
 * the batch, and the error lists every problem with its index. Returns ids in input order.
 */
export async function createTraces(deps: Deps, inputs: TraceInput[]): Promise<string[]> {
  const check = new InputChecker();
  check.count('traces', inputs, { min: 1, max: MAX_TRACES_PER_BATCH });
  check.done();
  for (const [index, trace] of inputs.entries()) checkTrace(check, trace, `traces.${index}`);
  check.done();
  for (const [index, trace] of inputs.entries()) checkSize(deps, trace, `traces.${index}`);
  // Ids are made here, not by the database, so that the answer keeps the input order.
  const now = Date.now();
  const rows = inputs.map((trace, index) => toRow(trace, uuidv7(now + index)));
  await insertTraceRows(deps, rows);
  return rows.map((row) => row.id as string);
}

/**
 * One INSERT for the whole batch, its rows sent as a single JSON parameter: building a
 * 1,000-row createMany costs the Prisma client far more CPU than PostgreSQL spends storing it.
 */
async function insertTraceRows(deps: Deps, rows: Prisma.TraceCreateManyInput[]): Promise<void> {
  await deps.prisma.$executeRaw`
    INSERT INTO traces (id, "traceVersion", prompt, "finalAnswer", steps, "stepCount", "totalChars", meta, source, tags)
    SELECT id, "traceVersion", prompt, "finalAnswer", steps, "stepCount", "totalChars", meta, source, tags
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS row(
        id uuid, "traceVersion" varchar(64), prompt text, "finalAnswer" text, steps jsonb,
        "stepCount" int, "totalChars" int, meta jsonb, source varchar(256), tags text[])`;
}

export function traceWhere(filter: TraceFilter | null | undefined): Prisma.TraceWhereInput {
  if (!filter) return {};
  checkFilter(filter);
  const where: Prisma.TraceWhereInput[] = [];
  if (filter.source != null) where.push({ source: filter.source });
  if (filter.traceVersion != null) where.push({ traceVersion: filter.traceVersion });
  if (filter.tags?.length) where.push({ tags: { hasEvery: filter.tags } });
  if (filter.metaContains != null) {
    if (typeof filter.metaContains !== 'object' || Array.isArray(filter.metaContains)) {
      throw invalidInput([{ path: 'filter.metaContains', message: 'must be a JSON object, e.g. {"source": "ungar"}' }]);
    }
    // Top-level keys compare by equality, as the reference's dataset filters did.
    for (const [key, value] of Object.entries(filter.metaContains as Record<string, unknown>)) {
      where.push({ meta: { path: [key], equals: value as Prisma.InputJsonValue } });
    }
  }
  if (filter.search) {
    where.push({
      OR: [
        { prompt: { contains: filter.search, mode: 'insensitive' } },
        { finalAnswer: { contains: filter.search, mode: 'insensitive' } },
      ],
    });
  }
  if (filter.createdAfter) where.push({ createdAt: { gte: filter.createdAfter } });
  if (filter.createdBefore) where.push({ createdAt: { lt: filter.createdBefore } });
  return where.length ? { AND: where } : {};
}

export async function getTrace(deps: Deps, id: string): Promise<Trace> {
  const trace = await deps.prisma.trace.findUnique({ where: { id } });
  if (!trace) throw notFound('Trace', id);
  return trace;
}

/** Scores traces under a criteria and stores the scores. Only `baseline` exists today. */
export async function scoreTraces(deps: Deps, traceIds: string[], criteria = 'baseline') {
  const check = new InputChecker();
  check.count('traceIds', traceIds, { min: 1, max: MAX_TRACES_PER_BATCH });
  if (criteria !== 'baseline') check.fail('criteria', `unknown criteria "${criteria}"; supported: baseline`);
  check.done();
  const traces = await deps.prisma.trace.findMany({ where: { id: { in: traceIds } }, select: { id: true, steps: true } });
  const found = new Set(traces.map((t) => t.id));
  const missing = traceIds.filter((id) => !found.has(id));
  if (missing.length) {
    const ids = missing.map((id) => publicId('Trace', id));
    throw new DomainError('NOT_FOUND', `Trace ${ids[0]} not found`, { ids });
  }
  const rows = traces.map((trace) => {
    const { score, details } = scoreBaseline(trace.steps as unknown as TraceStepInput[]);
    return { id: uuidv7(), traceId: trace.id, criteria, score, details: details as unknown as Prisma.InputJsonValue };
  });
  return deps.prisma.traceScore.createManyAndReturn({ data: rows });
}
