// Everything a running run produces: log lines, metric points and files. One writer stores them in
// batches (flushed by size or after a short delay, larger when a backlog built up), strictly in
// order, and after each batch tells subscribers how far the stored output now goes.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deps } from '../deps.ts';
import type { LogStream } from '../generated/prisma/enums.ts';

/** Longer lines are split over several chunks, never cut: the text is kept whole. */
export const MAX_CHUNK_CHARS = 8_192;
const FLUSH_LINES = 200;
const FLUSH_DELAY_MS = 100;
/** Rows per INSERT when a backlog built up (well under PostgreSQL's 65,535 bind parameters). */
const MAX_BATCH = 1_000;
export const HIGH_WATER = 10_000;

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

export class RunOutput {
  private seq: number;
  private chunks: PendingChunk[] = [];
  private metrics = new Map<string, MetricInput>();
  private partial: Record<LogStream, string> = { STDOUT: '', STDERR: '' };
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private inFlight = 0;
  private roomWaiters: (() => void)[] = [];
  private failure: unknown;
  readonly lastMetrics = new Map<string, MetricInput>();

  constructor(
    private readonly deps: Deps,
    readonly runId: string,
    lastSeq: number,
    private readonly onMetrics?: (points: MetricInput[]) => Promise<void>,
  ) {
    this.seq = lastSeq;
  }

  /** Appends text; complete lines become chunks at once, a trailing partial line waits for its end. */
  write(stream: LogStream, text: string): void {
    const lines = (this.partial[stream] + text).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.pushLine(stream, `${line}\n`);
  }

  /** A whole line (the newline is added). */
  log(line: string, stream: LogStream = 'STDOUT'): void {
    this.write(stream, `${line}\n`);
  }

  private pushLine(stream: LogStream, line: string): void {
    for (let start = 0; start < line.length; start += MAX_CHUNK_CHARS) {
      this.seq += 1;
      this.chunks.push({ seq: this.seq, stream, text: line.slice(start, start + MAX_CHUNK_CHARS) });
    }
    this.schedule();
  }

  metric(points: MetricInput[]): void {
    for (const point of points) {
      if (!Number.isFinite(point.value) || !Number.isInteger(point.step)) continue;
      this.metrics.set(`${point.name}\u0000${point.step}`, point);
      this.lastMetrics.set(point.name, point);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.chunks.length >= FLUSH_LINES) {
      void this.flush();
      return;
    }
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** Lines waiting to be stored: a producer should pause above HIGH_WATER (see waitForRoom). */
  get backlog(): number {
    return this.chunks.length + this.inFlight;
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

  /** The single writer: takes batches off the buffer until it is empty. */
  private async drain(): Promise<void> {
    while (this.chunks.length > 0 || this.metrics.size > 0) {
      const chunks = this.chunks.splice(0, MAX_BATCH);
      const metrics = [...this.metrics.values()];
      this.metrics.clear();
      this.inFlight = chunks.length;
      try {
        await this.store(chunks, metrics);
      } catch (error) {
        this.failure ??= error;
      }
      this.inFlight = 0;
      if (this.backlog < HIGH_WATER / 2) for (const resolve of this.roomWaiters.splice(0)) resolve();
      // PGlite answers without leaving the event loop: yield so the server keeps serving meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async store(chunks: PendingChunk[], metrics: MetricInput[]): Promise<void> {
    const { prisma, pubsub } = this.deps;
    const lastSeq = chunks.at(-1)?.seq;
    await prisma.$transaction([
      ...(chunks.length
        ? [
            // Rows as one JSON parameter: far cheaper for the Prisma client than a createMany.
            prisma.$executeRaw`
              INSERT INTO run_log_chunks ("runId", seq, stream, text)
              SELECT ${this.runId}::uuid, seq, stream::"LogStream", text
                FROM jsonb_to_recordset(${JSON.stringify(chunks)}::jsonb) AS chunk(seq int, stream text, text text)
              ON CONFLICT DO NOTHING`,
            prisma.run.update({ where: { id: this.runId }, data: { lastLogSeq: lastSeq } }),
          ]
        : []),
      ...(metrics.length
        ? [
            prisma.runMetricPoint.createMany({
              data: metrics.map((m) => ({
                runId: this.runId,
                name: m.name,
                step: m.step,
                value: m.value,
                epoch: m.epoch ?? null,
              })),
              skipDuplicates: true,
            }),
          ]
        : []),
    ]);
    if (lastSeq !== undefined) pubsub.publish('runLogAppended', this.runId, { runId: this.runId, lastSeq });
    if (metrics.length) {
      const lastStep = Math.max(...metrics.map((m) => m.step));
      pubsub.publish('runMetricRecorded', this.runId, { runId: this.runId, lastStep });
      await this.onMetrics?.(metrics);
    }
  }

  /** Flushes everything, including a last line without a newline. Throws if any write failed. */
  async close(): Promise<void> {
    for (const stream of ['STDOUT', 'STDERR'] as const) {
      if (this.partial[stream]) this.pushLine(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
    await this.flush();
    if (this.failure) throw this.failure;
  }

  summary(): Record<string, number> {
    return Object.fromEntries([...this.lastMetrics.values()].map((m) => [m.name, m.value]));
  }
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (data) => hash.update(data))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
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

/** Records every file in a run's output folder as a RunArtifact with its sha256 and size. */
export async function registerArtifacts(deps: Deps, runId: string, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const files = await listFiles(dir);
  const rows = await Promise.all(
    files.map(async (name) => {
      const file = path.join(dir, name);
      return {
        runId,
        name,
        storageUri: pathToFileURL(file).href,
        sha256: await sha256File(file),
        sizeBytes: BigInt((await stat(file)).size),
      };
    }),
  );
  if (rows.length) await deps.prisma.runArtifact.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}
