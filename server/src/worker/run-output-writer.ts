// Everything a running run produces: log lines, metric points and files. One writer stores them in
// batches (flushed by size or after a short delay, larger when a backlog built up), strictly in
// order, and after each batch tells subscribers how far the stored output now goes.
//
// Nothing read from the trainer is dropped because the database is away: a batch that fails for a
// reason that can pass (connection lost, timeout) stays at the head of the buffer and is written
// again with growing waits, while the backlog pauses the trainer (waitForRoom). From the first
// failed attempt on, every unstored line is also appended to a spool file
// (DATA_DIR/spool/<runId>.<attempt>.ndjson), so a worker that is stopped or killed meanwhile loses
// nothing either: the next worker on this DATA_DIR stores the spool (replaySpools) before the run
// is recovered. Once everything is stored, the spool is deleted and a marker line says what happened.
import { appendFileSync, closeSync, fdatasyncSync, mkdirSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isTransientDatabaseError, retryDelay } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import type { LogStream } from '../generated/prisma/enums.ts';
import type { Logger } from '../logger.ts';
import { sha256File } from '../modules/common/files.ts';

/** Longer lines are split over several chunks, never cut: the text is kept whole. */
export const MAX_CHUNK_CHARS = 8_192;
const FLUSH_LINES = 200;
const FLUSH_DELAY_MS = 100;
/** Rows per INSERT when a backlog built up (well under PostgreSQL's 65,535 bind parameters). */
const MAX_BATCH = 1_000;
export const HIGH_WATER = 10_000;
export const MARKER = '[tunix-rt]';

export interface MetricInput {
  name: string;
  step: number;
  value: number;
  epoch?: number;
}

interface PendingChunk {
  seq: number;
  stream: LogStream;
  text: string;
}

export interface RunOutputOptions {
  /** Called after each stored batch that carried metric points (early stopping). */
  onMetrics?: (points: MetricInput[]) => Promise<void>;
  /** Folder for spool files; without it, unstored lines are kept in memory only. */
  spoolDir?: string;
  attempt?: number;
  /** The run's logger (its lines carry the run id). */
  logger?: Logger;
}

/** A stretch of failed writes: since when, how many attempts, the first seq it held back. */
interface Outage {
  since: number;
  attempts: number;
  firstSeq: number;
}

const metricKey = (m: MetricInput) => `${m.name}\u0000${m.step}`;

/** The output was abandoned (worker shutting down) before the database took it: it is in the spool. */
export class OutputNotStored extends Error {
  constructor(lines: number, where: string) {
    super(`storage unavailable; ${lines} lines kept in ${where}`);
    this.name = 'OutputNotStored';
  }
}

export class RunOutput {
  private seq: number;
  /** Not yet stored, in seq order; a batch leaves the buffer only once it is committed. */
  private chunks: PendingChunk[] = [];
  private metrics = new Map<string, MetricInput>();
  private partial: Record<LogStream, string> = { STDOUT: '', STDERR: '' };
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private roomWaiters: (() => void)[] = [];
  private failure: unknown;
  private outage: Outage | undefined;
  private abandoned = false;
  private wakeRetry: () => void = () => {};
  private spool: { file: string; seq: number; metrics: WeakSet<MetricInput> } | undefined;
  readonly lastMetrics = new Map<string, MetricInput>();

  constructor(
    private readonly deps: Deps,
    readonly runId: string,
    lastSeq: number,
    private readonly options: RunOutputOptions = {},
  ) {
    this.seq = lastSeq;
  }

  /** Appends text; complete lines become chunks at once, a trailing partial line waits for its end. */
  write(stream: LogStream, text: string): void {
    const lines = (this.partial[stream] + text).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.pushLine(stream, `${line}\n`);
    this.schedule();
  }

  /** A whole line (the newline is added). */
  log(line: string, stream: LogStream = 'STDOUT'): void {
    this.write(stream, `${line}\n`);
  }

  private pushLine(stream: LogStream, raw: string): void {
    // PostgreSQL text cannot hold NUL: it would make the whole batch fail, so it is shown as U+FFFD.
    const line = raw.includes('\u0000') ? raw.replaceAll('\u0000', '\uFFFD') : raw;
    for (let start = 0; start < line.length; start += MAX_CHUNK_CHARS) {
      this.seq += 1;
      this.chunks.push({ seq: this.seq, stream, text: line.slice(start, start + MAX_CHUNK_CHARS) });
    }
  }

