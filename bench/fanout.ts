// Live fan-out: how fast one event reaches thousands of subscribers, against the ceiling of a bare
// `ws` server that sends one pre-serialised graphql-ws `next` message to every socket, measured
// in the same run with the same clients. Servers and clients run in their own processes (the
// clients split over --client-processes), so the figures include the kernel and the other cores'
// contention, as a real deployment would see them.
//
//   node --import tsx bench/fanout.ts --help
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import WebSocket, { WebSocketServer } from 'ws';
import { createBenchDatabase } from './common.ts';

const USAGE = `bench/fanout.ts: live fan-out against the bare-ws ceiling

  node --import tsx bench/fanout.ts [options]

  --subscribers=2000[,10000]   subscriber counts for runUpdated (one round per count)
  --client-processes=4         processes the client sockets are spread over
  --cases=ceiling,ws,sse,redis,logs,metrics,feed,tuning
                               what to measure (default: all): ceiling = bare ws; ws / sse = runUpdated
                               on one server; redis = runUpdated with subscribers on a second server;
                               logs (+ metrics) = runLogAppended (+ runMetricRecorded) while a trainer
                               prints; feed = runsChanged(filter) dashboards; tuning = tuningJobUpdated
  --log-subscribers=1000       runLogAppended / runMetricRecorded subscribers
  --lines-per-second=20000     how fast the log trainer prints
  --log-seconds=3              how long it prints
  --feed-subscribers=1000      runsChanged(filter) subscribers (dashboards)
  --tuning-subscribers=1000    tuningJobUpdated subscribers on one tuning job (started, then cancelled)
  --feed-runs=50               runs a second that change status in the feed case (for 2 s)
  --database-url=URL           PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres); a
                               fresh database is made and dropped
  --redis-url=URL              Redis for the two-server case (default redis://127.0.0.1:6379)
  --timeout-seconds=600        watchdog
  --profile-dir=DIR            also write the CPU profile of each runUpdated fan-out (the watching
                               server, from the first transition to the last) into DIR
  --help                       this text

Goals (issue 12) are printed next to each figure.`;

type Role = 'main' | 'server' | 'bare' | 'clients';
const role = (process.env.FANOUT_ROLE ?? 'main') as Role;

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
const wallNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// A tiny request/answer protocol over the fork IPC channel.

type Message = { id: number; cmd: string; [key: string]: unknown };

function serve(handlers: Record<string, (message: Message) => Promise<unknown> | unknown>) {
  process.on('message', async (message: Message) => {
    // Exits normally, so that --cpu-prof writes its profile.
    if (message.cmd === 'exit') process.exit(0);
    try {
      const handler = handlers[message.cmd];
      if (!handler) throw new Error(`unknown command ${message.cmd}`);
      process.send?.({ id: message.id, ok: true, value: await handler(message) });
    } catch (error) {
      process.send?.({ id: message.id, ok: false, error: String((error as Error)?.stack ?? error) });
    }
  });
  process.send?.({ id: 0, ok: true, value: 'ready' });
}

interface Child {
  process: ChildProcess;
  call<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  stop(): void;
}

