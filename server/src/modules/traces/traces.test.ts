import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import type { ConnectionPage } from '../../../test/testkit/flow.ts';
import { roundHalfEven } from '../common/text.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { TRACE_MAX_BYTES: '2048' } });
});
afterAll(() => server?.close());

const trace = (n: number, extra: Record<string, unknown> = {}) => ({
  prompt: `What is ${n} + ${n}?`,
  steps: [
    { i: 0, type: 'parse', content: `Add ${n} and ${n}` },
    { i: 1, type: 'compute', content: `${n} + ${n} = ${2 * n}` },
  ],
  finalAnswer: String(2 * n),
  ...extra,
});

const CREATE = `mutation($input: CreateTraceInput!) {
  createTrace(input: $input) { trace { id prompt finalAnswer stepCount totalChars source traceVersion steps { i type content } } }
}`;

describe('createTrace', () => {
  it('stores a trace and returns it with a global id', async () => {
    const data = await server.ok<{ createTrace: { trace: Record<string, unknown> & { id: string } } }>(CREATE, {
      input: trace(2, { meta: { source: 'unit' }, tags: ['math'] }),
    });
    const created = data.createTrace.trace;
    expect(created).toMatchObject({
      prompt: 'What is 2 + 2?',
      finalAnswer: '4',
      stepCount: 2,
      source: 'unit',
      traceVersion: '1.0',
    });
    expect(Buffer.from(created.id, 'base64').toString()).toMatch(/^Trace:/);
    const node = await server.ok<{ node: { prompt: string } }>(`query($id: ID!) { node(id: $id) { ... on Trace { prompt } } }`, {
      id: created.id,
    });
    expect(node.node.prompt).toBe('What is 2 + 2?');
  });

  it('counts lengths in code points, as the reference does', async () => {
    const data = await server.ok<{ createTrace: { trace: { totalChars: number } } }>(CREATE, {
      input: { prompt: '😀😀', finalAnswer: 'é', steps: [{ i: 0, type: 't', content: '°C' }] },
    });
    expect(data.createTrace.trace.totalChars).toBe(5);
  });

  it('reports every problem of a bad trace, with its path, and stores nothing', async () => {
    const before = await server.deps.prisma.trace.count();
    const result = await server.gql(CREATE, {
      input: {
        prompt: '',
        finalAnswer: 'x',
        traceVersion: 'v'.repeat(65),
        steps: [
          { i: 0, type: 'a', content: 'ok' },
          { i: 0, type: '', content: 'dup' },
        ],
      },
    });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = ((error?.extensions?.fieldErrors ?? []) as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['prompt', 'steps.1.i', 'steps.1.type', 'traceVersion']);
    expect(await server.deps.prisma.trace.count()).toBe(before);
  });

  it('rejects a trace without steps and with a negative step index', async () => {
    const empty = await server.gql(CREATE, { input: { prompt: 'p', finalAnswer: 'a', steps: [] } });
    expect(empty.errors?.[0]?.message).toContain('steps: must not be empty');
    const negative = await server.gql(CREATE, {
      input: { prompt: 'p', finalAnswer: 'a', steps: [{ i: -1, type: 't', content: 'c' }] },
    });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a trace over TRACE_MAX_BYTES with PAYLOAD_TOO_LARGE', async () => {
    const result = await server.gql(CREATE, { input: trace(1, { prompt: 'x'.repeat(3000) }) });
    expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(result.errors?.[0]?.message).toContain('TRACE_MAX_BYTES');
  });
});

describe('createTraces', () => {
  const BULK = `mutation($input: CreateTracesInput!) { createTraces(input: $input) { createdCount traces { id finalAnswer } } }`;

  it('creates a batch in one INSERT and returns it in input order', async () => {
    const traces = Array.from({ length: 50 }, (_, n) => trace(n + 100, { meta: { source: 'bulk' } }));
    server.sql.length = 0;
    const data = await server.ok<{ createTraces: { createdCount: number; traces: { finalAnswer: string }[] } }>(BULK, {
      input: { traces },
    });
    expect(data.createTraces.createdCount).toBe(50);
    expect(data.createTraces.traces.map((t) => t.finalAnswer)).toEqual(traces.map((t) => t.finalAnswer));
    expect(server.sql.filter((s) => s.trimStart().startsWith('INSERT')).length).toBe(1);
  });

  it('rejects the whole batch when one trace is bad, naming its index', async () => {
    const before = await server.deps.prisma.trace.count();
    const result = await server.gql(BULK, { input: { traces: [trace(1), trace(2, { finalAnswer: '' })] } });
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([{ path: 'traces.1.finalAnswer', message: 'must not be empty' }]);
    expect(await server.deps.prisma.trace.count()).toBe(before);
  });

  it('rejects an empty batch and one over 1000', async () => {
    const empty = await server.gql(BULK, { input: { traces: [] } });
    expect(empty.errors?.[0]?.message).toContain('traces: must not be empty');
    const tooMany = await server.gql(BULK, { input: { traces: Array.from({ length: 1001 }, (_, n) => trace(n)) } });
    expect(tooMany.errors?.[0]?.message).toContain('at most 1000');
  });
});

