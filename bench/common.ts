// Shared by every bench script: options, a real server started in-process on a fresh database,
// GraphQL over HTTP (fetch) and WebSocket (graphql-ws), statistics and table printing.
//
// The scripts talk to the server over loopback HTTP/WebSocket only, exactly as a client would;
// nothing reaches into the server's internals except the optional SQL statement counter.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { openDeps, startApp, startConfiguredWorker } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import type { Deps } from '../server/src/deps.ts';
import { startHttpServer } from '../server/src/http/server.ts';
import { createScratchDatabase, type ScratchDatabase } from '../server/test/testkit/scratch-database.ts';
import { watchSubscription } from '../server/test/testkit/subscription.ts';

// ---------------------------------------------------------------------------------------------
// Options: each script declares its options once; `benchOptions` parses them with util.parseArgs
// (`--name=value` or `--name value`), falls back to BENCH_NAME in the environment
// (`--dataset-size=50` or `BENCH_DATASET_SIZE=50`), checks ranges, and answers `--help` from the
// same table, so a script's usage text can never drift from what it accepts.

export type BenchOption =
  | { kind: 'int'; default: number; min?: number; max?: number; help: string }
  | { kind: 'ints'; default: number[]; min?: number; max?: number; help: string }
  | { kind: 'flag'; help: string };

type OptionValue<O extends BenchOption> = O extends { kind: 'int' } ? number : O extends { kind: 'ints' } ? number[] : boolean;

/** The runBench watchdog; every script accepts `--timeout-seconds` through benchOptions. */
let watchdogSeconds = 300;
const watchdogOption = { kind: 'int', default: 300, max: 86_400, help: 'end a hung run after this many seconds' } as const;

export function benchOptions<const T extends Record<string, BenchOption>>(
  usage: string,
  scriptSpec: T,
  argv = process.argv.slice(2),
): { [K in keyof T]: OptionValue<T[K]> } {
  const spec: Record<string, BenchOption> = { ...scriptSpec, 'timeout-seconds': watchdogOption };
  const helpText = () => {
    const lines = Object.entries(spec).map(([name, option]) => {
      const label = option.kind === 'flag' ? `--${name}` : `--${name}=${option.kind === 'ints' ? 'N[,N…]' : 'N'}`;
      const fallback = option.kind === 'flag' ? '' : ` (default ${[option.default].flat().join(',')})`;
      return `  ${label.padEnd(26)} ${option.help}${fallback}`;
    });
    return `${usage}\n\nOptions (also BENCH_<NAME> in the environment):\n${lines.join('\n')}\n  ${'--help'.padEnd(26)} this text\n`;
  };
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n\n${helpText()}`);
    process.exit(2);
  };
  let parsed: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      Object.entries(spec).map(([name, option]) => [name, { type: option.kind === 'flag' ? 'boolean' : 'string' }] as const),
    );
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (parsed.help) {
    process.stdout.write(helpText());
    process.exit(0);
  }
  const result: Record<string, number | number[] | boolean> = {};
  for (const [name, option] of Object.entries(spec)) {
    const envValue = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`]?.trim() || undefined;
    const raw = parsed[name] ?? envValue;
    if (option.kind === 'flag') {
      result[name] = raw !== undefined && raw !== false && !['0', 'false', 'no', 'off'].includes(String(raw).toLowerCase());
      continue;
    }
    if (raw === undefined) {
      result[name] = option.default;
      continue;
    }
    const { min = 1, max = 10_000_000 } = option;
    const values = String(raw)
      .split(',')
      .map((part) => Number(part.trim()));
    if (
      values.some((value) => !Number.isInteger(value) || value < min || value > max) ||
      (option.kind === 'int' && values.length !== 1)
    ) {
      fail(
        `--${name}=${raw}: expected ${option.kind === 'ints' ? 'whole numbers, comma-separated,' : 'a whole number'} from ${min} to ${max}`,
      );
    }
    result[name] = option.kind === 'int' ? (values[0] as number) : values;
  }
  watchdogSeconds = result['timeout-seconds'] as number;
  return result as { [K in keyof T]: OptionValue<T[K]> };
}

// ---------------------------------------------------------------------------------------------
// Timing and statistics.

export const now = () => performance.now();
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Summary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Event-loop delay of this process (server and client share it) from now until `stop()`: how
 * long a timer, a socket read or an HTTP request had to wait at worst while the bench ran.
 */