async function spawnRole(childRole: Role, env: Record<string, string> = {}): Promise<Child> {
  const child = fork(import.meta.filename, [], {
    env: { ...process.env, ...env, FANOUT_ROLE: childRole },
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${childRole} process exited with ${code} before it was ready`)));
    child.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      if (message.id === 0) return resolve();
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(`${childRole}: ${message.error}`));
    });
  });
  await ready;
  return {
    process: child,
    call<T>(cmd: string, args: Record<string, unknown> = {}) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, cmd, ...args });
      });
    },
    stop() {
      if (child.exitCode !== null) return;
      child.send({ id: -1, cmd: 'exit' });
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    },
  };
}

const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed + usage.external + usage.arrayBuffers, rss: usage.rss };
};

// ---------------------------------------------------------------------------------------------
// Where a server's CPU time goes during a fan-out: a sampling profile, self time by part.

/** Parts of the server, by the script a sampled function is in (first match wins). */
const PARTS: [part: string, matches: (url: string, name: string) => boolean][] = [
  [
    'serialisation (JSON of results and frames)',
    (url, name) => name === 'stringifyMessage' || (/shared-execution.*/.test(url) && /text|serialised|Frame/i.test(name)),
  ],
  ['GraphQL execution (graphql-js, Pothos)', (url) => /\/graphql\/|@pothos|shared-execution/.test(url)],
  ['graphql-ws protocol', (url) => url.includes('/graphql-ws/')],
  [
    'ws frames and socket writes',
    (url, name) =>
      url.includes('/ws/lib/') ||
      /^node:(net|internal\/streams|internal\/stream_base)/.test(url) ||
      /^(writev|writeUtf8String|writeBuffer|writeLatin1String)$/.test(name),
  ],
  ['yoga, envelop, SSE streams', (url) => /graphql-yoga|@envelop|@whatwg-node|undici|node:internal\/webstreams/.test(url)],
  ['hubs and outboxes (live.ts, run-live.ts)', (url) => /modules\/(common\/live|runs\/run-live)|repeater/.test(url)],
  ['database and its client', (url) => /prisma|pglite|\/pg\/|\/pg-|wasm:/.test(url)],
  ['garbage collection', (_url, name) => name === '(garbage collector)'],
  [
    'promises and timers',
    (_url, name) =>
      name === 'runMicrotasks' || name === 'processTicksAndRejections' || name === 'listOnTimeout' || name === 'processImmediate',
  ],
];

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of self time per part (idle left out), from a V8 CPU profile. */
function cpuByPart(profile: CpuProfile): Record<string, number> {
  const partOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    // Idle, and the profiler's own work when it stops (`dispatch` of the inspector session).
    if (functionName === '(idle)' || (functionName === 'dispatch' && url === '')) continue;
    partOf.set(node.id, PARTS.find(([, matches]) => matches(url, functionName))?.[0] ?? 'other (node, tsx, app)');
  }
  const ms: Record<string, number> = {};
  profile.samples.forEach((id, i) => {
    const part = partOf.get(id);
    if (part) ms[part] = (ms[part] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Role: the tunix-rt server (startApp), driven over IPC.

async function runServer() {
  const { startApp } = await import('../server/src/app.ts');
  const { loadConfig } = await import('../server/src/config.ts');
  const { claimNextRun } = await import('../server/src/worker/worker.ts');
  const { transitionRun } = await import('../server/src/modules/runs/run-lifecycle.ts');
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const app = await startApp(loadConfig(process.env));
  const inspector = new Session();
  inspector.connect();
  serve({
    url: () => app.http.url,
    memory,
    async profileStart() {
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
      await inspector.post('Profiler.start');
    },
    async profileStop(message) {
      const { profile } = (await inspector.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      if (process.env.FANOUT_PROFILE_DIR) {
        await writeFile(
          path.join(process.env.FANOUT_PROFILE_DIR, `${message.name as string}.cpuprofile`),
          JSON.stringify(profile),
        );
      }
      return cpuByPart(profile);
    },
    async claim() {
      const t0 = performance.now();
      const run = await claimNextRun(app.deps, 'fanout-bench', 600);
      return { runId: run?.id, ms: performance.now() - t0 };
    },
    async transition(message) {
      const t0 = performance.now();
      await transitionRun(app.deps, message.runId as string, message.to as never, { reason: 'bench' });
      return { ms: performance.now() - t0 };
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Role: the ceiling, a bare ws server speaking just enough graphql-transport-ws.

async function runBare() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const subscribed = new Set<WebSocket>();
  wss.on('connection', (socket) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: string };
      if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
      else if (message.type === 'subscribe') {
        subscribed.add(socket);
        socket.send(nextMessage('PENDING'));
      }
    });
    socket.on('close', () => subscribed.delete(socket));
  });
  serve({
    url: () => `http://127.0.0.1:${(wss.address() as { port: number }).port}`,
    memory,
    broadcast(message) {
      const text = nextMessage(message.status as string);
      const t0 = performance.now();
      for (const socket of subscribed) socket.send(text);
      return { sendLoopMs: performance.now() - t0, sockets: subscribed.size };
    },
  });
}

/** What our runUpdated subscribers receive, in size and shape. */
const nextMessage = (status: string) =>
  JSON.stringify({
    id: '1',
    type: 'next',
    payload: {
      data: {
        runUpdated: {
          id: 'UnVuOjAxOWFkZWFkLWJlZWYtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA==',
          status,
          updatedAt: new Date().toISOString(),
          startedAt: null,
          finishedAt: null,
          error: null,
          stopReason: null,
        },
      },
    },
  });

// ---------------------------------------------------------------------------------------------
// Role: client sockets (graphql-transport-ws over raw ws, or SSE over fetch), with their receipts.

interface ClientState {
  /** Per socket, the statuses (runUpdated) in the order received. */
  sequences: string[][];
  /** Per status, the arrival times at each socket. */
  arrivals: Map<string, number[]>;
  opened: number;
  completed: number;
  errors: string[];
  /** runLogAppended / runMetricRecorded: per socket, rows received, order problems, last arrival. */
  rows: { count: number; next: number; problems: number; lastAt: number }[];
  feed: number[];
}

