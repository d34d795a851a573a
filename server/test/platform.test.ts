// The platform around the domain modules: configuration, limits, auth, both databases, Redis,
// and data kept across restarts.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../src/app.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { globalId, makeDataset } from './factories.ts';
import { createPostgresDatabase, dbKind, startTestServer, subscribe, type TestServer } from './harness.ts';
import {
  asAdmin,
  CreateApiTokenDocument,
  CreateRunDocument,
  createToken,
  request,
  startRun,
  startServerWithAuth,
} from './testkit/flow.ts';
import { EXAMPLE_TRAINERS_FILE } from './trainers.ts';

const cli = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');
const TRACE = { prompt: 'p', finalAnswer: 'a', steps: [{ i: 0, type: 't', content: 'c' }] };
const CREATE = `mutation($input: CreateTraceInput!) { createTrace(input: $input) { trace { id } } }`;

describe('configuration', () => {
  it('reports every bad value on its own line', () => {
    const attempt = () => loadConfig({ PORT: 'abc', TRACE_MAX_BYTES: '10', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    const problems = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    })();
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT=abc: expected a whole number from 0 to 65535/);
    expect(problems.join('\n')).toMatch(/TRACE_MAX_BYTES=10: expected a whole number from 1024 to 10485760/);
  });

  it('makes `tunix-rt serve` refuse to start with a clear message', () => {
    const result = spawnSync(process.execPath, [cli, 'serve'], {
      env: { ...process.env, PORT: '-1', REDIS_URL: 'nope' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT=-1');
    expect(result.stderr).toContain('REDIS_URL: expected a URL starting with redis:// or rediss://');
  });

  it('warns when the API is exposed without auth, and can switch the COMMAND executor off', async () => {
    const { configWarnings } = await import('../src/config.ts');
    expect(configWarnings(loadConfig({ HOST: '127.0.0.1' }))).toEqual([]);
    expect(configWarnings(loadConfig({ HOST: '0.0.0.0', TRAINERS_FILE: EXAMPLE_TRAINERS_FILE }))[0]).toContain(
      'start the configured trainers',
    );
    const server = await startTestServer({ env: { COMMAND_EXECUTOR_ENABLED: 'false', TRAINERS_FILE: EXAMPLE_TRAINERS_FILE } });
    try {
      const datasetId = globalId('Dataset', await makeDataset(server.deps, 2));
      const result = await request(server, CreateRunDocument, {
        input: { datasetId, executor: 'COMMAND', config: { trainer: 'tiny' } },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect(await server.deps.prisma.run.count()).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('prints help', () => {
    const result = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve');
    expect(result.stdout).toContain('migrate:new');
  });
});

describe('limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { REQUEST_MAX_BYTES: '4096' } });
  });
  afterAll(() => server?.close());

  it('refuses a body over REQUEST_MAX_BYTES with 413, also when it is chunked', async () => {
    const body = JSON.stringify({ query: CREATE, variables: { input: { ...TRACE, prompt: 'x'.repeat(5000) } } });
    const declared = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const chunked = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await server.deps.prisma.trace.count()).toBe(0);
  });

  it('refuses a malformed global id as bad input, not a server error', async () => {
    const bogus = Buffer.from('Dataset:not-a-uuid').toString('base64');
    const byNode = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: bogus });
    expect(byNode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inInput = await server.gql(`mutation($id: ID!) { createRun(input: { datasetId: $id }) { run { id } } }`, {
      id: 'garbage',
    });
    expect(inInput.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries that are too deep', async () => {
    const deep = `{ traces(first: 1) { edges { node { scores(first: 1) { edges { node { trace { scores(first: 1) { edges { node { trace { scores(first: 1) { edges { node { id } } } } } } } } } } } } } } }`;
    const result = await server.gql(deep);
    expect(result.errors?.[0]?.message).toMatch(/Query depth limit of 12 exceeded, found 15/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries that cost too much', async () => {
    const costly = `{ traces(first: 100) { edges { node { scores(first: 100) { edges { node { trace { id prompt } } } } } } } }`;
    const result = await server.gql(costly);
    expect(result.errors?.[0]?.message).toMatch(/Query complexity \d+ exceeds the limit of 5000/);
  });
});

describe('API tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServerWithAuth();
  });
  afterAll(() => server?.close());

  it('requires a token, gives each role what it may do, and rejects revoked tokens', async () => {
    const anonymous = await server.gql(CREATE, { input: TRACE });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const reader = await createToken(server, { name: 'dashboard', role: 'READ' });
    expect(reader.secret.startsWith(reader.token.prefix)).toBe(true);
    expect((await server.gql(`{ traces(first: 1) { totalCount } }`, {}, reader.headers)).errors).toBeUndefined();
    const forbidden = await server.gql(CREATE, { input: TRACE }, reader.headers);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const writer = await createToken(server, { name: 'ingest script' });
    expect((await server.gql(CREATE, { input: TRACE }, writer.headers)).errors).toBeUndefined();
    const cannotAdmin = await request(server, CreateApiTokenDocument, { input: { name: 'x' } }, writer.headers);
    expect(cannotAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await server.ok(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { revokedAt } } }`,
      { id: writer.token.id },
      asAdmin,
    );
    const revoked = await server.gql(CREATE, { input: TRACE }, writer.headers);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(revoked.errors?.[0]?.message).toContain('revoked');
  });

  it('authenticates WebSocket subscriptions through connection params', async () => {
    const run = `subscription($id: ID!) { runUpdated(id: $id) { status } }`;
    const sub = subscribe(server.wsClient(), run, { id: globalId('Run', '00000000-0000-4000-8000-000000000000') });
    await sub.next(1);
    expect(JSON.stringify(sub.error ?? sub.events)).toContain('UNAUTHENTICATED');
  });
});

// The embedded database only: PostgreSQL keeps data by itself.
describe.runIf(dbKind === 'pglite')('the embedded database keeps data across restarts', () => {
  it('finds a trace again after the server is stopped and started', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-restart-'));
    const env = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', WORKER_ENABLED: 'false' };
    const first = await startApp(loadConfig(env));
    const url = `${first.http.url}/graphql`;
    const post = (target: string, query: string, variables = {}) =>
      fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    await post(url, CREATE, { input: { ...TRACE, prompt: 'remember me' } });
    await first.close();
    const second = await startApp(loadConfig(env));
    const found = await post(`${second.http.url}/graphql`, `{ traces(first: 5) { edges { node { prompt } } } }`);
    await second.close();
    await rm(dataDir, { recursive: true, force: true });
    expect(found.data.traces.edges.map((e: { node: { prompt: string } }) => e.node.prompt)).toEqual(['remember me']);
  });
});

describe.skipIf(dbKind !== 'pglite')('migrations', () => {
  it('match prisma/schema.prisma: db:migrate:new would write nothing', async () => {
    const { pendingSchemaChanges } = await import('../src/db/migrations.ts');
    expect(await pendingSchemaChanges()).toBeNull();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL || dbKind !== 'pglite')('both databases', () => {
  it('end up with the same schema after the same migrations', async () => {
    const describeSchema = `
      SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
        FROM information_schema.columns WHERE table_schema = 'public'
      UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'f', 'u', 'c')
      ORDER BY 1`;
    const created = await createPostgresDatabase();
    const postgres = await openDatabase({ url: created.url, migrate: true });
    const pglite = await openDatabase({ migrate: true });
    const onPostgres = await postgres.prisma.$queryRawUnsafe<{ line: string }[]>(describeSchema);
    const onPglite = await pglite.prisma.$queryRawUnsafe<{ line: string }[]>(describeSchema);
    await postgres.close();
    await pglite.close();
    await created.drop();
    expect(onPglite.length).toBeGreaterThan(100);
    expect(onPglite).toEqual(onPostgres);
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('several server processes behind Redis', () => {
  it('delivers a change made through one server to a subscriber of another', async () => {
    const redis = { REDIS_URL: process.env.TEST_REDIS_URL as string };
    const a = await startTestServer({ env: redis });
    const b = await startTestServer({ env: redis, shareDatabaseOf: a });
    try {
      const datasetId = globalId('Dataset', await makeDataset(a.deps, 2));
      const { id } = await startRun(b, { datasetId });
      const sub = subscribe<{ runUpdated: { status: string } }>(
        a.wsClient(),
        `subscription($id: ID!) { runUpdated(id: $id) { status } }`,
        { id },
      );
      await sub.next(1);
      await b.ok(`mutation($id: ID!) { cancelRun(input: { id: $id }) { run { id } } }`, { id });
      await sub.next(2);
      expect(sub.events.map((e) => e.data?.runUpdated.status)).toEqual(['PENDING', 'CANCELLED']);
    } finally {
      await b.close();
      await a.close();
    }
  });
});

describe('GraphiQL', () => {
  it('is served at /graphql with example tabs that are valid operations', async () => {
    const { parse, validate } = await import('graphql');
    const { schema } = await import('../src/schema.ts');
    const { graphiqlTabs } = await import('../src/http/graphiql-examples.ts');
    for (const tab of graphiqlTabs) expect(validate(schema, parse(tab.query)), tab.query.slice(0, 60)).toEqual([]);
    const server = await startTestServer();
    try {
      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('tunix-rt GraphiQL');
    } finally {
      await server.close();
    }
  });
});
