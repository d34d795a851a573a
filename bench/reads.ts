// Reads against the anchor: tunix-rt and PostGraphile v5 (the peers harness, ../shared/peers) serve
// the same query shapes from the same PostgreSQL rows, driven in alternating rounds by the
// harness's autocannon script. Prints req/s, p99 and server CPU per request for both, with ratios.
//
//   node --import tsx bench/reads.ts [--traces=100000] [--runs=2000] [--rounds=2] [--duration=6]
//   needs PostgreSQL (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres),
//   psql, and `npm ci` in the peers folder (PEERS_DIR, default ../shared/peers next to this checkout).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../server/src/db/database.ts';
import { benchOptions, fmt, printPairs, printTable, type Row, sleep } from './common.ts';

const options = benchOptions('reads.ts', {
  traces: { kind: 'int', default: 100_000, help: 'traces seeded (5 steps × 200 chars, 1 score each)' },
  runs: { kind: 'int', default: 2_000, help: 'runs seeded (2 status changes each, summary metrics)' },
  rounds: { kind: 'int', default: 2, help: 'alternating rounds of both servers' },
  duration: { kind: 'int', default: 6, help: 'seconds per measurement' },
  conns: { kind: 'ints', default: [1, 16], help: 'connection counts' },
});
const root = path.resolve(import.meta.dirname, '..');
const peers = path.resolve(process.env.PEERS_DIR ?? path.join(root, '../../shared/peers'));
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `tunix_reads_${process.pid}`;
const dbUrl = Object.assign(new URL(baseUrl), { pathname: `/${dbName}` }).toString();
const work = mkdtempSync(path.join(tmpdir(), 'tunix-reads-'));

const QUERIES = {
  'traces(first: 50) + scores': {
    tunix: readFileSync(path.join(peers, 'queries/tunix-first50.json'), 'utf8'),
    postgraphile: readFileSync(path.join(peers, 'queries/postgraphile-first50.json'), 'utf8'),
  },
  'runs(first: 50) + dataset, statusChanges, summaryMetrics': {
    tunix: JSON.stringify({
      query:
        'query Runs { runs(first: 50) { pageInfo { endCursor hasNextPage } edges { cursor node { id createdAt status baseModel summaryMetrics dataset { id key traceCount } statusChanges { fromStatus toStatus createdAt } } } } }',
    }),
    postgraphile: JSON.stringify({
      query:
        'query Runs { allRuns(first: 50, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { pageInfo { endCursor hasNextPage } edges { cursor node { rowId createdAt status baseModel summaryMetrics datasetByDatasetId { rowId key traceCount } runStatusChangesByRunId(orderBy: [ROW_ID_ASC]) { nodes { fromStatus toStatus createdAt } } } } } }',
    }),
  },
};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function seed() {
  await admin(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin(`CREATE DATABASE ${dbName}`);
  const db = await openDatabase({ url: dbUrl, migrate: true });
  await db.close();
  execFileSync('psql', [dbUrl, '-q', '-v', `n=${options.traces}`, '-v', 'off=0', '-f', path.join(peers, 'seed-tunix.sql')]);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  await client.query(`INSERT INTO datasets (id, key, name, version, "selectionStrategy", "traceCount", stats, checksum)
    SELECT gen_random_uuid(), 'bench-' || i, 'bench-' || i, 'v1', 'LATEST', 100, '{}', repeat('0', 64) FROM generate_series(1, 20) i`);
  await client.query(
    `INSERT INTO runs (id, "createdAt", "updatedAt", "datasetId", "baseModel", executor, status, "summaryMetrics")
     SELECT gen_random_uuid(), now() - make_interval(secs => i), now(), (SELECT id FROM datasets ORDER BY key OFFSET i % 20 LIMIT 1),
            'tiny', 'BUILTIN', 'SUCCEEDED', jsonb_build_object('trainLoss', random(), 'evalLoss', random())
       FROM generate_series(1, $1::int) i`,
    [options.runs],
  );
  await client.query(`INSERT INTO run_status_changes ("runId", "fromStatus", "toStatus")
    SELECT id, NULL::"RunStatus", 'PENDING'::"RunStatus" FROM runs UNION ALL SELECT id, 'PENDING', 'SUCCEEDED' FROM runs`);
  await client.query('ANALYZE');
  await client.end();
}

function start(command: string, args: string[], env: Record<string, string>, cwd: string): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code) => code && console.error(`${command} ${args.join(' ')} exited with ${code}`));
  return child;
}

