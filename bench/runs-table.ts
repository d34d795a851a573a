// The runs table at registry scale: seeds --runs runs (default 100,000) straight into the
// database, with summary metrics, params and tags, then times pages of runs(...) as the
// dashboard asks for them: newest first, sorted by a metric (first page and deep in the list,
// past the runs without the metric), filtered by metric and param ranges and a tag. Each page
// should take ≤ 50 ms at the server (p50), however deep. A filter that matches few of the runs
// with the sorted value (a rare tag) walks more of the value index before a page is full.
//
//   node --import tsx bench/runs-table.ts [--runs=100000] [--page=50] [--rounds=20]
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/runs-table.ts
import os from 'node:os';
import { benchOptions, ms, now, printPairs, printTable, type Row, runBench, seedDataset, summarize } from './common.ts';

const {
  runs,
  page: pageSize,
  rounds,
  'show-sql': showSql,
} = benchOptions('Usage: node --import tsx bench/runs-table.ts [options]', {
  runs: { kind: 'int', default: 100_000, help: 'runs seeded straight into the database' },
  page: { kind: 'int', default: 50, max: 100, help: 'page size' },
  rounds: { kind: 'int', default: 20, help: 'timed requests per kind of page' },
  'show-sql': { kind: 'flag', help: 'print the SQL statements of each kind of page' },
});

const PAGE = `query($first: Int!, $after: String, $filter: RunFilter, $orderBy: RunOrder) {
  runs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { node { id name status tags summaryMetrics config createdAt dataset { name version } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Page = { runs: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } } };

await runBench(
  `runs table: pages of runs(filter, orderBy) over ${runs.toLocaleString('en-US')} runs`,
  { countQueries: showSql },
  async (server) => {
    printPairs('settings', {
      runs,
      'page size': pageSize,
      rounds,
      'load average (1 min) at start': os.loadavg()[0]?.toFixed(1) ?? '?',
    });
    const datasetGlobalId = await seedDataset(server, 5, 'runs-table');
    const datasetId = Buffer.from(datasetGlobalId, 'base64').toString('utf8').split(':')[1];

    const t0 = now();
    // One run in ten never finished (no metrics); learning rates on a grid, so sorts by them tie.
    await server.sql(`
    INSERT INTO "runs" ("id", "createdAt", "updatedAt", "datasetId", "baseModel", "executor", "status", "config", "summaryMetrics", "tags")
    SELECT md5('run' || i)::uuid, now() - i * interval '1 second', now(), '${datasetId}', 'bench/model', 'BUILTIN',
           (CASE WHEN i % 10 = 0 THEN 'PENDING' WHEN i % 7 = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END)::"RunStatus",
           jsonb_build_object('learningRate', (ARRAY[0.001, 0.003, 0.01, 0.03, 0.1])[1 + i % 5], 'batchSize', 16 * (1 + i % 4), 'seed', i),
           CASE WHEN i % 10 = 0 THEN NULL ELSE jsonb_build_object('evalLoss', round((random() * 3)::numeric, 3), 'trainLoss', random() * 3) END,
           CASE WHEN i % 100 = 1 THEN ARRAY['baseline']::varchar(64)[] WHEN i % 3 = 0 THEN ARRAY['sweep']::varchar(64)[] ELSE ARRAY[]::varchar(64)[] END
      FROM generate_series(1, ${runs}) AS i`);
    await server.sql(`
    INSERT INTO "run_values" ("runId", "kind", "key", "value")
    SELECT r."id", 'PARAM'::"RunValueKind", e."key", e."value"::numeric::float8 FROM "runs" r, jsonb_each(r."config") e
    UNION ALL
    SELECT r."id", 'METRIC'::"RunValueKind", e."key", e."value"::numeric::float8 FROM "runs" r, jsonb_each(COALESCE(r."summaryMetrics", '{}'::jsonb)) e`);
    await server.sql(`INSERT INTO "run_value_keys" SELECT DISTINCT "kind", "key" FROM "run_values" ON CONFLICT DO NOTHING`);
    await server.sql('ANALYZE');
    console.log(`\nseeded ${runs.toLocaleString('en-US')} runs with their values in ${((now() - t0) / 1000).toFixed(1)} s`);

    const byLoss = { by: 'METRIC', key: 'evalLoss', direction: 'ASC' };
    const page = async (variables: Record<string, unknown>) => {
      const response = await server.request<Page>(PAGE, { first: pageSize, ...variables });
      if (response.result.errors?.length) throw new Error(JSON.stringify(response.result.errors));
      return response;
    };
    // Cursors deep in the list: the middle of the runs with evalLoss, and among the runs without it.
    const middleLoss = await page({ first: 1, filter: { metrics: [{ key: 'evalLoss', min: 1.5 }] }, orderBy: byLoss });
    const middle = middleLoss.result.data?.runs.pageInfo.endCursor;
    const lastWithLoss = await page({ first: 1, orderBy: { ...byLoss, direction: 'DESC' } });
    const pastValued = lastWithLoss.result.data?.runs.pageInfo.endCursor;

    const cases: Array<[string, Record<string, unknown>]> = [
      ['newest first', {}],
      ['status SUCCEEDED, newest first', { filter: { status: ['SUCCEEDED'] } }],
      ['by evalLoss ↑, first page', { orderBy: byLoss }],
      ['by evalLoss ↑, mid-list (after 45,000)', { orderBy: byLoss, after: middle }],
      ['by evalLoss ↑, into runs without it', { orderBy: byLoss, after: pastValued }],
      [
        'by learningRate ↓ (ties), SUCCEEDED',
        { orderBy: { by: 'PARAM', key: 'learningRate', direction: 'DESC' }, filter: { status: ['SUCCEEDED'] } },
      ],
      [
        'evalLoss ≤ 0.5 and learningRate ≥ 0.01, by evalLoss',
        { orderBy: byLoss, filter: { metrics: [{ key: 'evalLoss', max: 0.5 }], params: [{ key: 'learningRate', min: 0.01 }] } },
      ],
      ['tag "baseline", by evalLoss', { orderBy: byLoss, filter: { tags: ['baseline'] } }],
      ['tag "sweep", newest first', { filter: { tags: ['sweep'] } }],
    ];
    const rows: Row[] = [];
    let slow = 0;
    for (const [name, variables] of cases) {
      server.queries.length = 0;
      await page(variables); // warm-up
      if (showSql) console.log(`\n${name}:\n${server.queries.join('\n')}`);
      const times: number[] = [];
      let count = 0;
      for (let round = 0; round < rounds; round += 1) {
        const response = await page(variables);
        times.push(response.ms);
        count = response.result.data?.runs.edges.length ?? 0;
      }
      const stats = summarize(times);
      if (stats.p50 > 50) slow += 1;
      rows.push({ page: name, rows: count, p50: ms(stats.p50), p95: ms(stats.p95), max: ms(stats.max) });
    }
    printTable(`runs(first: ${pageSize}) over HTTP, ${rounds} rounds each`, rows);
    printPairs('checks', { 'pages over 50 ms (p50)': slow, result: slow === 0 ? 'OK' : 'SLOW' });
  },
);
