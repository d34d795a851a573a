// What an operator sees: /metrics read with a Prometheus text parser after a real run (behind a
// token when auth is on), and OpenTelemetry spans exported by a real `tunix-rt serve` to an OTLP/HTTP
// receiver this test runs, switched on by nothing but the standard OTEL_* variables.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../src/modules/runs/runs.service.ts';
import { makeDataset } from './factories.ts';
import { dbKind, type TestServer } from './harness.ts';
import { freePort } from './services.ts';
import { asAdmin, startServerWithAuth } from './testkit/flow.ts';

const METRICS_TOKEN = 'observability-metrics-token-0123';

interface Family {
  name: string;
  type: string;
  metrics: { value?: string; count?: string; labels?: Record<string, string>; buckets?: Record<string, string> }[];
}

const until = async <T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 45_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('GET /metrics', () => {
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startServerWithAuth({ worker: {}, env: { METRICS_TOKEN } });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server?.close());

  it('reports operations, runs, the queue, log lines, subscriptions and leases after a real run', async () => {
    const datasetId = await makeDataset(server.deps, 3);
    const run = await createRun(server.deps, { datasetId, executor: 'DRY_RUN' });
    await until(async () => {
      const { status } = await server.deps.prisma.run.findUniqueOrThrow({ where: { id: run.id } });
      return status === 'SUCCEEDED' ? status : undefined;
    });
    await server.ok('query ListRuns { runs(first: 5) { edges { node { id status } } } }', {}, asAdmin);
    await server.gql('query BrokenOnPurpose { node(id: "not-an-id") { id } }', {}, asAdmin);

    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const families = parsePrometheusTextFormat(text) as Family[];
    const family = (name: string) => {
      const found = families.find((f) => f.name === name);
      if (!found) throw new Error(`no metric ${name}`);
      return found;
    };
    const sample = (name: string, labels: Record<string, string> = {}) =>
      family(name).metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));

    expect(Number(sample('tunix_runs', { status: 'SUCCEEDED' })?.value), text).toBe(1);
    expect(Number(sample('tunix_run_queue_depth')?.value)).toBe(0);
    expect(Number(sample('tunix_run_queue_oldest_age_seconds')?.value)).toBe(0);
    expect(family('tunix_run_duration_seconds').type).toBe('HISTOGRAM');
    // The parser folds a histogram's label sets into one; this one has a single set (DRY_RUN, SUCCEEDED).
    expect(family('tunix_run_duration_seconds').metrics[0]?.buckets?.['+Inf']).toBe('1');
    expect(Number(sample('tunix_run_log_lines_stored_total')?.value)).toBeGreaterThan(0);
    expect(family('tunix_graphql_operation_duration_seconds').type).toBe('HISTOGRAM');
    expect(Number(sample('tunix_graphql_operations_total', { operation_name: 'ListRuns', operation_type: 'query' })?.value)).toBe(
      1,
    );
    expect(
      Number(
        sample('tunix_graphql_operation_errors_total', { operation_name: 'BrokenOnPurpose', code: 'BAD_USER_INPUT' })?.value,
      ),
    ).toBe(1);
    // The worker's own feed of run changes is one open subscription; no run is held now.
    expect(Number(sample('tunix_subscriptions_open', { topic: 'runsChanged' })?.value)).toBeGreaterThanOrEqual(1);
    expect(Number(sample('tunix_worker_leases_held')?.value)).toBe(0);
    expect(Number(sample('tunix_worker_lease_renewals_failed_total')?.value)).toBe(0);
    if (dbKind === 'postgres') {
      expect(sample('tunix_database_pool_connections', { pool: 'api', state: 'waiting' })?.value).toBe('0');
    }
    // An API token of any role may read it too.
    expect((await fetch(`${base}/metrics`, { headers: asAdmin })).status).toBe(200);
  });
});

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  links?: { traceId: string; spanId: string }[];
}

