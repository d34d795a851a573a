// What a hostile web page, a DNS-rebinding attacker or a crafted request can do to a running
// server: over real HTTP and WebSocket, with raw requests where a well-behaved client would not
// send them.

import { writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type ConfigError, configWarnings, loadConfig } from '../src/config.ts';
import { allowedHostNames } from '../src/http/security.ts';
import { downloadLink } from '../src/modules/auth/auth.service.ts';
import { globalId, makeDataset } from './factories.ts';
import { startTestServer, subscribe, type TestServer } from './harness.ts';
import { asAdmin, createToken, startServerWithAuth, TEST_ADMIN_TOKEN } from './testkit/flow.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request exactly as given (any Host, any body), as a browser or an attacker could send it. */
function raw(
  base: string,
  target: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: target, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const errorCode = (response: RawResponse): unknown => {
  const body = JSON.parse(response.body);
  return body.errors?.[0]?.extensions?.code ?? body.error?.code;
};

/** Opens a graphql-ws socket with the given headers; resolves with how the upgrade ended. */
function upgrade(wsUrl: string, headers: Record<string, string> = {}, origin?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers, origin });
    socket.on('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    socket.on('error', (error) => {
      if (!String(error).includes('Unexpected server response')) reject(error);
    });
  });
}

/** A graphql-ws connection made by hand: sends connection_init, resolves with the close code. */
function connectAndWaitForClose(wsUrl: string, payload: Record<string, unknown>) {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const acked = new Promise<void>((resolve) => {
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve();
    });
  });
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason), at: Date.now() }));
  });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
  return { socket, acked, closed };
}

describe('security settings', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('refuses a CORS wildcard, hosts with ports or schemes, and a short signing secret', () => {
    expect(problems({ CORS_ORIGINS: '*' })[0]).toContain('"*" is not accepted');
    expect(problems({ CORS_ORIGINS: 'http://ok.example,app.example' })).toEqual([
      'CORS_ORIGINS: "app.example" is not an origin like http://localhost:5173',
    ]);
    expect(problems({ ALLOWED_HOSTS: 'ok.example, http://a.example, b.example:80, [::1]' })).toHaveLength(2);
    expect(problems({ DOWNLOAD_SIGNING_SECRET: 'short' })[0]).toContain('at least 16 characters');
    expect(loadConfig({ CORS_ORIGINS: 'HTTP://App.Example:80' }).corsOrigins).toEqual(['http://app.example']);
  });

  it('answers loopback names, HOST and ALLOWED_HOSTS; the wildcard HOST adds nothing and says so', () => {
    const named = allowedHostNames(loadConfig({ HOST: 'Tunix.local', ALLOWED_HOSTS: '10.0.0.5' }));
    expect([...named].sort()).toEqual(['10.0.0.5', '127.0.0.1', '[::1]', 'localhost', 'tunix.local']);
    const wildcard = loadConfig({ HOST: '0.0.0.0', AUTH_REQUIRED: 'true', ADMIN_TOKEN: 'admin-secret-0123456789' });
    expect(allowedHostNames(wildcard).has('0.0.0.0')).toBe(false);
    expect(configWarnings(wildcard)).toEqual([
      expect.stringContaining('list the names and addresses clients use in ALLOWED_HOSTS'),
      'HOST=0.0.0.0 with GraphiQL and introspection on: set GRAPHIQL_ENABLED=false and INTROSPECTION_ENABLED=false for production.',
    ]);
    const closed = loadConfig({
      HOST: '0.0.0.0',
      AUTH_REQUIRED: 'true',
      ADMIN_TOKEN: 'admin-secret-0123456789',
      ALLOWED_HOSTS: 'tunix.example',
      GRAPHIQL_ENABLED: 'false',
      INTROSPECTION_ENABLED: 'false',
    });
    expect(configWarnings(closed)).toEqual([expect.stringContaining('or to ALLOWED_HOSTS (tunix.example)')]);
  });
});

const CREATE_TRACE = 'mutation { createTrace(input: {prompt: "p", finalAnswer: "a", steps: []}) { trace { id } } }';