export function watchEventLoop(): { stop(): { p50: number; p99: number; max: number } } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
    },
  };
}

/** A number for a table: thousands separated, `digits` decimals. */
export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const ms = (value: number) => (Number.isFinite(value) ? `${fmt(value, Math.abs(value) < 10 ? 2 : 1)} ms` : '-');
export const mb = (bytes: number) => bytes / 1_048_576;

export type Row = Record<string, string | number>;

/** Prints rows as an aligned text table; numbers are right-aligned. */
export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (row: Row, column: string) => {
    const value = row[column];
    return value === undefined ? '' : typeof value === 'number' ? fmt(value, Number.isInteger(value) ? 0 : 2) : value;
  };
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row, column).length)));
  // Right-align columns of numbers, also with a unit ("12.5 ms", "3.1x").
  const numeric = columns.map((column) => rows.every((row) => /^(-|-?[\d,.]+[ a-z/%×]*)$/i.test(cell(row, column) || '-')));
  const line = (cells: string[]) =>
    `| ${cells.map((text, i) => (numeric[i] ? text.padStart(widths[i] as number) : text.padEnd(widths[i] as number))).join(' | ')} |`;
  console.log(line(columns));
  console.log(
    `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : `-${'-'.repeat(width + 1)}`)).join('|')}|`,
  );
  for (const row of rows) console.log(line(columns.map((column) => cell(row, column))));
}

