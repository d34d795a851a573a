// The leaderboard at scale: seeds --runs SUCCEEDED runs with --per-run evaluations each (100,000
// evaluations by default; integer scores, so ties are everywhere), then times the leaderboard's
// own SQL (leaderboardPage, leaderboardCount: what the GraphQL field runs): the first page, a page
// deep in the board, filtered pages and totalCount. Prints PostgreSQL's plan of the first page,
// which should walk the (status, score DESC, id DESC) index rather than sort.
//
//   node --import tsx bench/leaderboard.ts [--runs=50000] [--per-run=2] [--page=50] [--depth=20] [--rounds=20]
import { createHash } from 'node:crypto';
import { type Database, openDatabase } from '../server/src/db/database.ts';
import type { Deps } from '../server/src/deps.ts';
import {
  type LeaderboardCursor,
  type LeaderboardFilter,
  leaderboardCount,
  leaderboardPage,
} from '../server/src/modules/evaluation/evaluation.service.ts';
import { benchOptions, createBenchDatabase, ms, now, printPairs, printTable, type Row, summarize } from './common.ts';

const {
  runs,
  'per-run': perRun,
  page,
  depth,
  rounds,
} = benchOptions('Usage: node --import tsx bench/leaderboard.ts [options]', {
  runs: { kind: 'int', default: 50_000, max: 1_000_000, help: 'SUCCEEDED runs seeded' },
  'per-run': { kind: 'int', default: 2, max: 20, help: 'evaluations per run (alternating judges)' },
  page: { kind: 'int', default: 50, max: 100, help: 'page size' },
  depth: { kind: 'int', default: 20, help: 'pages walked before timing the deep page' },
  rounds: { kind: 'int', default: 20, help: 'timed repetitions of each query' },
});

async function openBenchDatabase(): Promise<{ db: Database; kind: string; drop(): Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL?.trim();
  if (!base) {
    const db = await openDatabase({ migrate: true });
    return { db, kind: 'PGlite (in memory)', drop: () => db.close() };
  }
  const created = await createBenchDatabase(base);
  const db = await openDatabase({ url: created.url, migrate: true });
  return {
    db,
    kind: 'PostgreSQL',
    async drop() {
      await db.close();
      await created.drop();
    },
  };
}

const { db, kind, drop } = await openBenchDatabase();
try {
  const prisma = db.prisma;
  const deps = { prisma } as Deps;
  printPairs('settings', { database: kind, runs, 'evaluations per run': perRun, evaluations: runs * perRun, page, rounds });

  const seeded = now();
  const dataset = await prisma.dataset.create({
    data: {
      key: 'bench-leaderboard-v1',
      name: 'bench-leaderboard',
      version: 'v1',
      selectionStrategy: 'EXPLICIT',
      traceCount: 0,
      stats: {},
      checksum: createHash('sha256').update('').digest('hex'),
    },
  });
  await prisma.$executeRaw`
    INSERT INTO runs (id, "datasetId", "baseModel", executor, status, config, "updatedAt", "createdAt")
    SELECT gen_random_uuid(), ${dataset.id}::uuid, 'org/model-' || (i % 10), 'BUILTIN', 'SUCCEEDED',
           jsonb_build_object('epochs', i % 5), now(), now() - make_interval(secs => i)
      FROM generate_series(1, ${runs}) AS i`;
  await prisma.$executeRaw`
    INSERT INTO evaluations (id, "runId", "judgeName", "judgeVersion", status, score, "primaryScore", verdict, "updatedAt", "createdAt")
    SELECT gen_random_uuid(), r.id, CASE WHEN g % 2 = 0 THEN 'answer_correctness' ELSE 'llm' END, 'v1', 'SUCCEEDED',
           s.score, s.score / 100, 'PASS', now(), r."createdAt" + make_interval(secs => g)
      FROM runs r CROSS JOIN generate_series(1, ${perRun}) AS g
      CROSS JOIN LATERAL (SELECT floor(random() * 101)::float8 + g * 0 AS score) s`;
  await prisma.$executeRawUnsafe('ANALYZE');
  printPairs('seeded', { seconds: ((now() - seeded) / 1000).toFixed(1) });

  const timed = async (label: string, work: () => Promise<unknown>): Promise<Row> => {
    await work(); // warm
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = now();
      await work();
      times.push(now() - started);
    }
    const stats = summarize(times);
    return { query: label, p50: ms(stats.p50), p95: ms(stats.p95), max: ms(stats.max) };
  };

  let deep: LeaderboardCursor | null = null;
  for (let index = 0; index < depth; index++) {
    const result = await leaderboardPage(deps, null, page, deep);
    deep = result.entries.at(-1) ?? null;
  }
  const filters: [string, LeaderboardFilter][] = [
    ['judge', { judge: 'answer_correctness' }],
    ['baseModel + configContains', { baseModel: 'model-3', configContains: { epochs: 3 } }],
    ['datasetId + judge + createdAfter', { datasetId: dataset.id, judge: 'llm', createdAfter: new Date(Date.now() - 3_600_000) }],
  ];
  const rows: Row[] = [
    await timed(`first page (${page})`, () => leaderboardPage(deps, null, page, null)),
    await timed(`page ${depth + 1} (after a cursor)`, () => leaderboardPage(deps, null, page, deep)),
  ];
  for (const [label, filter] of filters)
    rows.push(await timed(`first page, ${label}`, () => leaderboardPage(deps, filter, page, null)));
  rows.push(await timed('totalCount (no filter)', () => leaderboardCount(deps, null)));
  rows.push(await timed('totalCount (judge)', () => leaderboardCount(deps, { judge: 'answer_correctness' })));
  printTable('leaderboard queries', rows);

  const plan = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN SELECT e.id FROM evaluations e JOIN runs r ON r.id = e."runId"
      WHERE e.status = 'SUCCEEDED' AND e.score IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM evaluations n WHERE n."runId" = e."runId" AND n.status = 'SUCCEEDED'
                        AND (n."createdAt", n.id) > (e."createdAt", e.id))
      ORDER BY e.score DESC, e.id DESC LIMIT ${page + 1}`,
  );
  console.log('\nplan of the first page:');
  for (const line of plan) console.log(`  ${line['QUERY PLAN']}`);
} finally {
  await drop();
}
