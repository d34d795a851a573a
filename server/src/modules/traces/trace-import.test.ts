// POST /import/traces on a real server: the door (tokens, content type), per-line errors with
// nothing stored, the skip mode, a large body streamed through COPY, and rows equal to what
// createTraces stores for the same input.
import http from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestServer, waitFor } from '../../../test/harness.ts';
import { asAdmin, createToken, startServerWithAuth, TEST_ADMIN_TOKEN } from '../../../test/testkit/flow.ts';

let server: TestServer;
let endpoint: string;
let readToken: string;

interface ImportLine {
  type: 'progress' | 'error' | 'result';
  [key: string]: unknown;
}

const trace = (source: string, n: number, extra: Record<string, unknown> = {}) => ({
  prompt: `What is ${n} + ${n}?\tTabs, "quotes", back\\slashes and\nnewlines survive COPY`,
  finalAnswer: String(2 * n),
  steps: [
    { i: 0, type: 'add', content: `${n} + ${n} = ${2 * n}` },
    { i: 1, type: 'check', content: 'é ✓ 🙂' },
  ],
  meta: { source, n, nested: { list: [1, 'two'] } },
  tags: ['import', 'with "quote"', 'back\\slash'],
  ...extra,
});

const jsonl = (values: unknown[]) =>
  values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n');