describe('a server with the default settings, reached from a browser', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: 'http://app.example', ALLOWED_HOSTS: 'tunix.example' } });
    base = server.url.replace('/graphql', '');
  });
  afterAll(() => server?.close());

  it('runs no mutation posted cross-site as a form, multipart or plain text: 415 and nothing created', async () => {
    const datasetId = globalId('Dataset', await makeDataset(server.deps, 2));
    const createRun = `mutation { createRun(input: {datasetId: "${datasetId}", executor: DRY_RUN}) { run { id } } }`;
    const tracesBefore = await server.deps.prisma.trace.count();
    for (const query of [CREATE_TRACE, createRun]) {
      const boundary = 'x-boundary';
      const attempts: [string | undefined, string][] = [
        ['application/x-www-form-urlencoded', new URLSearchParams({ query }).toString()],
        [
          `multipart/form-data; boundary=${boundary}`,
          `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${boundary}--\r\n`,
        ],
        ['text/plain;charset=UTF-8', JSON.stringify({ query })],
        [undefined, JSON.stringify({ query })],
      ];
      for (const [contentType, body] of attempts) {
        const headers: Record<string, string> = { origin: 'http://evil.example' };
        if (contentType) headers['content-type'] = contentType;
        const response = await raw(base, '/graphql', { method: 'POST', headers, body });
        expect(response.status, String(contentType)).toBe(415);
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
    expect(await server.deps.prisma.trace.count()).toBe(tracesBefore);
    expect(await server.deps.prisma.run.count()).toBe(0);
    // The same mutation as JSON (which a foreign page cannot send without a preflight) does run.
    expect((await server.ok<{ createRun: { run: { id: string } } }>(createRun)).createRun.run.id).toBeTruthy();
  });

  it('never runs a mutation sent with GET', async () => {
    const before = await server.deps.prisma.trace.count();
    const response = await raw(base, `/graphql?query=${encodeURIComponent(CREATE_TRACE)}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(405);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await server.deps.prisma.trace.count()).toBe(before);
  });

  it('gives CORS access only to a listed origin', async () => {
    const preflight = (origin: string) =>
      raw(base, '/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const foreign = await preflight('http://evil.example');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    expect(foreign.headers['access-control-allow-credentials']).toBeUndefined();
    const listed = await preflight('http://app.example');
    expect(listed.headers['access-control-allow-origin']).toBe('http://app.example');
    const answer = await raw(base, '/graphql', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers only requests addressed to its own names (DNS rebinding), over HTTP and WebSocket', async () => {
    const query = { query: '{ __typename }' };
    const post = (host: string) =>
      raw(base, '/graphql', {
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
        body: JSON.stringify(query),
      });
    const rebound = await post('attacker.example:4000');
    expect(rebound.status).toBe(403);
    expect(errorCode(rebound)).toBe('FORBIDDEN');
    expect(JSON.parse(rebound.body).errors[0].message).toContain('ALLOWED_HOSTS');
    expect((await raw(base, '/', { headers: { host: 'attacker.example' } })).status).toBe(403);
    for (const host of ['localhost:1234', '127.0.0.1', '[::1]:80', 'tunix.example', 'TUNIX.example:8080']) {
      expect((await post(host)).status, host).toBe(200);
    }
    const refused = await upgrade(server.wsUrl, { host: 'attacker.example' });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('ALLOWED_HOSTS');
    expect((await upgrade(server.wsUrl, { host: 'tunix.example' })).status).toBe(101);
  });

  it('accepts WebSocket upgrades from no origin, its own origin and listed ones; refuses other pages', async () => {
    const { host } = new URL(server.url);
    expect((await upgrade(server.wsUrl)).status).toBe(101);
    expect((await upgrade(server.wsUrl, {}, `http://${host}`)).status).toBe(101);
    expect((await upgrade(server.wsUrl, {}, 'http://app.example')).status).toBe(101);
    const foreign = await upgrade(server.wsUrl, {}, 'http://evil.example');
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).errors[0].extensions.code).toBe('FORBIDDEN');
    // Same host name on another port is another origin.
    expect((await upgrade(server.wsUrl, {}, 'http://127.0.0.1:1')).status).toBe(403);
  });

  it('answers malformed %-escapes and URLs with 400 and stays up', async () => {
    for (const target of [
      '/datasets/%E0%A4%A/export.jsonl',
      '/runs/%E0%A4%A/artifacts/x',
      '/runs/abc/artifacts/%E0%A4%A',
      '/%E0%A4%A',
      '//[',
    ]) {
      const response = await raw(base, target);
      expect(response.status, target).toBe(400);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
    const health = await raw(base, '/healthz');
    expect(health.status).toBe(200);
  });

  it('answers an unexpected fault with a generic coded 500 and keeps serving', async () => {
    const datasetId = await makeDataset(server.deps, 1);
    const run = await server.deps.prisma.run.create({ data: { datasetId, baseModel: 'test', executor: 'DRY_RUN' } });
    // A storage URI the artifact storage cannot even read (a file: URL of another host): unexpected.
    await server.deps.prisma.runArtifact.create({
      data: {
        runId: run.id,
        name: 'remote.bin',
        storageUri: 'file://other-host/remote.bin',
        sha256: '0'.repeat(64),
        sizeBytes: 1,
      },
    });
    const fault = await raw(base, `/runs/${run.id}/artifacts/remote.bin`);
    expect(fault.status).toBe(500);
    expect(JSON.parse(fault.body)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } });
    expect((await raw(base, '/healthz')).status).toBe(200);
    expect((await server.ok<{ __typename: string }>('{ __typename }')).__typename).toBe('Query');
  });

  it('keeps introspection on unless switched off', async () => {
    const { __schema } = await server.ok<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(__schema.queryType.name).toBe('Query');
  });

  it('serves downloads without a token when auth is off, at unsigned URLs', async () => {
    const id = globalId('Dataset', await makeDataset(server.deps, 2));
    const { dataset } = await server.ok<{ dataset: { exportUrl: string } }>(
      `query($id: ID!) { dataset(id: $id) { exportUrl } }`,
      {
        id,
      },
    );
    expect(dataset.exportUrl).not.toContain('signature');
    expect((await raw(base, dataset.exportUrl)).status).toBe(200);
  });
});