describe('traces connection', () => {
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: TraceFilter) {
    traces(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { finalAnswer } }
    }
  }`;
  type Page = { traces: ConnectionPage<{ finalAnswer: string }> };
  const answers = (page: Page) => page.traces.edges.map((e) => e.node.finalAnswer);

  it('pages forwards and backwards with stable cursors while traces are added', async () => {
    const source = 'paging';
    for (let n = 0; n < 25; n += 1) await server.ok(CREATE, { input: trace(n, { meta: { source }, finalAnswer: `a${n}` }) });
    const filter = { source };
    const first = await server.ok<Page>(PAGE, { first: 10, filter });
    expect(first.traces.totalCount).toBe(25);
    expect(answers(first)).toEqual(Array.from({ length: 10 }, (_, i) => `a${24 - i}`));
    expect(first.traces.pageInfo.hasNextPage).toBe(true);

    // New traces arrive at the head of the list; the next page must not repeat or skip anything.
    for (let n = 25; n < 28; n += 1) await server.ok(CREATE, { input: trace(n, { meta: { source }, finalAnswer: `a${n}` }) });
    const second = await server.ok<Page>(PAGE, { first: 10, after: first.traces.pageInfo.endCursor, filter });
    expect(answers(second)).toEqual(Array.from({ length: 10 }, (_, i) => `a${14 - i}`));
    const third = await server.ok<Page>(PAGE, { first: 10, after: second.traces.pageInfo.endCursor, filter });
    expect(answers(third)).toEqual(['a4', 'a3', 'a2', 'a1', 'a0']);
    expect(third.traces.pageInfo.hasNextPage).toBe(false);

    const back = await server.ok<Page>(PAGE, { last: 10, before: third.traces.pageInfo.startCursor, filter });
    expect(answers(back)).toEqual(answers(second));
    expect(back.traces.pageInfo.hasPreviousPage).toBe(true);
  });

  it('refuses a page over 100 instead of cutting it silently', async () => {
    const result = await server.gql(PAGE, { first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('first must be between 0 and 100');
  });

  it('filters by tags, meta and text', async () => {
    await server.ok(CREATE, {
      input: trace(7, { tags: ['rare', 'x'], meta: { source: 'filters', game: 'duel' }, prompt: 'Needle in haystack' }),
    });
    const byTag = await server.ok<Page>(PAGE, { first: 5, filter: { tags: ['rare'] } });
    expect(byTag.traces.totalCount).toBe(1);
    const byMeta = await server.ok<Page>(PAGE, { first: 5, filter: { metaContains: { game: 'duel' } } });
    expect(byMeta.traces.totalCount).toBe(1);
    const bySearch = await server.ok<Page>(PAGE, { first: 5, filter: { search: 'NEEDLE' } });
    expect(bySearch.traces.totalCount).toBe(1);
  });

  it('rejects a malformed cursor with a clear error', async () => {
    const result = await server.gql(PAGE, { first: 5, after: 'not-a-cursor' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scoreTraces', () => {
  it('scores with the baseline formula and stores the score', async () => {
    const created = await server.ok<{ createTrace: { trace: { id: string } } }>(CREATE, {
      input: {
        prompt: 'p',
        finalAnswer: 'a',
        steps: Array.from({ length: 5 }, (_, i) => ({ i, type: 't', content: 'x'.repeat(250) })),
      },
    });
    const data = await server.ok<{
      scoreTraces: { scores: { score: number; details: { step_score: number; length_score: number } }[] };
    }>(`mutation($input: ScoreTracesInput!) { scoreTraces(input: $input) { scores { score details } } }`, {
      input: { traceIds: [created.createTrace.trace.id] },
    });
    // 5 steps → 25 points; 250 characters on average → 25 points.
    expect(data.scoreTraces.scores[0]).toMatchObject({ score: 50, details: { step_score: 25, length_score: 25 } });
    const stored = await server.ok<{ node: { scores: { totalCount: number } } }>(
      `query($id: ID!) { node(id: $id) { ... on Trace { scores(first: 5) { totalCount } } } }`,
      { id: created.createTrace.trace.id },
    );
    expect(stored.node.scores.totalCount).toBe(1);
  });
});

describe('compareTraces', () => {
  const COMPARE = `query($base: ID!, $other: ID!) { compareTraces(base: $base, other: $other) {
    base { trace { id } score details } other { trace { id } score }
    scoreDelta promptChanged finalAnswerChanged
    steps { change basePosition otherPosition base { i type content } other { i content } contentDiff { value added removed } }
  } }`;
  const create = async (input: Record<string, unknown>) =>
    (await server.ok<{ createTrace: { trace: { id: string } } }>(CREATE, { input })).createTrace.trace.id;

  it("shows both traces with their baseline scores (rounded as Python's round: 21.575 → 21.57) and a step-by-step diff", async () => {
    // 4 steps of 63 code points: 20 + 1.575 = 21.575, which as a double is 21.57499…
    const steps = [
      { i: 0, type: 'parse', content: 'We add 2 and 3.' },
      { i: 1, type: 'compute', content: '2 + 3 = 5 so far.' },
      { i: 2, type: 'check', content: 'Five is odd, ok' },
      { i: 3, type: 'result', content: 'The answer is 5.' },
    ];
    const base = await create({ prompt: 'What is 2 + 3?', finalAnswer: '5', steps });
    const other = await create({
      prompt: 'What is 2 + 3?',
      finalAnswer: '6',
      steps: [
        steps[0],
        { ...steps[1], content: '2 + 3 = 6 so far.' },
        steps[3],
        { i: 4, type: 'check', content: 'Double-check: 2 + 3 = 6.' },
      ],
    });
    const { compareTraces } = await server.ok<{ compareTraces: Record<string, unknown> & { steps: unknown[] } }>(COMPARE, {
      base,
      other,
    });
    expect(compareTraces.base).toEqual({
      trace: { id: base },
      score: 21.57,
      details: expect.objectContaining({
        step_count: 4,
        total_chars: 63,
        avg_step_length: 15.75,
        step_score: 20,
        length_score: 1.57,
      }),
    });
    expect(compareTraces).toMatchObject({ other: { trace: { id: other } }, promptChanged: false, finalAnswerChanged: true });
    expect(compareTraces.scoreDelta).toBe(roundHalfEven((compareTraces.other as { score: number }).score - 21.57, 2));
    expect(compareTraces.steps).toEqual([
      {
        change: 'UNCHANGED',
        basePosition: 0,
        otherPosition: 0,
        base: steps[0],
        other: { i: 0, content: 'We add 2 and 3.' },
        contentDiff: null,
      },
      {
        change: 'CHANGED',
        basePosition: 1,
        otherPosition: 1,
        base: steps[1],
        other: { i: 1, content: '2 + 3 = 6 so far.' },
        contentDiff: [
          { value: '2 + 3 = ', added: false, removed: false },
          { value: '5', added: false, removed: true },
          { value: '6', added: true, removed: false },
          { value: ' so far.', added: false, removed: false },
        ],
      },
      { change: 'REMOVED', basePosition: 2, otherPosition: null, base: steps[2], other: null, contentDiff: null },
      {
        change: 'UNCHANGED',
        basePosition: 3,
        otherPosition: 2,
        base: steps[3],
        other: { i: 3, content: 'The answer is 5.' },
        contentDiff: null,
      },
      {
        change: 'ADDED',
        basePosition: null,
        otherPosition: 3,
        base: null,
        other: { i: 4, content: 'Double-check: 2 + 3 = 6.' },
        contentDiff: null,
      },
    ]);
  });

  it('names the trace that is missing', async () => {
    const base = await create(trace(1));
    const missing = Buffer.from('Trace:00000000-0000-7000-8000-000000000000').toString('base64');
    const result = await server.gql(COMPARE, { base, other: missing });
    expect(result.errors?.[0]).toMatchObject({ message: `Trace ${missing} not found`, extensions: { code: 'NOT_FOUND' } });
  });
});