  metric(points: MetricInput[]): void {
    for (const point of points) {
      if (!Number.isFinite(point.value) || !Number.isInteger(point.step)) continue;
      this.metrics.set(metricKey(point), point);
      this.lastMetrics.set(point.name, point);
    }
    this.schedule();
  }

  private schedule(): void {
    // While the database is away, what was just read goes to the spool before anything else.
    if (this.outage) this.spoolPending(false);
    if (this.chunks.length >= FLUSH_LINES) {
      void this.flush();
      return;
    }
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** Lines waiting to be stored: a producer should pause above HIGH_WATER (see waitForRoom). */
  get backlog(): number {
    return this.chunks.length;
  }

  /** Since when writes have been failing (ms since the epoch), or undefined while they succeed. */
  get failingSince(): number | undefined {
    return this.outage?.since;
  }

  /** Resolves once the backlog is below HIGH_WATER / 2, so a fast trainer cannot outrun storage. */
  waitForRoom(): Promise<void> {
    if (this.backlog < HIGH_WATER / 2) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /** Stores everything buffered so far. Resolves when it is stored (batches go in order). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing ??= this.drain().finally(() => {
      this.writing = undefined;
    });
    return this.writing;
  }

  /**
   * Stops retrying (the worker is shutting down): what is not stored stays in the spool, for the
   * next worker on this DATA_DIR. A write that can still succeed is tried once more.
   */
  abandon(): void {
    this.abandoned = true;
    this.wakeRetry();
  }

  /** The single writer: stores batches from the head of the buffer until it is empty. */
  private async drain(): Promise<void> {
    while (this.chunks.length > 0 || this.metrics.size > 0) {
      const chunks = this.chunks.slice(0, MAX_BATCH);
      const metrics = [...this.metrics.values()];
      try {
        await this.store(chunks, metrics);
      } catch (error) {
        if (!isTransientDatabaseError(error)) {
          // Bad data: retrying cannot help. The run fails with this error; the rest goes on.
          this.failure ??= error;
          this.forget(chunks, metrics);
          continue;
        }
        this.outage ??= { since: Date.now(), attempts: 0, firstSeq: chunks[0]?.seq ?? this.seq + 1 };
        this.outage.attempts += 1;
        this.spoolPending(true);
        if (this.abandoned) return;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, retryDelay(this.outage?.attempts ?? 1));
          this.wakeRetry = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        continue;
      }
      this.forget(chunks, metrics);
      if (this.outage && this.chunks.length === 0 && this.metrics.size === 0) this.endOutage();
      if (this.backlog < HIGH_WATER / 2) for (const resolve of this.roomWaiters.splice(0)) resolve();
      // PGlite answers without leaving the event loop: yield so the server keeps serving meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Takes a stored (or unstorable) batch off the buffer; a metric updated meanwhile stays. */
  private forget(chunks: PendingChunk[], metrics: MetricInput[]): void {
    this.chunks.splice(0, chunks.length);
    for (const point of metrics) if (this.metrics.get(metricKey(point)) === point) this.metrics.delete(metricKey(point));
  }

  /** Everything held back is stored: say so in the run's log, and drop the spool. */
  private endOutage(): void {
    const outage = this.outage;
    if (!outage) return;
    this.outage = undefined;
    const seconds = Math.round((Date.now() - outage.since) / 1000);
    const lines = this.seq - outage.firstSeq + 1;
    const marker = `${MARKER} storage unavailable for ${seconds} s: ${lines} lines kept, stored after ${outage.attempts + 1} attempts`;
    this.pushLine('STDERR', `${marker}\n`);
    this.options.logger?.warn(marker);
    if (this.spool) {
      const { file } = this.spool;
      this.spool = undefined;
      void unlink(file).catch(() => {});
    }
  }

  /**
   * Appends every line and point not yet in the spool file, synchronously, so that it is there
   * before anything else happens (a crash of this process cannot lose it). `sync` also flushes it
   * to the disk (once per failed attempt, not per line: that would stall the event loop).
   */
  private spoolPending(sync: boolean): void {
    const dir = this.options.spoolDir;
    if (!dir) return;
    try {
      if (!this.spool) {
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `${this.runId}.${this.options.attempt ?? 0}.ndjson`);
        this.spool = { file, seq: 0, metrics: new WeakSet() };
      }
      const spool = this.spool;
      const entries: string[] = [];
      for (const chunk of this.chunks) if (chunk.seq > spool.seq) entries.push(`${JSON.stringify(chunk)}\n`);
      const points = [...this.metrics.values()].filter((point) => !spool.metrics.has(point));
      for (const point of points) entries.push(`${JSON.stringify({ metric: point })}\n`);
      if (entries.length === 0 && !sync) return;
      const fd = openSync(spool.file, 'a');
      try {
        if (entries.length) appendFileSync(fd, entries.join(''));
        if (sync) fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
      spool.seq = this.chunks.at(-1)?.seq ?? spool.seq;
      for (const point of points) spool.metrics.add(point);
    } catch (error) {
      // A full or read-only disk: the lines are still held in memory and retried.
      this.options.logger?.error({ err: error }, 'could not write the spool');
    }
  }

  private async store(chunks: PendingChunk[], metrics: MetricInput[]): Promise<void> {
    const storedAt = new Date();
    await storeOutput(this.deps, this.runId, chunks, metrics, 'set', storedAt);
    publishStored(this.deps, this.runId, chunks, metrics, storedAt);
    if (metrics.length) {
      // Stored already: a failing early-stopping check must not make the batch be written again.
      await this.options.onMetrics?.(metrics).catch((error: unknown) => {
        this.options.logger?.warn({ err: error }, 'early-stopping check failed');
      });
    }
  }

  /**
   * Flushes everything, including a last line without a newline. Throws if a write failed for
   * good, or if the output was abandoned before it was stored (it is in the spool then).
   */
  async close(): Promise<void> {
    for (const stream of ['STDOUT', 'STDERR'] as const) {
      if (this.partial[stream]) this.pushLine(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
    await this.flush();
    if (this.failure) throw this.failure;
    if (this.chunks.length || this.metrics.size) {
      throw new OutputNotStored(this.chunks.length, this.spool?.file ?? 'memory');
    }
  }

  summary(): Record<string, number> {
    return Object.fromEntries([...this.lastMetrics.values()].map((m) => [m.name, m.value]));
  }
}

/** Above this much text a batch's event says only how far the log goes; subscribers read the rest. */
const EVENT_MAX_CHARS = 256 * 1024;

/**
 * Tells subscribers what was just committed, with the rows themselves (as they were stored, with
 * the same `createdAt`), so that a live subscriber needs no database read.
 */
function publishStored(deps: Deps, runId: string, chunks: PendingChunk[], metrics: MetricInput[], storedAt: Date): void {
  const createdAt = storedAt.toISOString();
  const lastSeq = chunks.at(-1)?.seq;
  if (lastSeq !== undefined) {
    let chars = 0;
    for (const chunk of chunks) chars += chunk.text.length;
    deps.pubsub.publish('runLogAppended', runId, {
      runId,
      lastSeq,
      chunks: chars <= EVENT_MAX_CHARS ? chunks.map((chunk) => ({ runId, ...chunk, createdAt })) : undefined,
    });
  }
  if (metrics.length) {
    const points = metrics
      .map((m) => ({ runId, name: m.name, step: m.step, value: m.value, epoch: m.epoch ?? null, recordedAt: createdAt }))
      .sort((a, b) => a.step - b.step || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    deps.pubsub.publish('runMetricRecorded', runId, { runId, lastStep: points.at(-1)?.step ?? 0, points });
  }
}

/**
 * Writes log chunks and metric points in one transaction. A chunk already stored (same seq) is
 * kept as it is, so writing a batch twice is harmless. `lastLogSeq` is set ('set', the live writer)
 * or only raised ('raise', a spool stored later).
 */
async function storeOutput(
  deps: Deps,
  runId: string,
  chunks: PendingChunk[],
  metrics: MetricInput[],
  lastSeqMode: 'set' | 'raise',
  storedAt = new Date(),
): Promise<number> {
  const { prisma } = deps;
  const lastSeq = chunks.at(-1)?.seq ?? 0;
  const results = await prisma.$transaction([
    ...(chunks.length
      ? [
          // Rows as one JSON parameter: far cheaper for the Prisma client than a createMany.
          prisma.$executeRaw`
            INSERT INTO run_log_chunks ("runId", seq, stream, text, "createdAt")
            SELECT ${runId}::uuid, seq, stream::"LogStream", text, ${storedAt}::timestamptz
              FROM jsonb_to_recordset(${JSON.stringify(chunks)}::jsonb) AS chunk(seq int, stream text, text text)
            ON CONFLICT DO NOTHING`,
          lastSeqMode === 'set'
            ? prisma.$executeRaw`UPDATE runs SET "lastLogSeq" = ${lastSeq}, "updatedAt" = now() WHERE id = ${runId}::uuid`
            : prisma.$executeRaw`UPDATE runs SET "lastLogSeq" = GREATEST("lastLogSeq", ${lastSeq}), "updatedAt" = now()
                                  WHERE id = ${runId}::uuid`,
        ]
      : []),
    ...(metrics.length
      ? [
          prisma.runMetricPoint.createMany({
            data: metrics.map((m) => ({
              runId,
              name: m.name,
              step: m.step,
              value: m.value,
              epoch: m.epoch ?? null,
              recordedAt: storedAt,
            })),
            skipDuplicates: true,
          }),
        ]
      : []),
  ]);
  const inserted = chunks.length ? (results[0] as number) : 0;
  deps.metrics.logLinesStored.inc(inserted);
  return inserted;
}

/**
 * Stores the spool files left by a worker that stopped or died before the database came back,
 * then deletes them. Skips runs still held by a live lease (their worker is writing them) and
 * those `isActive` names (this process's own runs). A line whose seq is already taken by other
 * text (the run was started again elsewhere) is kept in `<file>.unreplayed` for the operator.
 */
export async function replaySpools(
  deps: Deps,
  spoolDir: string,
  isActive: (runId: string) => boolean,
  logger: Logger = deps.logger,
): Promise<number> {
  const files = (await readdir(spoolDir).catch(() => [] as string[])).filter((name) => name.endsWith('.ndjson')).sort();
  let stored = 0;
  for (const name of files) {
    const runId = name.split('.')[0] ?? '';
    if (isActive(runId)) continue;
    const file = path.join(spoolDir, name);
    const run = await deps.prisma.run.findUnique({
      where: { id: runId },
      select: { status: true, leaseExpiresAt: true },
    });
    if (run && ['RUNNING', 'CANCELLING'].includes(run.status) && run.leaseExpiresAt && run.leaseExpiresAt > new Date()) {
      continue;
    }
    const chunks: PendingChunk[] = [];
    const metrics: MetricInput[] = [];
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      try {
        const entry = JSON.parse(line) as PendingChunk | { metric: MetricInput };
        if ('metric' in entry) metrics.push(entry.metric);
        else chunks.push(entry);
      } catch {
        // Empty, or the last line cut short by a crash while it was being appended.
      }
    }
    if (!run) {
      await unlink(file);
      continue;
    }
    let inserted = 0;
    for (let start = 0; start < chunks.length; start += MAX_BATCH) {
      inserted += await storeOutput(deps, runId, chunks.slice(start, start + MAX_BATCH), [], 'raise');
    }
    if (metrics.length) await storeOutput(deps, runId, [], metrics, 'raise');
    if (inserted < chunks.length) {
      const already = await deps.prisma.runLogChunk.findMany({
        where: { runId, seq: { in: chunks.map((c) => c.seq) } },
        select: { seq: true, text: true },
      });
      const textOf = new Map(already.map((c) => [c.seq, c.text]));
      const others = chunks.filter((c) => textOf.get(c.seq) !== c.text);
      if (others.length) {
        await writeFile(`${file}.unreplayed`, others.map((c) => `${JSON.stringify(c)}\n`).join(''));
        logger.warn({ runId }, `${others.length} spooled lines clash with lines stored since; kept in ${file}.unreplayed`);
      }
    }
    const lastSeq = chunks.at(-1)?.seq;
    if (lastSeq !== undefined) deps.pubsub.publish('runLogAppended', runId, { runId, lastSeq });
    await unlink(file);
    logger.info({ runId }, `${MARKER} ${inserted} lines from the spool ${name} stored`);
    stored += inserted;
  }
  return stored;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/**
 * Records every file in a run's output folder as a RunArtifact with its sha256 and size, kept in
 * the artifact storage under `runs/<runId>/<attempt>/<name>` (a key no later attempt reuses, so
 * an object is never replaced). When the storage copied them (S3), the local folder is removed.
 */
export async function registerArtifacts(deps: Deps, runId: string, attempt: number, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const files = await listFiles(dir);
  const rows = [];
  // One at a time: an upload streams its file, so memory stays flat whatever the run left.
  for (const name of files) {
    const file = path.join(dir, name);
    const sha256 = await sha256File(file);
    const sizeBytes = (await stat(file)).size;
    const storageUri = await deps.storage.keep(file, `runs/${runId}/${attempt}/${name}`, { sha256, sizeBytes });
    rows.push({ runId, name, storageUri, sha256, sizeBytes: BigInt(sizeBytes) });
  }
  if (rows.length) await deps.prisma.runArtifact.createMany({ data: rows, skipDuplicates: true });
  if (deps.storage.copiesFiles) await rm(dir, { recursive: true, force: true });
  return rows.length;
}