describe('a production-like server: AUTH_REQUIRED, GraphiQL and introspection off', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startServerWithAuth({ env: { GRAPHIQL_ENABLED: 'false', INTROSPECTION_ENABLED: 'false' } });
    base = server.url.replace('/graphql', '');
  });
  afterAll(() => server?.close());

  it('downloads need a token or an unexpired signed link from the API', async () => {
    const datasetId = await makeDataset(server.deps, 3);
    const runId = (
      await server.deps.prisma.run.create({ data: { datasetId, baseModel: 'test', executor: 'DRY_RUN', status: 'SUCCEEDED' } })
    ).id;
    const file = path.join(server.deps.config.dataDir, 'weights.bin');
    await writeFile(file, 'weights');
    await server.deps.prisma.runArtifact.create({
      data: { runId, name: 'out/模型 "v1".bin', storageUri: pathToFileURL(file).href, sha256: '0'.repeat(64), sizeBytes: 7 },
    });
    const urls = await server.ok<{ dataset: { exportUrl: string }; run: { artifacts: { downloadUrl: string }[] } }>(
      `query($d: ID!, $r: ID!) { dataset(id: $d) { exportUrl(format: TUNIX_SFT) } run(id: $r) { artifacts { downloadUrl } } }`,
      { d: globalId('Dataset', datasetId), r: globalId('Run', runId) },
      asAdmin,
    );
    const reader = await createToken(server, { name: 'downloader', role: 'READ' });
    for (const signed of [urls.dataset.exportUrl, urls.run.artifacts[0]?.downloadUrl ?? '']) {
      const link = new URL(signed, base);
      expect(link.searchParams.get('expires')).toMatch(/^\d+$/);
      const bare = new URL(link);
      bare.searchParams.delete('expires');
      bare.searchParams.delete('signature');
      const plain = `${bare.pathname}${bare.search}`;

      const anonymous = await raw(base, plain);
      expect(anonymous.status, plain).toBe(401);
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
      expect((await raw(base, plain, { headers: { authorization: 'Bearer trt_not-a-token' } })).status).toBe(401);
      expect((await raw(base, plain, { headers: { authorization: `Bearer ${reader.secret}` } })).status).toBe(200);
      const viaLink = await raw(base, signed);
      expect(viaLink.status, signed).toBe(200);
      expect(viaLink.headers['content-disposition']).toMatch(/^attachment; filename=/);

      const tampered = new URL(link);
      tampered.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 3600));
      const forged = await raw(base, `${tampered.pathname}${tampered.search}`);
      expect(forged.status).toBe(403);
      expect(errorCode(forged)).toBe('FORBIDDEN');
      const otherRun = signed.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, '00000000-0000-4000-8000-000000000000');
      expect((await raw(base, otherRun)).status, otherRun).toBe(403);
    }
    expect((await raw(base, urls.run.artifacts[0]?.downloadUrl ?? '')).headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('模型')}`,
    );
    // A link made two TTLs ago (by any process with the same configuration) has expired.
    const config = loadConfig({ AUTH_REQUIRED: 'true', ADMIN_TOKEN: TEST_ADMIN_TOKEN });
    const old = downloadLink(config, `/datasets/${datasetId}/export.jsonl`, Date.now() - 2_000 * config.downloadLinkTtlSeconds);
    const expired = await raw(base, old);
    expect(expired.status).toBe(401);
    expect(JSON.parse(expired.body).error.message).toContain('expired');
  });

  it('closes a WebSocket with 4401 for a bad token; ends WebSockets and SSE streams of a token revoked or expired meanwhile', async () => {
    const unknown = connectAndWaitForClose(server.wsUrl, { authorization: 'Bearer trt_unknown' });
    expect((await unknown.closed).code).toBe(4401);
    const malformed = connectAndWaitForClose(server.wsUrl, { authorization: 42 });
    expect((await malformed.closed).code).toBe(4401);

    const revokedToken = await createToken(server, { name: 'to revoke', role: 'READ' });
    const expiringToken = await createToken(server, {
      name: 'short-lived',
      role: 'READ',
      expiresAt: new Date(Date.now() + 2_000).toISOString(),
    });
    const keptToken = await createToken(server, { name: 'kept', role: 'READ' });
    const [revoked, expiring, kept] = [revokedToken, expiringToken, keptToken].map((token) =>
      connectAndWaitForClose(server.wsUrl, token.headers),
    );
    await Promise.all([revoked?.acked, expiring?.acked, kept?.acked]);
    // The same token's SSE subscription over HTTP.
    const stream = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${revokedToken.secret}`,
      },
      body: JSON.stringify({ query: 'subscription { runsChanged { id } }' }),
    });
    expect(stream.status).toBe(200);
    const streamEnded = (async () => {
      const reader = stream.body?.getReader();
      try {
        while (!(await reader?.read())?.done) {}
      } catch {}
      return Date.now();
    })();
    const revokedAt = Date.now();
    await server.ok(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { id } } }`,
      { id: revokedToken.token.id },
      asAdmin,
    );
    const closedRevoked = await revoked?.closed;
    expect(closedRevoked?.code).toBe(4401);
    expect((closedRevoked?.at ?? Number.POSITIVE_INFINITY) - revokedAt).toBeLessThan(5_000);
    expect((await streamEnded) - revokedAt).toBeLessThan(5_000);
    expect((await expiring?.closed)?.code).toBe(4401);
    expect(kept?.socket.readyState).toBe(WebSocket.OPEN);
    kept?.socket.close();
  });

  it('answers the GraphiQL page with a JSON 404 and refuses __schema and __type, over HTTP and WebSocket', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect((await page.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Run") { fields { name } } }']) {
      const result = await server.gql(query, {}, asAdmin);
      expect(result.data ?? undefined).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('introspection has been disabled');
    }
    const overSocket = subscribe(server.wsClient(asAdmin), '{ __schema { queryType { name } } }');
    await overSocket.next(1);
    expect(JSON.stringify(overSocket.error ?? overSocket.events)).toContain('introspection has been disabled');
    expect((await server.ok<{ __typename: string }>('{ __typename }')).__typename).toBe('Query');
  });
});
