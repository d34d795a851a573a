// Keyset pagination: seeds 20,000 traces, pages through all of them with traces(first: 100,
// after), then fetches the first and the last pages again, interleaved, to compare their
// latency (keyset pagination should be flat: ratio near 1). Also counts the SQL statements of a
// runs page that selects a relation and a list per run (N+1 check).
//
//   node --import tsx bench/pagination.ts [--traces=20000] [--page=100] [--window=20] [--rounds=5] [--runs=50] [--show-sql]
import {
  benchOptions,
  expectData,
  ms,
  now,
  printPairs,
  printTable,
  type Row,
  runBench,
  seedDataset,
  seedTraces,
  summarize,
  type Timed,
} from './common.ts';

const {
  traces,
  page: pageSize,
  window,
  rounds,
  runs,
  'show-sql': showSql,
} = benchOptions('Usage: node --import tsx bench/pagination.ts [options]', {
  traces: { kind: 'int', default: 20_000, help: 'traces seeded' },
  page: { kind: 'int', default: 100, max: 100, help: 'page size' },
  window: { kind: 'int', default: 20, help: 'pages fetched again at the start and the end' },
  rounds: { kind: 'int', default: 5, help: 'rounds of first/last page fetches' },
  runs: { kind: 'int', default: 50, max: 1_000, help: 'runs seeded for the N+1 check' },
  'show-sql': { kind: 'flag', help: 'print the SQL statements of the runs page' },
});

const TRACES_PAGE = `query($first: Int!, $after: String) {
  traces(first: $first, after: $after) {
    edges { cursor node { id createdAt prompt stepCount source tags } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const TRACES_PAGE_WITH_COUNT = TRACES_PAGE.replace('pageInfo {', 'totalCount pageInfo {');
const RUNS_PAGE = `query($first: Int!) {
  runs(first: $first) { edges { node { id status dataset { key } statusChanges { toStatus } } } }
}`;

type TracesPage = {
  traces: {
    edges: { cursor: string; node: { id: string; createdAt: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
  };
};

await runBench(
  'pagination: traces(first, after) over the whole list; runs page statement count',
  { countQueries: true },
  async (server) => {
    printPairs('settings', { traces, 'page size': pageSize, 'window (pages)': window, rounds, runs });

    const seedSeconds = await seedTraces(server, traces);
    console.log(`\nseeded ${traces.toLocaleString('en-US')} traces with createTraces ×500 in ${seedSeconds.toFixed(2)} s`);

    // Pass 1: the whole list, page after page, keeping each page's `after` cursor.
    const afterOf: (string | null)[] = [];
    const pass: number[] = [];
    const seen = new Set<string>();
    let previous: { createdAt: string; id: string } | undefined;
    let ordered = true;
    let after: string | null = null;
    const t0 = now();
    for (;;) {
      afterOf.push(after);
      const response: Timed<TracesPage> = await server.request<TracesPage>(TRACES_PAGE, { first: pageSize, after });
      const page: TracesPage['traces'] = expectData(response.result).traces;
      pass.push(response.ms);
      for (const { node } of page.edges) {
        seen.add(node.id);
        // newest first: createdAt, then id, never increase
        const key = { createdAt: node.createdAt, id: Buffer.from(node.id, 'base64').toString('utf8') };
        if (previous && (key.createdAt > previous.createdAt || (key.createdAt === previous.createdAt && key.id > previous.id))) {
          ordered = false;
        }
        previous = key;
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const passSeconds = (now() - t0) / 1000;
    const pages = afterOf.length;
    const w = Math.min(window, Math.floor(pages / 2));

    // Pass 2: the first and the last `w` pages again, interleaved, so that warm-up and drift hit both alike.
    const start: number[] = [];
    const end: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (let i = 0; i < w; i += 1) {
        for (const [index, into] of [
          [i, start],
          [pages - w + i, end],
        ] as const) {
          const response = await server.request<TracesPage>(TRACES_PAGE, { first: pageSize, after: afterOf[index] });
          expectData(response.result);
          into.push(response.ms);
        }
      }
    }
    const counted: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const response = await server.request<TracesPage>(TRACES_PAGE_WITH_COUNT, { first: pageSize, after: afterOf[pages - 1] });
      expectData(response.result);
      counted.push(response.ms);
    }

    const all = summarize(pass);
    const s = summarize(start);
    const e = summarize(end);
    const c = summarize(counted);
    const rows: Row[] = [
      {
        measure: `pass 1: all ${pages} pages`,
        requests: pages,
        seconds: passSeconds.toFixed(2),
        'pages/s': Math.round(pages / passSeconds),
        p50: ms(all.p50),
        p95: ms(all.p95),
      },
      { measure: `first ${w} pages (×${rounds})`, requests: start.length, p50: ms(s.p50), p95: ms(s.p95) },
      { measure: `last ${w} pages (×${rounds})`, requests: end.length, p50: ms(e.p50), p95: ms(e.p95) },
      { measure: 'last page + totalCount', requests: counted.length, p50: ms(c.p50), p95: ms(c.p95) },
    ];
    printTable('traces(first, after) latency', rows);
    console.log(`\nend/start p50 ratio: ${(e.p50 / s.p50).toFixed(2)} (1.00 = flat)`);
    console.log(`totalCount adds ${ms(c.p50 - e.p50)} at p50 (a count over every trace)`);
    const complete = seen.size === traces;
    console.log(
      `check: ${seen.size.toLocaleString('en-US')} distinct traces seen of ${traces.toLocaleString('en-US')}: ${complete ? 'OK' : 'FAIL'}; order createdAt DESC, id DESC: ${ordered ? 'OK' : 'FAIL'}`,
    );

    // SQL statements per request: a traces page, and a runs page selecting a relation and a list per run.
    const datasetId = await seedDataset(server, 10, 'pagination');
    for (let i = 0; i < runs; i += 1) {
      await server.ok(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
        input: { datasetId, executor: 'DRY_RUN', name: `run ${i}` },
      });
    }
    const statements: Row[] = [];
    const measure = async (
      label: string,
      query: string,
      variables: Record<string, unknown>,
      expectRows: (data: never) => number,
    ) => {
      server.queries.length = 0;
      const response = await server.request(query, variables);
      const rowsReturned = expectRows(expectData(response.result) as never);
      const sql = [...server.queries];
      statements.push({ request: label, 'rows returned': rowsReturned, 'SQL statements': sql.length, latency: ms(response.ms) });
      if (showSql) for (const statement of sql) console.log(`  ${label}: ${statement.replace(/\s+/g, ' ')}`);
    };
    await measure(
      'traces(first: 100) page',
      TRACES_PAGE,
      { first: pageSize, after: afterOf[1] },
      (data: TracesPage) => data.traces.edges.length,
    );
    await measure(
      `runs(first: ${Math.min(runs, 100)}) { dataset { key } statusChanges { toStatus } }`,
      RUNS_PAGE,
      { first: Math.min(runs, 100) },
      (data: { runs: { edges: unknown[] } }) => data.runs.edges.length,
    );
    printTable('SQL statements per request (counted through openDeps onQuery)', statements);
    if (!complete || !ordered) throw new Error('pagination missed, repeated or misordered traces');
  },
);