function runClients() {
  let state: ClientState = freshState();
  const sockets: { close(): void }[] = [];
  function freshState(): ClientState {
    return { sequences: [], arrivals: new Map(), opened: 0, completed: 0, errors: [], rows: [], feed: [] };
  }
  const onPayload = (index: number, kind: string, payload: { data?: Record<string, unknown>; errors?: unknown[] }) => {
    const at = wallNow();
    if (payload.errors) state.errors.push(JSON.stringify(payload.errors).slice(0, 300));
    const data = payload.data ?? {};
    if (kind === 'runUpdated' || kind === 'tuningJobUpdated') {
      const status = (data[kind] as { status: string }).status;
      const sequence = state.sequences[index] ?? [];
      state.sequences[index] = sequence;
      sequence.push(status);
      const times = state.arrivals.get(status) ?? [];
      state.arrivals.set(status, times);
      times.push(at);
      if (state.sequences[index]?.length === 1) state.opened += 1;
    } else if (kind === 'runsChanged') {
      state.feed.push(at - Date.parse((data.runsChanged as { updatedAt: string }).updatedAt));
    } else {
      const rows = (data[kind] ?? []) as { seq?: number; step?: number }[];
      const track = state.rows[index] ?? { count: 0, next: kind === 'runLogAppended' ? 1 : 0, problems: 0, lastAt: 0 };
      state.rows[index] = track;
      for (const row of rows) {
        if (kind === 'runLogAppended') {
          if (row.seq !== track.next) track.problems += 1;
          track.next = (row.seq ?? 0) + 1;
        } else if ((row.step ?? 0) < track.next) track.problems += 1;
        else track.next = row.step ?? 0;
        track.count += 1;
      }
      track.lastAt = at;
    }
  };

  const openWs = (url: string, index: number, kind: string, query: string, variables: unknown) =>
    new Promise<void>((resolve) => {
      const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      sockets.push(socket);
      let settled = false;
      const settle = () => {
        if (!settled) {
          settled = true;
          resolve();
        }
      };
      socket.on('open', () => socket.send('{"type":"connection_init","payload":{}}'));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: never };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
          if (kind !== 'runUpdated' && kind !== 'tuningJobUpdated') settle();
        } else if (message.type === 'next') {
          onPayload(index, kind, message.payload ?? {});
          settle();
        } else if (message.type === 'complete') state.completed += 1;
        else if (message.type === 'error') {
          state.errors.push(JSON.stringify(message.payload).slice(0, 300));
          settle();
        }
      });
      socket.on('error', (error) => {
        state.errors.push(String(error));
        settle();
      });
    });

  const openSse = async (url: string, index: number, kind: string, query: string, variables: unknown) => {
    const controller = new AbortController();
    sockets.push({ close: () => controller.abort() });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    let first = true;
    let opened: () => void = () => {};
    const openedPromise = new Promise<void>((resolve) => (opened = resolve));
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (\w+)/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event === 'complete') state.completed += 1;
            else if (data) {
              onPayload(index, kind, JSON.parse(data));
              if (first) {
                first = false;
                opened();
              }
            }
          }
        }
      } catch {
        // aborted
      }
    })();
    await openedPromise;
  };

  serve({
    async open(message) {
      const { url, count, kind, query, variables, transport } = message as unknown as {
        url: string;
        count: number;
        kind: string;
        query: string;
        variables: unknown;
        transport: 'ws' | 'sse';
      };
      let next = 0;
      const t0 = wallNow();
      // At most 100 handshakes in flight per process, like clients that connect at once but not all in one tick.
      await Promise.all(
        Array.from({ length: 100 }, async () => {
          while (next < count) {
            const index = next++;
            await (transport === 'sse'
              ? openSse(url, index, kind, query, variables)
              : openWs(url, index, kind, query, variables));
          }
        }),
      );
      return { ms: wallNow() - t0 };
    },
    /** How many sockets have seen `status` (runUpdated), or have `rows` rows (logs). */
    count(message) {
      if (message.status) return state.arrivals.get(message.status as string)?.length ?? 0;
      if (message.rows !== undefined) return state.rows.filter((r) => r && r.count >= (message.rows as number)).length;
      if (message.feed !== undefined) return state.feed.length;
      return state.completed;
    },
    collect() {
      const orders: Record<string, number> = {};
      for (const sequence of state.sequences) {
        const key = (sequence ?? []).join('>');
        orders[key] = (orders[key] ?? 0) + 1;
      }
      return {
        orders,
        arrivals: Object.fromEntries(state.arrivals),
        completed: state.completed,
        errors: state.errors.slice(0, 5),
        errorCount: state.errors.length,
        rows: state.rows,
        feed: state.feed,
      };
    },
    reset() {
      for (const socket of sockets.splice(0)) socket.close();
      state = freshState();
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The orchestrator.

interface Options {
  subscribers: number[];
  clientProcesses: number;
  cases: Set<string>;
  logSubscribers: number;
  linesPerSecond: number;
  logSeconds: number;
  feedSubscribers: number;
  tuningSubscribers: number;
  feedRuns: number;
  databaseUrl: string;
  redisUrl: string;
  timeoutSeconds: number;
}

function options(): Options | undefined {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '2000' },
      'client-processes': { type: 'string', default: '4' },
      cases: { type: 'string', default: 'ceiling,ws,sse,redis,logs,metrics,feed,tuning' },
      'log-subscribers': { type: 'string', default: '1000' },
      'lines-per-second': { type: 'string', default: '20000' },
      'log-seconds': { type: 'string', default: '3' },
      'feed-subscribers': { type: 'string', default: '1000' },
      'tuning-subscribers': { type: 'string', default: '1000' },
      'feed-runs': { type: 'string', default: '50' },
      'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379' },
      'timeout-seconds': { type: 'string', default: '600' },
      'profile-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  if (values['profile-dir']) process.env.FANOUT_PROFILE_DIR = path.resolve(values['profile-dir']);
  const int = (name: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}=${raw}: expected a whole number ≥ 1`);
    return value;
  };
  for (const name of ['database-url', 'redis-url'] as const) {
    const host = new URL(values[name]).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`--${name} must point at loopback`);
  }
  return {
    subscribers: values.subscribers.split(',').map((part) => int('subscribers', part.trim())),
    clientProcesses: int('client-processes', values['client-processes']),
    cases: new Set(values.cases.split(',').map((part) => part.trim())),
    logSubscribers: int('log-subscribers', values['log-subscribers']),
    linesPerSecond: int('lines-per-second', values['lines-per-second']),
    logSeconds: int('log-seconds', values['log-seconds']),
    feedSubscribers: int('feed-subscribers', values['feed-subscribers']),
    tuningSubscribers: int('tuning-subscribers', values['tuning-subscribers']),
    feedRuns: int('feed-runs', values['feed-runs']),
    databaseUrl: values['database-url'],
    redisUrl: values['redis-url'],
    timeoutSeconds: int('timeout-seconds', values['timeout-seconds']),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
};
const f = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';
const msText = (value: number) => `${f(value, value < 10 ? 1 : 0)} ms`;
const results: { case: string; measure: string; value: string; goal: string; met: string }[] = [];
function record(caseName: string, measure: string, value: string, goal = '', met?: boolean) {
  results.push({ case: caseName, measure, value, goal, met: met === undefined ? '' : met ? 'yes' : 'NO' });
  console.log(`  ${caseName} | ${measure}: ${value}${goal ? `   (goal ${goal}: ${met ? 'met' : 'NOT met'})` : ''}`);
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

class Clients {
  constructor(readonly children: Child[]) {}
  static async start(count: number) {
    return new Clients(await Promise.all(Array.from({ length: count }, () => spawnRole('clients'))));
  }
  /** Opens `total` subscriptions spread over the processes; resolves when each got its first message. */
  async open(url: string, total: number, kind: string, query: string, variables: unknown, transport: 'ws' | 'sse' = 'ws') {
    const t0 = wallNow();
    const share = (i: number) => Math.floor(total / this.children.length) + (i < total % this.children.length ? 1 : 0);
    await Promise.all(
      this.children.map((child, i) => child.call('open', { url, count: share(i), kind, query, variables, transport })),
    );
    return wallNow() - t0;
  }
  async sum(args: Record<string, unknown>) {
    let total = 0;
    for (const count of await Promise.all(this.children.map((child) => child.call<number>('count', args)))) total += count;
    return total;
  }
  async collect() {
    const parts = await Promise.all(
      this.children.map((child) =>
        child.call<{
          orders: Record<string, number>;
          arrivals: Record<string, number[]>;
          completed: number;
          errors: string[];
          errorCount: number;
          rows: ClientState['rows'];
          feed: number[];
        }>('collect'),
      ),
    );
    const orders: Record<string, number> = {};
    const arrivals: Record<string, number[]> = {};
    for (const part of parts) {
      for (const [key, count] of Object.entries(part.orders)) orders[key] = (orders[key] ?? 0) + count;
      for (const [status, times] of Object.entries(part.arrivals)) arrivals[status] = [...(arrivals[status] ?? []), ...times];
    }
    return {
      orders,
      arrivals,
      completed: parts.reduce((sum, part) => sum + part.completed, 0),
      errors: parts.flatMap((part) => part.errors),
      errorCount: parts.reduce((sum, part) => sum + part.errorCount, 0),
      rows: parts.flatMap((part) => part.rows.filter(Boolean)),
      feed: parts.flatMap((part) => part.feed),
    };
  }
  reset() {
    return Promise.all(this.children.map((child) => child.call('reset')));
  }
  stop() {
    for (const child of this.children) child.stop();
  }
}

async function gql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<{ data: T; ms: number }> {
  const t0 = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  const ms = performance.now() - t0;
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data as T, ms };
}

const createDatabase = createBenchDatabase;

const RUN_UPDATED = `subscription($id: ID!) { runUpdated(id: $id) { id status updatedAt startedAt finishedAt error stopReason } }`;
const CREATE_RUN = `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`;
const CANCEL_RUN = `mutation($id: ID!) { cancelRun(input: { id: $id }) { run { id status } } }`;

async function seedDataset(url: string) {
  const source = `fanout-${randomBytes(3).toString('hex')}`;
  const traces = Array.from({ length: 4 }, (_, i) => ({
    prompt: `Question ${i}`,
    steps: [{ i: 0, type: 'thought', content: `step of ${i}` }],
    finalAnswer: `${i}`,
    meta: { source },
  }));
  await gql(url, `mutation($input: CreateTracesInput!) { createTraces(input: $input) { createdCount } }`, { input: { traces } });
  const built = await gql<{ buildDataset: { dataset: { id: string } } }>(
    url,
    `mutation($input: BuildDatasetInput!) { buildDataset(input: $input) { dataset { id } } }`,
    { input: { name: source, version: 'v1', filter: { source } } },
  );
  return built.data.buildDataset.dataset.id;
}

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] as string;

/**
 * runUpdated on one run with `n` subscribers on `watch`, transitions made on `drive`: PENDING
 * (the snapshot), RUNNING (the worker's claim), CANCELLING (the cancelRun mutation, with other
 * mutations timed while the fan-out runs), CANCELLED (the worker's end).
 */
async function statusRound(
  label: string,
  n: number,
  clients: Clients,
  drive: Child,
  watch: Child,
  transport: 'ws' | 'sse',
  ceilingP99: number,
  extraMs = 0,
) {
  const driveUrl = await drive.call<string>('url');
  const watchUrl = await watch.call<string>('url');
  const datasetId = await seedDataset(driveUrl);
  const created = await gql<{ createRun: { run: { id: string } } }>(driveUrl, CREATE_RUN, {
    input: { datasetId, executor: 'DRY_RUN' },
  });
  const runId = created.data.createRun.run.id;
  const newRun = async () =>
    (await gql<{ createRun: { run: { id: string } } }>(driveUrl, CREATE_RUN, { input: { datasetId, executor: 'DRY_RUN' } })).data
      .createRun.run.id;
  const side: string[] = [];
  for (let i = 0; i < 20; i += 1) side.push(await newRun());
  // The same mutation with nobody watching, four at a time as below: what the machine gives it now.
  const quietMs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const quiet = await Promise.all(Array.from({ length: 4 }, newRun));
    quietMs.push(...(await Promise.all(quiet.map((id) => gql(driveUrl, CANCEL_RUN, { id })))).map((r) => r.ms));
  }
  const quiet = stats(quietMs);
  record(label, 'cancelRun latency with no subscriber (12 calls): p50 / p99', `${msText(quiet.p50)} / ${msText(quiet.p99)}`);
  const before = await watch.call<{ heap: number; rss: number }>('memory');
  const openMs = await clients.open(watchUrl, n, 'runUpdated', RUN_UPDATED, { id: runId }, transport);
  const after = await watch.call<{ heap: number; rss: number }>('memory');
  const perSubscriber = (after.heap - before.heap) / n;
  record(
    label,
    `open ${n.toLocaleString('en-US')} subscriptions (each got its first event)`,
    msText(openMs),
    n >= 10_000 ? '≤ 3 s' : '',
    n >= 10_000 ? openMs <= 3000 : undefined,
  );
  record(
    label,
    'server memory per idle subscriber (heap+external)',
    `${f(perSubscriber / 1024, 1)} KiB (RSS ${f((after.rss - before.rss) / n / 1024, 1)} KiB)`,
    '≤ 20 KiB',
    perSubscriber <= 20 * 1024,
  );

  const latencies: number[] = [];
  const measure = async (status: string, act: () => Promise<unknown>) => {
    const t0 = wallNow();
    await act();
    await waitFor(`${n} subscribers to see ${status}`, async () => (await clients.sum({ status })) >= n, 120_000).catch(
      async (error: Error) => {
        const seen = await clients.collect();
        throw new Error(`${error.message}: ${JSON.stringify(seen.orders).slice(0, 300)} ${seen.errors.join('; ')}`);
      },
    );
    const { arrivals } = await clients.collect();
    const lat = (arrivals[status] ?? []).map((at) => at - t0);
    latencies.push(...lat);
    const s = stats(lat);
    record(label, `${status} reaches all: p50 / p99 / max`, `${msText(s.p50)} / ${msText(s.p99)} / ${msText(s.max)}`);
  };
  await watch.call('profileStart');
  await measure('RUNNING', () => drive.call('claim'));
  const mutationMs: number[] = [];
  await measure('CANCELLING', async () => {
    const cancel = gql(driveUrl, CANCEL_RUN, { id: runId });
    // Other mutations while the fan-out of the first one runs.
    const others = (async () => {
      for (let i = 0; i < side.length; i += 4) {
        const batch = await Promise.all(side.slice(i, i + 4).map((id) => gql(driveUrl, CANCEL_RUN, { id })));
        mutationMs.push(...batch.map((b) => b.ms));
      }
    })();
    mutationMs.push((await cancel).ms);
    await others;
  });
  await measure('CANCELLED', () => drive.call('transition', { runId: rawId(runId), to: 'CANCELLED' }));
  await waitFor('subscriptions to complete', async () => (await clients.sum({})) >= n, 60_000).catch(() => {});
  recordCpu(label, n, await watch.call<Record<string, number>>('profileStop', { name: `${label.replace(/\W+/g, '-')}-${n}` }));
  const all = stats(latencies);
  const goal = 1.5 * ceilingP99 + extraMs;
  record(
    label,
    'every transition, all subscribers: p99',
    msText(all.p99),
    `≤ ${msText(goal)} (1.5× ceiling${extraMs ? ` + ${extraMs} ms` : ''})`,
    all.p99 <= goal,
  );
  const m = stats(mutationMs);
  record(
    label,
    `cancelRun latency during the fan-out (${m.count} calls): p50 / p99`,
    `${msText(m.p50)} / ${msText(m.p99)}`,
    '≤ 50 ms p99',
    m.p99 <= 50,
  );
  const result = await clients.collect();
  recordOrder(label, 'subscribers that saw every transition in order', result.orders, n);
  record(
    label,
    'subscriptions completed / errors',
    `${result.completed} / ${result.errorCount}${result.errors[0] ? ` (${result.errors[0]})` : ''}`,
  );
  await clients.reset();

  // The same transitions back to back, without waiting for the fan-out: none may be collapsed.
  const burst = (
    await gql<{ createRun: { run: { id: string } } }>(driveUrl, CREATE_RUN, { input: { datasetId, executor: 'DRY_RUN' } })
  ).data.createRun.run.id;
  for (const id of side) await gql(driveUrl, CANCEL_RUN, { id }).catch(() => {});
  await clients.open(watchUrl, n, 'runUpdated', RUN_UPDATED, { id: burst }, transport);
  await drive.call('claim');
  await gql(driveUrl, CANCEL_RUN, { id: burst });
  await drive.call('transition', { runId: rawId(burst), to: 'CANCELLED' });
  await waitFor('the burst to arrive', async () => (await clients.sum({ status: 'CANCELLED' })) >= n, 120_000).catch(() => {});
  recordOrder(
    label,
    'burst (3 transitions back to back): subscribers that saw all 4 in order',
    (await clients.collect()).orders,
    n,
  );
  await clients.reset();
}

/** The watching server's CPU time for the three transitions (and the completes), per subscriber and part. */
function recordCpu(label: string, n: number, ms: Record<string, number>) {
  const total = Object.values(ms).reduce((sum, value) => sum + value, 0);
  const perEvent = (value: number) => `${f((value * 1000) / n / 3, 1)} µs`;
  record(label, 'server CPU per subscriber per transition (sampled, all parts)', perEvent(total));
  for (const [part, value] of Object.entries(ms).sort((a, b) => b[1] - a[1])) {
    record(label, `  … ${part}`, `${perEvent(value)} (${f((100 * value) / total)} %)`);
  }
}

/** How many subscribers saw PENDING → RUNNING → CANCELLING → CANCELLED, and what the others saw. */
function recordOrder(label: string, measure: string, orders: Record<string, number>, n: number) {
  const inOrder = orders['PENDING>RUNNING>CANCELLING>CANCELLED'] ?? 0;
  const others = inOrder < n ? ` ${JSON.stringify(orders).slice(0, 200)}` : '';
  record(label, measure, `${inOrder} of ${n}${others}`, 'all', inOrder === n);
}

async function ceilingRound(n: number, clients: Clients): Promise<number> {
  const bare = await spawnRole('bare');
  try {
    const url = await bare.call<string>('url');
    const before = await bare.call<{ heap: number }>('memory');
    const openMs = await clients.open(url, n, 'runUpdated', RUN_UPDATED, {});
    const after = await bare.call<{ heap: number }>('memory');
    record('ceiling', `open ${n.toLocaleString('en-US')} sockets`, msText(openMs));
    record('ceiling', 'bare ws memory per idle socket (heap+external)', `${f((after.heap - before.heap) / n / 1024, 1)} KiB`);
    const latencies: number[] = [];
    let loop = 0;
    for (const status of ['RUNNING', 'CANCELLING', 'CANCELLED']) {
      const t0 = wallNow();
      const sent = await bare.call<{ sendLoopMs: number }>('broadcast', { status });
      loop += sent.sendLoopMs;
      await waitFor(`${n} sockets to see ${status}`, async () => (await clients.sum({ status })) >= n);
      const { arrivals } = await clients.collect();
      latencies.push(...(arrivals[status] ?? []).map((at) => at - t0));
    }
    const s = stats(latencies);
    record(
      'ceiling',
      `one next message to ${n.toLocaleString('en-US')} sockets: p50 / p99 / max`,
      `${msText(s.p50)} / ${msText(s.p99)} / ${msText(s.max)}`,
    );
    record('ceiling', 'send loop per socket', `${f((loop / 3 / n) * 1000, 1)} µs`);
    await clients.reset();
    return s.p99;
  } finally {
    bare.stop();
  }
}

async function logRound(opts: Options, clients: Clients, databaseUrl: string, dataDir: string) {
  const { writeTrainersFile } = await import('../server/test/trainers.ts');
  const total = opts.linesPerSecond * opts.logSeconds;
  // Prints `rate` lines a second (in 10 ms slices), each line numbered, plus a few metric lines.
  const script = [
    `const n=${total},rate=${opts.linesPerSecond},t0=Date.now();let i=0;`,
    `const tick=()=>{const target=Math.min(n,Math.floor((Date.now()-t0)*rate/1000));let b='';`,
    `while(i<target){i++;b+='line '+i+'\\n';if(i%1000===0)b+='@@metric {"name":"loss","step":'+(i/1000)+',"value":'+(1/i)+'}\\n';}`,
    `if(b)process.stdout.write(b);if(i<n)setTimeout(tick,10);};tick();`,
  ].join('');
  const server = await spawnRole(
    'server',
    serverEnv(databaseUrl, dataDir, {
      WORKER_ENABLED: 'true',
      TRAINERS_FILE: writeTrainersFile({ printer: { argv: [process.execPath, '-e', script] } }),
    }),
  );
  try {
    const url = await server.call<string>('url');
    const datasetId = await seedDataset(url);
    const RUN = `query($id: ID!) { node(id: $id) { ... on Run { status lastLogSeq startedAt finishedAt } } }`;
    const runOnce = async (subscribers: number) => {
      const created = await gql<{ createRun: { run: { id: string } } }>(url, CREATE_RUN, {
        input: { datasetId, executor: 'COMMAND', config: { trainer: 'printer', timeoutSeconds: 600 } },
      });
      const runId = created.data.createRun.run.id;
      if (subscribers > 0) {
        const logs = `subscription($id: ID!) { runLogAppended(runId: $id) { seq text } }`;
        const metrics = `subscription($id: ID!) { runMetricRecorded(runId: $id) { step value } }`;
        const half = opts.cases.has('metrics') ? Math.floor(subscribers / 10) : 0;
        await clients.open(url, subscribers, 'runLogAppended', logs, { id: runId });
        if (half) await clients.open(url, half, 'runMetricRecorded', metrics, { id: runId });
      }
      let run: { status: string; lastLogSeq: number; startedAt: string; finishedAt: string | null };
      await waitFor(
        'the printing run to end',
        async () => {
          run = (await gql<{ node: typeof run }>(url, RUN, { id: runId })).data.node;
          return ['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'].includes(run.status);
        },
        600_000,
      );
      // biome-ignore lint/style/noNonNullAssertion: set by the wait above
      const final = run!;
      const seconds = (Date.parse(final.finishedAt ?? '') - Date.parse(final.startedAt)) / 1000;
      return { runId, final, linesPerSecond: final.lastLogSeq / seconds };
    };
    const alone = await runOnce(0);
    record(
      'logs',
      `trainer alone: ${alone.final.lastLogSeq.toLocaleString('en-US')} lines stored, ${alone.final.status}`,
      `${f(alone.linesPerSecond)} lines/s`,
    );
    const watched = await runOnce(opts.logSubscribers);
    await waitFor('log subscriptions to complete', async () => (await clients.sum({})) >= opts.logSubscribers, 120_000).catch(
      () => {},
    );
    const result = await clients.collect();
    const expected = watched.final.lastLogSeq;
    const logRows = result.rows.filter((row) => row.next !== 0 || row.count === 0).slice(0, opts.logSubscribers);
    const complete = logRows.filter((row) => row.count === expected && row.problems === 0).length;
    record(
      'logs',
      `with ${opts.logSubscribers} subscribers: ${expected.toLocaleString('en-US')} lines, ${watched.final.status}`,
      `${f(watched.linesPerSecond)} lines/s`,
      '≥ 90 % of alone',
      watched.linesPerSecond >= 0.9 * alone.linesPerSecond,
    );
    record(
      'logs',
      'subscribers that got every line exactly once, in order',
      `${complete} of ${opts.logSubscribers}`,
      'all',
      complete === opts.logSubscribers,
    );
    const lags = logRows.map((row) => row.lastAt - Date.parse(watched.final.finishedAt ?? ''));
    const lag = stats(lags);
    record('logs', 'last line received after the run ended: p50 / p99', `${msText(lag.p50)} / ${msText(lag.p99)}`);
    if (opts.cases.has('metrics')) {
      const metricRows = result.rows.filter((row) => row.next !== 0 && row.count > 0 && row.count < expected);
      record(
        'metrics',
        `runMetricRecorded subscribers with all ${Math.floor(expected / 1000)} points in order`,
        `${metricRows.filter((row) => row.problems === 0 && row.count === Math.floor(expected / 1000)).length} of ${Math.floor(opts.logSubscribers / 10)}`,
      );
    }
    await clients.reset();
  } finally {
    server.stop();
  }
}

/** A tunix-rt server's environment: loopback, silent, no worker unless `extra` says so. */
const serverEnv = (databaseUrl: string, dataDir: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: databaseUrl,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  WORKER_ENABLED: 'false',
  ...extra,
});

/** runsChanged(filter): dashboards with the runs list open while `runs` runs a second change status. */
async function feedRound(opts: Options, clients: Clients, databaseUrl: string, dataDir: string) {
  const server = await spawnRole('server', serverEnv(databaseUrl, dataDir));
  try {
    const url = await server.call<string>('url');
    const datasetId = await seedDataset(url);
    const total = opts.feedRuns * 2;
    const ids: string[] = [];
    for (let i = 0; i < total; i += 1) {
      ids.push(
        (await gql<{ createRun: { run: { id: string } } }>(url, CREATE_RUN, { input: { datasetId, executor: 'DRY_RUN' } })).data
          .createRun.run.id,
      );
    }
    const feed = `subscription { runsChanged(filter: { status: [CANCELLED] }) { id status updatedAt } }`;
    const openMs = await clients.open(url, opts.feedSubscribers, 'runsChanged', feed, {});
    record('runsChanged', `open ${opts.feedSubscribers} feeds`, msText(openMs));
    const mutationMs: number[] = [];
    const t0 = Date.now();
    for (let i = 0; i < total; i += 1) {
      // `feedRuns` cancels a second, for two seconds.
      const due = t0 + (i * 1000) / opts.feedRuns;
      if (due > Date.now()) await sleep(due - Date.now());
      void gql(url, CANCEL_RUN, { id: ids[i] }).then((r) => mutationMs.push(r.ms));
    }
    const expected = opts.feedSubscribers * total;
    await waitFor('every feed to get every run', async () => (await clients.sum({ feed: true })) >= expected, 120_000).catch(
      () => {},
    );
    const result = await clients.collect();
    const lat = stats(result.feed);
    record(
      'runsChanged',
      `${opts.feedRuns} runs/s to ${opts.feedSubscribers} feeds: events received`,
      `${result.feed.length.toLocaleString('en-US')} of ${expected.toLocaleString('en-US')}`,
      'all',
      result.feed.length === expected,
    );
    record(
      'runsChanged',
      'updatedAt → received: p50 / p99 / max',
      `${msText(lat.p50)} / ${msText(lat.p99)} / ${msText(lat.max)}`,
    );
    const m = stats(mutationMs);
    record(
      'runsChanged',
      `cancelRun latency meanwhile: p50 / p99`,
      `${msText(m.p50)} / ${msText(m.p99)}`,
      '≤ 50 ms p99',
      m.p99 <= 50,
    );
    await clients.reset();
  } finally {
    server.stop();
  }
}

const TUNING_JOB_UPDATED = `subscription($id: ID!) {
  tuningJobUpdated(id: $id) { id status updatedAt bestMetricValue trials { totalCount } }
}`;

/** tuningJobUpdated: subscribers of one job while it is started (trials scheduled) and cancelled. */
async function tuningRound(opts: Options, clients: Clients, databaseUrl: string, dataDir: string) {
  const n = opts.tuningSubscribers;
  const server = await spawnRole('server', serverEnv(databaseUrl, dataDir));
  try {
    const url = await server.call<string>('url');
    const datasetId = await seedDataset(url);
    const created = await gql<{ createTuningJob: { tuningJob: { id: string } } }>(
      url,
      `mutation($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob { id } } }`,
      {
        input: {
          name: 'fanout sweep',
          datasetId,
          executor: 'BUILTIN',
          numSamples: 4,
          maxConcurrentTrials: 2,
          searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 1 } },
        },
      },
    );
    const id = created.data.createTuningJob.tuningJob.id;
    const openMs = await clients.open(url, n, 'tuningJobUpdated', TUNING_JOB_UPDATED, { id });
    record('tuningJobUpdated', `open ${n.toLocaleString('en-US')} subscriptions`, msText(openMs));
    const mutationMs: number[] = [];
    const act = async (status: string, mutation: string) => {
      const t0 = wallNow();
      mutationMs.push((await gql(url, mutation, { id })).ms);
      await waitFor(`${n} subscribers to see ${status}`, async () => (await clients.sum({ status })) >= n, 120_000);
      const lat = stats(((await clients.collect()).arrivals[status] ?? []).map((at) => at - t0));
      record(
        'tuningJobUpdated',
        `${status} reaches all: p50 / p99 / max`,
        `${msText(lat.p50)} / ${msText(lat.p99)} / ${msText(lat.max)}`,
      );
    };
    await act('RUNNING', `mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id } } }`);
    await act('CANCELLED', `mutation($id: ID!) { cancelTuningJob(input: { id: $id }) { tuningJob { id } } }`);
    await waitFor('subscriptions to complete', async () => (await clients.sum({})) >= n, 60_000).catch(() => {});
    const { orders, completed, errorCount } = await clients.collect();
    // Every subscriber must have seen the same events, in the same order, ending with CANCELLED.
    const [order, same] = Object.entries(orders).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    record(
      'tuningJobUpdated',
      'subscribers that saw the same events in order, ending CANCELLED',
      `${same} of ${n} (${order.replace(/>/g, ' → ')})`,
      'all',
      same === n && order.endsWith('CANCELLED'),
    );
    record('tuningJobUpdated', 'subscriptions completed / errors', `${completed} / ${errorCount}`);
    const m = stats(mutationMs);
    record(
      'tuningJobUpdated',
      'startTuningJob, cancelTuningJob latency',
      mutationMs.map(msText).join(', '),
      '≤ 50 ms',
      m.max <= 50,
    );
    await clients.reset();
  } finally {
    server.stop();
  }
}

async function main() {
  const opts = options();
  if (!opts) return;
  const watchdog = setTimeout(() => {
    console.error(`still running after ${opts.timeoutSeconds} s; giving up`);
    process.exit(2);
  }, opts.timeoutSeconds * 1000);
  watchdog.unref();
  console.log('# fanout: live subscriptions against the bare-ws ceiling');
  console.log(
    `  ${new Date().toISOString()} · node ${process.version} · ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim()}) · load ${os
      .loadavg()
      .map((l) => f(l, 1))
      .join(' ')}`,
  );
  const clients = await Clients.start(opts.clientProcesses);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tunix-fanout-'));
  const cleanups: (() => Promise<unknown> | unknown)[] = [
    () => clients.stop(),
    () => rm(dataDir, { recursive: true, force: true }),
  ];
  let failures = 0;
  /** Runs one case; a failure is a row of the table (and exit code 1), and the next case runs. */
  const attempt = async (caseName: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      failures += 1;
      record(caseName, 'FAILED', String((error as Error)?.message ?? error).slice(0, 300), 'no failure', false);
      await clients.reset().catch(() => {});
    }
  };
  /** A fresh database and `count` servers on it, started one after the other (one applies migrations). */
  const onServers = async (count: number, env: Record<string, string>, run: (servers: Child[]) => Promise<void>) => {
    const db = await createDatabase(opts.databaseUrl);
    const servers: Child[] = [];
    try {
      for (let i = 0; i < count; i += 1) servers.push(await spawnRole('server', serverEnv(db.url, dataDir, env)));
      await run(servers);
    } finally {
      for (const server of servers) server.stop();
      await db.drop();
    }
  };
  try {
    for (const n of opts.subscribers) {
      console.log(`\n## ${n.toLocaleString('en-US')} subscribers`);
      let ceiling = Number.NaN;
      await attempt('ceiling', async () => {
        ceiling = await ceilingRound(n, clients);
      });
      for (const transport of ['ws', 'sse'] as const) {
        if (!opts.cases.has(transport)) continue;
        const label = `runUpdated ${transport.toUpperCase()}`;
        await attempt(label, () =>
          onServers(1, {}, ([server]) => statusRound(label, n, clients, server as Child, server as Child, transport, ceiling)),
        );
      }
      if (opts.cases.has('redis')) {
        await attempt('runUpdated Redis', () =>
          onServers(2, { REDIS_URL: opts.redisUrl }, ([a, b]) =>
            statusRound('runUpdated Redis', n, clients, a as Child, b as Child, 'ws', ceiling, 20),
          ),
        );
      }
    }
    if (opts.cases.has('feed')) {
      console.log(`\n## runsChanged: ${opts.feedSubscribers} dashboards, ${opts.feedRuns} runs/s`);
      await attempt('runsChanged', async () => {
        const db = await createDatabase(opts.databaseUrl);
        cleanups.push(() => db.drop());
        await feedRound(opts, clients, db.url, dataDir);
      });
    }
    if (opts.cases.has('tuning')) {
      console.log(`\n## tuningJobUpdated: ${opts.tuningSubscribers} subscribers of one job`);
      await attempt('tuningJobUpdated', async () => {
        const db = await createDatabase(opts.databaseUrl);
        cleanups.push(() => db.drop());
        await tuningRound(opts, clients, db.url, dataDir);
      });
    }
    if (opts.cases.has('logs')) {
      console.log(
        `\n## runLogAppended: ${opts.logSubscribers} subscribers, trainer at ${opts.linesPerSecond.toLocaleString('en-US')} lines/s`,
      );
      await attempt('logs', async () => {
        const db = await createDatabase(opts.databaseUrl);
        cleanups.push(() => db.drop());
        await logRound(opts, clients, db.url, dataDir);
      });
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
    clearTimeout(watchdog);
  }
  console.log(
    `\n  done ${new Date().toISOString()} · load ${os
      .loadavg()
      .map((l) => f(l, 1))
      .join(' ')}`,
  );
  console.log('\n| case | measure | value | goal | met |\n|---|---|---|---|---|');
  for (const row of results) console.log(`| ${row.case} | ${row.measure} | ${row.value} | ${row.goal} | ${row.met} |`);
  process.exit(failures ? 1 : 0);
}

if (role === 'server') await runServer();
else if (role === 'bare') await runBare();
else if (role === 'clients') runClients();
else
  await main().catch((error: unknown) => {
    console.error('fanout FAILED:', error);
    process.exit(1);
  });