async function waitFor(url: string) {
  for (let i = 0; i < 300; i += 1) {
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${url} did not answer`);
}

interface LoadRow {
  connections: number;
  reqPerSec: number;
  p99ms: number;
  non2xx: number;
  total: number;
  cpuPct: { server: number };
}

function load(url: string, body: string, pid: number, name: string): LoadRow[] {
  const bodyFile = path.join(work, `${name}.json`);
  const out = path.join(work, `${name}-out.json`);
  writeFileSync(bodyFile, body);
  execFileSync(
    'node',
    [
      path.join(peers, 'load.mjs'),
      url,
      bodyFile,
      '--conns',
      options.conns.join(','),
      '--duration',
      String(options.duration),
    ].concat(['--warmup', '2', '--server-pid', String(pid), '--out', out]),
    { cwd: peers, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return (JSON.parse(readFileSync(out, 'utf8')) as { rows: LoadRow[] }).rows;
}

/** Server CPU milliseconds per request: CPU% of one core × wall seconds / requests. */
const cpuPerRequest = (row: LoadRow) => (row.cpuPct.server * 10 * options.duration) / Math.max(1, row.total);

async function main() {
  console.log(`seeding ${options.traces} traces and ${options.runs} runs into ${dbName} …`);
  await seed();
  const tunixPort = 4460;
  const pgPort = 4461;
  const tunix = start(
    'node',
    [path.join(root, 'server/bin/tunix-rt.js'), 'serve'],
    {
      DATABASE_URL: dbUrl,
      WORKER_ENABLED: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(tunixPort),
      DATA_DIR: work,
    },
    root,
  );
  const postgraphile = start('node', ['serve-postgraphile.mjs', 'public', String(pgPort)], { DATABASE_URL: dbUrl }, peers);
  try {
    const tunixUrl = `http://127.0.0.1:${tunixPort}/graphql`;
    const pgUrl = `http://127.0.0.1:${pgPort}/graphql`;
    await Promise.all([waitFor(tunixUrl), waitFor(pgUrl)]);
    const rows: Row[] = [];
    for (const [query, bodies] of Object.entries(QUERIES)) {
      for (let round = 1; round <= options.rounds; round += 1) {
        const ours = load(tunixUrl, bodies.tunix, tunix.pid as number, 'tunix');
        const theirs = load(pgUrl, bodies.postgraphile, postgraphile.pid as number, 'postgraphile');
        for (const [index, row] of ours.entries()) {
          const anchor = theirs[index] as LoadRow;
          rows.push({
            query,
            round,
            conns: row.connections,
            'tunix req/s': fmt(row.reqPerSec),
            'pg5 req/s': fmt(anchor.reqPerSec),
            'req/s ratio': fmt(row.reqPerSec / anchor.reqPerSec, 2),
            'tunix p99': `${row.p99ms} ms`,
            'pg5 p99': `${anchor.p99ms} ms`,
            'tunix CPU/req': `${fmt(cpuPerRequest(row), 2)} ms`,
            'pg5 CPU/req': `${fmt(cpuPerRequest(anchor), 2)} ms`,
            'CPU ratio': fmt(cpuPerRequest(row) / cpuPerRequest(anchor), 2),
            non2xx: row.non2xx + anchor.non2xx,
          });
        }
      }
    }
    printPairs('settings', { ...options, conns: options.conns.join(','), database: dbName });
    printTable('reads: tunix-rt against PostGraphile v5 (ratio > 1: tunix-rt faster / uses more CPU)', rows);
  } finally {
    tunix.kill();
    postgraphile.kill();
    await sleep(500);
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

await main();