async function post(body: BodyInit, { query = '', token = TEST_ADMIN_TOKEN, type = 'application/x-ndjson' } = {}) {
  const response = await fetch(`${endpoint}${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  const lines = response.headers.get('content-type')?.startsWith('application/x-ndjson')
    ? text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as ImportLine)
    : [];
  return { status: response.status, text, lines, result: lines.at(-1) };
}

async function countOf(source: string): Promise<number> {
  const data = await server.ok<{ traces: { totalCount: number } }>(
    'query ($source: String!) { traces(filter: { source: $source }) { totalCount } }',
    { source },
    asAdmin,
  );
  return data.traces.totalCount;
}

beforeAll(async () => {
  server = await startServerWithAuth({ env: { TRACE_MAX_BYTES: '4096' } });
  endpoint = server.url.replace(/\/graphql$/, '/import/traces');
  readToken = (await createToken(server, { name: 'reader', role: 'READ' })).secret;
});

afterAll(() => server?.close());

describe('POST /import/traces', () => {
  it('refuses callers without a WRITE token, and bodies any web page could send', async () => {
    const body = jsonl([trace('refused', 1)]);
    const anonymous = await post(body, { token: '' });
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).error).toMatchObject({ code: 'UNAUTHENTICATED' });
    const reader = await post(body, { token: readToken });
    expect(reader.status).toBe(403);
    expect(JSON.parse(reader.text).error.message).toContain("this token's role is READ");
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const simple = await post(body, { type });
      expect(simple.status).toBe(415);
    }
    expect((await post(body, { query: '?invalid=maybe' })).status).toBe(400);
    const get = await fetch(endpoint, { headers: asAdmin });
    expect(get.status).toBe(405);
    expect(await countOf('refused')).toBe(0);
  });

  it('names every bad line by number and field, and stores nothing of a file with one', async () => {
    const source = 'bad-lines';
    const { status, lines, result } = await post(
      jsonl([
        trace(source, 1),
        '{not json',
        '',
        trace(source, 3, { prompt: '' }),
        trace(source, 4, { steps: [{ i: 0, type: 'x', content: 'nul \u0000 here' }] }),
        trace(source, 5, { stepz: [] }),
        '[1, 2]',
        trace(source, 8, { prompt: 'x'.repeat(5000) }),
        trace(source, 9),
      ]),
    );
    expect(status).toBe(200);
    const errors = lines.filter((line) => line.type === 'error');
    expect(errors).toEqual([
      { type: 'error', line: 2, field: null, message: expect.stringMatching(/^not JSON/) },
      { type: 'error', line: 4, field: 'prompt', message: 'must not be empty' },
      { type: 'error', line: 5, field: 'steps.0.content', message: 'must not contain NUL characters (U+0000)' },
      { type: 'error', line: 6, field: 'stepz', message: expect.stringContaining('is not a field of a trace') },
      { type: 'error', line: 7, field: null, message: 'must be a JSON object (one trace per line)' },
      { type: 'error', line: 8, field: null, message: expect.stringContaining('the limit is 4096 (TRACE_MAX_BYTES)') },
    ]);
    expect(result).toMatchObject({ type: 'result', status: 'REJECTED', lines: 9, imported: 0, invalid: 6 });
    expect(await countOf(source)).toBe(0);
  });

  it('rolls back batches already copied when a bad line comes late, and stops after 100 reported problems', async () => {
    const source = 'late-bad-line';
    const good = Array.from({ length: 2_500 }, (_, n) => trace(source, n));
    const late = await post(jsonl([...good, '{', ...good.slice(0, 10)]));
    expect(late.lines.filter((line) => line.type === 'progress').length).toBeGreaterThanOrEqual(2);
    expect(late.result).toMatchObject({ status: 'REJECTED', lines: 2_511, imported: 0, invalid: 1 });
    expect(await countOf(source)).toBe(0);

    const many = await post(jsonl(Array.from({ length: 150 }, () => '{')));
    expect(many.lines.filter((line) => line.type === 'error')).toHaveLength(100);
    expect(many.result).toMatchObject({ status: 'REJECTED', invalid: 100 });
  });

  it('never commits a cut upload: what a client sent before it went away is dropped, and its connection given back', async () => {
    const source = 'client-gone';
    const request = http.request(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...asAdmin },
    });
    request.on('error', () => {});
    const progressed = new Promise<void>((resolve) =>
      request.on('response', (response) => response.once('data', () => resolve()).on('error', () => {})),
    );
    request.write(`${Array.from({ length: 2_500 }, (_, n) => JSON.stringify(trace(source, n))).join('\n')}\n`);
    await progressed; // at least one batch went to the database
    request.destroy();
    const next = await post(jsonl([trace(`${source}-after`, 1)]));
    expect(next.result).toMatchObject({ status: 'IMPORTED', imported: 1 });
    expect(await countOf(source)).toBe(0);
    expect(await countOf(`${source}-after`)).toBe(1);
    if (dbKind === 'postgres') {
      // No connection is left holding the cut import's transaction.
      await waitFor(
        async () => {
          const open = await server.deps.prisma.$queryRaw<{ n: bigint }[]>`
          SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
          return Number(open[0]?.n) === 0;
        },
        'the cut import to roll back',
        5_000,
      );
    }
  });

  it('with invalid=skip stores the good lines and reports the bad ones', async () => {
    const source = 'skip-mode';
    const { result, lines } = await post(jsonl([trace(source, 1), '{', trace(source, 2)]), { query: '?invalid=skip' });
    expect(lines.filter((line) => line.type === 'error').map((line) => line.line)).toEqual([2]);
    expect(result).toMatchObject({ status: 'IMPORTED', lines: 3, imported: 2, invalid: 1 });
    expect(await countOf(source)).toBe(2);
  });

  it('stores what createTraces stores for the same input, and TRACE export lines as the trace exported', async () => {
    const source = 'same-rows';
    const input = trace(source, 7);
    await server.ok(
      'mutation ($input: CreateTracesInput!) { createTraces(input: $input) { createdCount } }',
      { input: { traces: [input] } },
      asAdmin,
    );
    const exported = {
      id: '0190a0a0-0000-7000-8000-000000000000',
      prompts: input.prompt,
      trace_steps: ['one', 'two'],
      final_answer: 'b',
      metadata: { source: `${source}-export`, created_at: '2026-01-01T00:00:00+00:00', trace_version: '2.0' },
    };
    const { result } = await post(jsonl([input, exported]));
    expect(result).toMatchObject({ status: 'IMPORTED', imported: 2 });
    const read = (filter: string) =>
      server.ok<{ traces: { edges: { node: Record<string, unknown> }[] } }>(
        `query ($source: String!) { traces(filter: { source: $source }) { edges { node {
          traceVersion prompt finalAnswer steps { i type content } stepCount totalChars meta source tags } } } }`,
        { source: filter },
        asAdmin,
      );
    const [imported, created] = (await read(source)).traces.edges.map((edge) => edge.node);
    expect(imported).toEqual(created);
    expect(imported?.prompt).toBe(input.prompt);
    expect((await read(`${source}-export`)).traces.edges[0]?.node).toMatchObject({
      traceVersion: '2.0',
      prompt: input.prompt,
      finalAnswer: 'b',
      steps: [
        { i: 0, type: 'step', content: 'one' },
        { i: 1, type: 'step', content: 'two' },
      ],
      meta: { source: `${source}-export` },
    });
  });

  it('streams a large body through in batches, reporting progress, in file order', async () => {
    const source = 'large';
    const total = 5_000;
    let n = 0;
    // Generated as it is sent: the test holds no more of the body than the server does.
    const body = Readable.toWeb(
      Readable.from(
        (function* () {
          for (n = 0; n < total; n += 1) yield `${JSON.stringify(trace(source, n))}\r\n`;
        })(),
      ),
    ) as ReadableStream;
    const { result, lines } = await post(body);
    expect(result).toMatchObject({ status: 'IMPORTED', lines: total, imported: total, invalid: 0 });
    const progress = lines.filter((line) => line.type === 'progress').map((line) => line.written as number);
    expect(progress.length).toBeGreaterThanOrEqual(total / 1_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await countOf(source)).toBe(total);
    const first = await server.ok<{ traces: { edges: { node: { meta: { n: number } } }[] } }>(
      'query ($source: String!) { traces(filter: { source: $source }, order: ASC, first: 3) { edges { node { meta } } } }',
      { source },
      asAdmin,
    );
    expect(first.traces.edges.map((edge) => edge.node.meta.n)).toEqual([0, 1, 2]);
  });
});