/** Rows of `key: value` pairs, for settings and checks. */
export function printPairs(title: string, pairs: Record<string, string | number | boolean>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(pairs).map((key) => key.length));
  for (const [key, value] of Object.entries(pairs)) {
    console.log(`  ${key.padEnd(width)}  ${typeof value === 'number' ? fmt(value, Number.isInteger(value) ? 0 : 2) : value}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The server under test.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function assertLoopback(name: string, url: string): void {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host) && !host.startsWith('127.')) {
    throw new Error(`${name} points at ${host}: the benchmarks only use loopback addresses (127.0.0.1, localhost, ::1)`);
  }
}

export interface DatabaseInfo {
  kind: 'pglite' | 'postgres';
  version: string;
}

/** A database made for this run on BENCH_DATABASE_URL's server, dropped afterwards. */
export function createBenchDatabase(base: string): Promise<ScratchDatabase> {
  assertLoopback('BENCH_DATABASE_URL', base);
  return createScratchDatabase(base, 'tunix_bench');
}

function pgliteVersion(): string {
  try {
    const require = createRequire(path.join(import.meta.dirname, '../server/package.json'));
    let dir = path.dirname(require.resolve('@electric-sql/pglite'));
    while (dir !== path.dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === '@electric-sql/pglite') return `PGlite ${pkg.version} (embedded, file-backed)`;
      } catch {}
      dir = path.dirname(dir);
    }
  } catch {}
  return 'PGlite (embedded, file-backed)';
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Timed<T> {
  result: GraphQLResult<T>;
  /** Wall time of the request, ms. */
  ms: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface BenchServer {
  url: string;
  wsUrl: string;
  database: DatabaseInfo;
  /** The PostgreSQL URL of the bench's database (for psql); undefined on PGlite. */
  databaseUrl?: string;
  /** Seconds from the call to the server listening (database open, migrations applied). */
  startSeconds: number;
  /** A POST of an already serialized body; for loops that should not pay for JSON.stringify. */
  post<T = Record<string, unknown>>(body: string): Promise<Timed<T>>;
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Timed<T>>;
  /** Data of a query; throws on any GraphQL error. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A graphql-ws client on the server (closed with the server). */
  wsClient(): Client;
  /** SQL statements sent since the last reset (only with `countQueries`). */
  queries: string[];
  /** Rows of a raw SQL statement on the server's database: for seeding more than the API would in time. */
  sql<T = Record<string, unknown>>(statement: string): Promise<T[]>;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  /** Server environment on top of the bench defaults (PORT=0, LOG_LEVEL=silent, temp DATA_DIR, worker off). */
  env?: Record<string, string>;
  /**
   * Record every SQL statement. startApp takes no query hook, so this wires the same parts
   * startApp does (openDeps with onQuery, the HTTP server, the worker) from their exports.
   */
  countQueries?: boolean;
}

export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  const started = now();
  const base = process.env.BENCH_DATABASE_URL?.trim();
  const redisUrl = process.env.BENCH_REDIS_URL?.trim();
  if (base) assertLoopback('BENCH_DATABASE_URL', base);
  if (redisUrl) assertLoopback('BENCH_REDIS_URL', redisUrl);
  const created = base ? await createBenchDatabase(base) : undefined;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tunix-bench-'));
  const cleanUp = async () => {
    await created?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WORKER_ENABLED: 'false',
    ...(created ? { DATABASE_URL: created.url } : {}),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...options.env,
  });

  const queries: string[] = [];
  let url: string;
  let closeApp: () => Promise<void>;
  let prisma: Deps['prisma'];
  try {
    if (options.countQueries) {
      const { db, deps } = await openDeps(config, { onQuery: (sql) => queries.push(sql) });
      const worker = config.workerEnabled ? await startConfiguredWorker(deps) : undefined;
      const http = await startHttpServer(deps, { healthCheck: async () => ({ database: db.kind }), db });
      url = http.url;
      prisma = deps.prisma;
      closeApp = async () => {
        await worker?.stop();
        await http.close();
        await deps.pubsub.close();
        await db.close();
      };
    } else {
      const app = await startApp(config);
      url = app.http.url;
      prisma = app.deps.prisma;
      closeApp = () => app.close();
    }
  } catch (error) {
    await cleanUp().catch(() => {});
    throw error;
  }
  const startSeconds = (now() - started) / 1000;

  const endpoint = `${url}/graphql`;
  assertLoopback('server URL', endpoint);
  const clients: Client[] = [];
  const post = async <T>(body: string): Promise<Timed<T>> => {
    const t0 = now();
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    const elapsed = now() - t0;
    let result: GraphQLResult<T>;
    try {
      result = JSON.parse(text) as GraphQLResult<T>;
    } catch {
      result = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
    }
    return { result, ms: elapsed, bytesSent: Buffer.byteLength(body), bytesReceived: Buffer.byteLength(text) };
  };
  const request = <T>(query: string, variables?: Record<string, unknown>) => post<T>(JSON.stringify({ query, variables }));
  return {
    url: endpoint,
    wsUrl: endpoint.replace(/^http/, 'ws'),
    database: created ? { kind: 'postgres', version: created.version } : { kind: 'pglite', version: pgliteVersion() },
    databaseUrl: created?.url,
    startSeconds,
    post,
    request,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      return expectData((await request<T>(query, variables)).result);
    },
    wsClient() {
      const client = createClient({
        url: endpoint.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    queries,
    sql: (statement) => prisma.$queryRawUnsafe(statement),
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await closeApp();
      await cleanUp();
    },
  };
}

/** The data of a result, or an Error carrying its GraphQL errors. */
export function expectData<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('GraphQL response without data');
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Subscriptions.

export interface Subscription<T> {
  /** Each payload with the `Date.now()` at which it arrived. */
  events: { at: number; data: T }[];
  readonly done: boolean;
  readonly error: unknown;
  /** Resolves once `predicate` holds (checked at every event) or the subscription ended; rejects after `timeoutMs`. */
  until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void>;
  unsubscribe(): void;
}

export function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
  onEvent?: (data: T, at: number) => void,
): Subscription<T> {
  const events: { at: number; data: T }[] = [];
  const watched = watchSubscription<T>(client, query, variables, (value) => {
    const at = Date.now();
    if (value.errors?.length) return new Error(`subscription error: ${JSON.stringify(value.errors)}`);
    if (value.data) {
      events.push({ at, data: value.data as T });
      onEvent?.(value.data as T, at);
    }
  });
  const error = () => {
    const failure = watched.error;
    return failure === undefined || failure instanceof Error
      ? failure
      : new Error(`subscription failed: ${JSON.stringify(failure)}`);
  };
  return {
    events,
    get done() {
      return watched.completed;
    },
    get error() {
      return error();
    },
    async until(predicate, timeoutMs, what) {
      const message = () => `timed out after ${timeoutMs / 1000} s waiting for ${what} (${events.length} events so far)`;
      await watched.until(predicate, timeoutMs, message, true).catch((reason: unknown) => {
        throw reason === watched.error ? error() : reason;
      });
    },
    unsubscribe: watched.unsubscribe,
  };
}

// ---------------------------------------------------------------------------------------------
// Test data and shared GraphQL documents.

const STEP_TYPES = ['parse', 'plan', 'compute', 'check', 'result'];

/** A reasoning trace of about 1 KB with `steps` steps (the default shape of every bench). */
export function benchTrace(n: number, source = 'bench', steps = 4) {
  const speed = 40 + (n % 60);
  const hours = 1 + (n % 9);
  return {
    prompt: `Question ${n}: a train leaves station ${n % 97} at ${n % 24}:00 and travels at ${speed} km/h. How far has it gone after ${hours} hours? Explain each step.`,
    steps: Array.from({ length: steps }, (_, i) => ({
      i,
      type: STEP_TYPES[i % STEP_TYPES.length] as string,
      content: `Step ${i + 1} for question ${n}: distance is speed times time, so we take ${speed} km/h and multiply by ${hours} h, keeping the units (km/h × h = km) and checking the arithmetic twice before moving on.`,
    })),
    finalAnswer: `${speed * hours} km`,
    meta: { source, n, difficulty: n % 3 === 0 ? 'easy' : 'medium' },
    tags: ['bench', `bucket-${n % 10}`],
  };
}

export const CREATE_TRACES = `mutation($input: CreateTracesInput!) { createTraces(input: $input) { createdCount } }`;

/** Creates `count` traces through createTraces in batches; returns seconds taken. */
export async function seedTraces(server: BenchServer, count: number, batch = 500, source = 'bench'): Promise<number> {
  const t0 = now();
  for (let start = 0; start < count; start += batch) {
    const traces = Array.from({ length: Math.min(batch, count - start) }, (_, i) => benchTrace(start + i, source));
    const data = await server.ok<{ createTraces: { createdCount: number } }>(CREATE_TRACES, { input: { traces } });
    if (data.createTraces.createdCount !== traces.length) throw new Error('createTraces created fewer traces than sent');
  }
  return (now() - t0) / 1000;
}

/** A small dataset built with buildDataset over `size` fresh traces; returns its global id. */
export async function seedDataset(server: BenchServer, size: number, name = 'bench'): Promise<string> {
  const source = `${name}-${randomBytes(3).toString('hex')}`;
  await seedTraces(server, size, 500, source);
  const data = await server.ok<{ buildDataset: { dataset: { id: string; traceCount: number } } }>(
    `mutation($input: BuildDatasetInput!) { buildDataset(input: $input) { dataset { id traceCount } } }`,
    { input: { name: source, version: 'v1', filter: { source }, limit: size } },
  );
  if (data.buildDataset.dataset.traceCount !== size)
    throw new Error(`buildDataset took ${data.buildDataset.dataset.traceCount} traces, not ${size}`);
  return data.buildDataset.dataset.id;
}

// ---------------------------------------------------------------------------------------------
// Running a bench script.

export function environment(server: BenchServer): Record<string, string> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    database: server.database.version,
    node: process.version,
    cores: `${os.availableParallelism()} (${cpus[0]?.model.trim() ?? 'unknown cpu'})`,
    memory: `${fmt(os.totalmem() / 2 ** 30, 1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    server: `in-process, ${server.url}; client in the same process`,
    'server start': `${fmt(server.startSeconds, 2)} s (database open + migrations)`,
  };
}

/**
 * Runs a bench: starts the server, runs `body`, prints the environment, closes everything and
 * exits (0, or 1 on an error). A watchdog (BENCH_TIMEOUT_SECONDS, default 300) ends a hung run.
 */
export async function runBench(title: string, serverOptions: BenchServerOptions, body: (server: BenchServer) => Promise<void>) {
  const limit = watchdogSeconds;
  const watchdog = setTimeout(() => {
    console.error(`\n${title}: still running after ${limit} s (BENCH_TIMEOUT_SECONDS); giving up.`);
    process.exit(2);
  }, limit * 1000);
  watchdog.unref();
  console.log(`# ${title}`);
  let server: BenchServer | undefined;
  let code = 0;
  try {
    server = await startBenchServer(serverOptions);
    printPairs('environment', environment(server));
    await body(server);
  } catch (error) {
    console.error(`\n${title} FAILED:`, error);
    code = 1;
  } finally {
    await server?.close().catch((error: unknown) => console.error('closing the server failed:', error));
    clearTimeout(watchdog);
  }
  // Open pools and timers of the server must not keep a finished bench alive.
  process.exit(code);
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight, in order of i. */
export async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next;
      next += 1;
      await task(i);
    }
  });
  await Promise.all(workers);
}
