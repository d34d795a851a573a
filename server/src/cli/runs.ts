// `runs watch <id>`: follows a run live over the graphql-ws subscriptions of a running server: a status
// line, progress (the last step) and the last value of each metric, and the log as it is written.
// A dropped connection is resumed with afterSeq / afterStep, so no line is lost or printed twice.
// Exits with the run's outcome: 0 SUCCEEDED, 1 FAILED, CANCELLED or TIMED_OUT.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { publicId } from '../errors.ts';
import { isUuid } from '../modules/common/ids.ts';
import { action, CliError } from './common.ts';

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT']);

const RUN_UPDATED = `subscription WatchRun($id: ID!) {
  runUpdated(id: $id) { id status error stopReason executor baseModel summaryMetrics }
}`;
const LOG_APPENDED = `subscription WatchRunLog($runId: ID!, $afterSeq: Int!) {
  runLogAppended(runId: $runId, afterSeq: $afterSeq) { seq stream text }
}`;
const METRIC_RECORDED = `subscription WatchRunMetrics($runId: ID!, $afterStep: Int!) {
  runMetricRecorded(runId: $runId, afterStep: $afterStep) { name step value }
}`;

interface RunState {
  status?: string;
  error?: string | null;
  stopReason?: string | null;
  /** Highest log seq printed: a resumed subscription asks for what comes after it. */
  lastSeq: number;
  lastStep: number;
  metrics: Map<string, number>;
  /** Metric points already taken in (a resumed subscription repeats the last step's). */
  seenPoints: Set<string>;
  logDone: boolean;
}

/** Errors the server answered (unknown run, bad token): retrying cannot help. */
class RefusedError extends Error {}

function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  onData: (data: T) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) reject(new RefusedError(result.errors.map((e) => e.message).join('; ')));
          else if (result.data) onData(result.data as T);
        },
        error: (error) => {
          if (Array.isArray(error)) reject(new RefusedError(error.map((e: { message: string }) => e.message).join('; ')));
          else reject(error);
        },
        complete: resolve,
      },
    );
  });
}

const format = (value: number) => (Math.abs(value) >= 1000 || Number.isInteger(value) ? String(value) : value.toPrecision(4));

function statusLine(state: RunState): string {
  const metrics = [...state.metrics].map(([name, value]) => `${name}=${format(value)}`).join(' ');
  return `[${state.status ?? '…'}]${state.lastStep >= 0 ? ` step ${state.lastStep}` : ''}${metrics ? `  ${metrics}` : ''}`;
}

/** One connection: the three subscriptions until the run has ended and its whole log arrived. */
async function followOnce(client: Client, runId: string, state: RunState, print: (line: string) => void): Promise<void> {
  let lastPrinted = '';
  const showStatus = () => {
    const line = statusLine(state);
    if (line !== lastPrinted) print(line);
    lastPrinted = line;
  };
  let metricTimer: NodeJS.Timeout | undefined;
  const runUpdates = subscribe<{ runUpdated: { status: string; error: string | null; stopReason: string | null } }>(
    client,
    RUN_UPDATED,
    { id: runId },
    ({ runUpdated }) => {
      state.status = runUpdated.status;
      state.error = runUpdated.error;
      state.stopReason = runUpdated.stopReason;
      showStatus();
    },
  );
  const log = state.logDone
    ? Promise.resolve()
    : subscribe<{ runLogAppended: { seq: number; stream: string; text: string }[] }>(
        client,
        LOG_APPENDED,
        { runId, afterSeq: state.lastSeq },
        ({ runLogAppended }) => {
          for (const chunk of runLogAppended) {
            if (chunk.seq <= state.lastSeq) continue;
            state.lastSeq = chunk.seq;
            process.stdout.write(
              `${chunk.stream === 'STDERR' ? '! ' : '│ '}${chunk.text.endsWith('\n') ? chunk.text : `${chunk.text}\n`}`,
            );
          }
        },
      ).then(() => {
        state.logDone = true;
      });
  const metrics = subscribe<{ runMetricRecorded: { name: string; step: number; value: number }[] }>(
    client,
    METRIC_RECORDED,
    { runId, afterStep: Math.max(-1, state.lastStep - 1) },
    ({ runMetricRecorded }) => {
      for (const point of runMetricRecorded) {
        const key = `${point.name}\u0000${point.step}`;
        if (state.seenPoints.has(key)) continue;
        state.seenPoints.add(key);
        state.metrics.set(point.name, point.value);
        state.lastStep = Math.max(state.lastStep, point.step);
      }
      // At most one status line a second for metrics: a fast trainer must not flood the terminal.
      metricTimer ??= setTimeout(() => {
        metricTimer = undefined;
        showStatus();
      }, 1_000);
    },
  );
  try {
    await Promise.all([runUpdates, log, metrics]);
  } finally {
    clearTimeout(metricTimer);
  }
  showStatus();
}

export function register(program: Command) {
  const runs = program.command('runs').description('Follow runs on a running server');

  runs
    .command('watch')
    .description('Follow a run live: status, progress, last metric values and its log; exits 0 if it succeeded, 1 otherwise')
    .argument('<id>', 'The run id (as the API and the dashboard show it)')
    .option('--url <url>', 'The server (or TUNIX_URL)', process.env.TUNIX_URL ?? 'http://127.0.0.1:4000')
    .option('--token <token>', 'An API token, when the server requires one (or TUNIX_TOKEN)')
    .action(
      action(async (id: string, options: { url: string; token?: string }) => {
        const runId = isUuid(id) ? publicId('Run', id) : id;
        const token = options.token ?? process.env.TUNIX_TOKEN;
        let wsUrl: string;
        try {
          const url = new URL('/graphql', options.url);
          url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
          wsUrl = url.toString();
        } catch {
          throw new CliError(`--url ${options.url} is not a URL`, 'e.g. --url http://127.0.0.1:4000');
        }
        const state: RunState = { lastSeq: 0, lastStep: -1, metrics: new Map(), seenPoints: new Set(), logDone: false };
        const print = (line: string) => process.stderr.write(`${line}\n`);
        let connectedOnce = false;
        for (let attempt = 0; ; attempt += 1) {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
            retryAttempts: 0,
            lazy: true,
            keepAlive: 10_000,
            on: {
              connected: () => {
                connectedOnce = true;
                attempt = 0;
              },
            },
          });
          try {
            await followOnce(client, runId, state, print);
            if (state.status && TERMINAL.has(state.status)) break;
          } catch (error) {
            if (error instanceof RefusedError) throw new CliError(error.message);
            const reason =
              (error as { reason?: string; code?: number; message?: string }).reason || (error as Error).message || 'closed';
            if (!connectedOnce) {
              throw new CliError(
                `cannot reach tunix-rt at ${options.url} (${reason})`,
                'is the server running? Point --url (or TUNIX_URL) at it.',
              );
            }
            if ((error as { code?: number }).code === 4401 || (error as { code?: number }).code === 4403) {
              throw new CliError(`the server refused the connection: ${reason}`, 'pass an API token with --token or TUNIX_TOKEN');
            }
            print(`connection lost (${reason}); resuming after log line ${state.lastSeq}…`);
            await sleep(Math.min(5_000, 250 * 2 ** Math.min(attempt, 5)));
          } finally {
            await client.dispose();
          }
        }
        const outcome = state.status as string;
        if (outcome !== 'SUCCEEDED') print(`Run ${outcome}${state.error ? `: ${state.error}` : ''}`);
        return outcome === 'SUCCEEDED' ? 0 : 1;
      }),
    );
}