describe.runIf(dbKind === 'pglite')('OpenTelemetry tracing', () => {
  let receiver: Server;
  let child: ChildProcess | undefined;
  let dataDir: string;
  const spans: OtlpSpan[] = [];
  const services = new Set<string>();

  beforeAll(async () => {
    // A minimal OTLP/HTTP receiver: JSON export requests on /v1/traces.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const request = JSON.parse(body) as {
            resourceSpans: {
              resource: { attributes: { key: string; value: { stringValue?: string } }[] };
              scopeSpans: { spans: OtlpSpan[] }[];
            }[];
          };
          for (const resourceSpans of request.resourceSpans) {
            const name = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
            if (name) services.add(name);
            for (const scope of resourceSpans.scopeSpans) spans.push(...scope.spans);
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-otel-'));
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((resolve) => (child && child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    receiver?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exports operation, root-field, database and run spans, the run span linked to its createRun', {
    timeout: 150_000,
  }, async () => {
    const port = await freePort();
    const receiverPort = (receiver.address() as { port: number }).port;
    child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../bin/tunix-rt.js'), 'serve'], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiverPort}`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'tunix-rt-under-test',
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = async <T = Record<string, { [field: string]: { id: string } }>>(query: string, variables: object): Promise<T> => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const result = (await response.json()) as { data?: T; errors?: unknown[] };
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    };
    await until(
      () =>
        fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      90_000,
    );

    const step = { i: 0, type: 'thought', content: 'two plus two' };
    await gql('mutation Seed($input: CreateTracesInput!) { createTraces(input: $input) { createdCount } }', {
      input: { traces: [1, 2].map((n) => ({ prompt: `q${n}`, finalAnswer: 'a', steps: [step], meta: { source: 'otel' } })) },
    });
    const built = await gql('mutation Build($input: BuildDatasetInput!) { buildDataset(input: $input) { dataset { id } } }', {
      input: { name: 'otel', version: 'v1', filter: { source: 'otel' } },
    });
    const created = await gql('mutation CreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id } } }', {
      input: { datasetId: built.buildDataset?.dataset?.id, executor: 'DRY_RUN' },
    });
    const runId = created.createRun?.run?.id;
    await until(async () => {
      const data = await gql<{ run: { status: string } }>('query Status($id: ID!) { run(id: $id) { status } }', { id: runId });
      return data.run.status === 'SUCCEEDED' ? true : undefined;
    });

    const createRunSpan = await until(() => spans.find((s) => s.name === 'mutation CreateRun'));
    const runSpan = await until(() => spans.find((s) => s.name === 'run DRY_RUN'));
    expect(services).toContain('tunix-rt-under-test');
    // The root field nests under the operation; the run's span is its own trace, linked to that field.
    const names = () => [...new Set(spans.map((s) => s.name))].join(', ');
    const field = await until(() => spans.find((s) => s.name === 'Mutation.createRun'), 5_000).catch(() => {
      throw new Error(`no root-field span; spans: ${names()}`);
    });
    expect([field.traceId, field.parentSpanId]).toEqual([createRunSpan.traceId, createRunSpan.spanId]);
    expect(runSpan.traceId).not.toBe(createRunSpan.traceId);
    expect(runSpan.links?.map((link) => [link.traceId, link.spanId])).toEqual([[field.traceId, field.spanId]]);
    await until(() => spans.find((s) => s.traceId === createRunSpan.traceId && s.name.startsWith('prisma:'))).catch(() => {
      throw new Error(`no prisma span in the createRun trace; spans: ${names()}`);
    });
    await until(() => spans.find((s) => s.traceId === runSpan.traceId && s.name.startsWith('prisma:')));
  });
});

describe.runIf(dbKind === 'pglite')('a worker-only process (tunix-rt worker --metrics-port)', () => {
  it('answers /metrics behind the same token and /healthz on its own port, and nothing else', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-worker-metrics-'));
    const port = await freePort();
    const cli = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');
    const worker = spawn(process.execPath, [cli, 'worker', '--metrics-port', String(port)], {
      env: { ...process.env, DATA_DIR: dataDir, METRICS_TOKEN, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout.on('data', (data: Buffer) => {
      output += data.toString();
    });
    worker.stderr.on('data', (data: Buffer) => {
      output += data.toString();
    });
    try {
      await until(() => (output.includes('running up to') ? true : undefined), 90_000);
      const base = `http://127.0.0.1:${port}`;
      expect(output).toContain(`Metrics: ${base}/metrics`);
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.status).toBe(200);
      const names = (parsePrometheusTextFormat(await response.text()) as Family[]).map((family) => family.name);
      expect(names).toEqual(expect.arrayContaining(['tunix_worker_leases_held', 'tunix_worker_lease_renewals_failed_total']));
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'ok', kind: 'pglite' } });
      expect((await fetch(`${base}/graphql`)).status).toBe(404);
    } finally {
      worker.kill('SIGTERM');
      await new Promise((resolve) => (worker.exitCode === null ? worker.once('exit', resolve) : resolve(undefined)));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
