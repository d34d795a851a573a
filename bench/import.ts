// Bulk import against its ceiling: N traces (default 100,000; 5 steps of about 200 characters) as one
// JSON-lines file streamed to POST /import/traces (the way `tunix-rt import` sends it), and the same
// rows as COPY text loaded by `psql \copy` into a scratch table with the columns and indexes of
// `traces` (CREATE TABLE … (LIKE traces INCLUDING ALL)), in the same run, alternating. Prints
// traces/s and MB/s of both and the ratio (issue 8's goal: ≥ 0.8). On PGlite there is no psql peer:
// it prints the endpoint's own figure.
//
//   node --import tsx bench/import.ts [--traces=100000] [--steps=5] [--rounds=1]
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres node --import tsx bench/import.ts
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { importFile } from '../server/src/cli/import.ts';
import { uuidv7Sequence } from '../server/src/modules/common/ids.ts';
import { COPY_COLUMNS, copyRow } from '../server/src/modules/traces/trace-import.ts';
import { toRow } from '../server/src/modules/traces/traces.service.ts';
import { benchOptions, benchTrace, fmt, mb, now, printPairs, printTable, type Row, runBench } from './common.ts';

const { traces, steps, rounds } = benchOptions('Usage: node --import tsx bench/import.ts [options]', {
  traces: { kind: 'int', default: 100_000, help: 'traces in the file' },
  steps: { kind: 'int', default: 5, max: 1_000, help: 'steps per trace' },
  rounds: { kind: 'int', default: 1, max: 20, help: 'endpoint / \\copy pairs, alternating' },
});

const run = promisify(execFile);

/** Writes `lines(i)` for i < count to a file, with backpressure; returns its size in bytes. */
async function writeLines(file: string, count: number, line: (i: number) => string): Promise<number> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i += 1) if (!out.write(line(i))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return (await stat(file)).size;
}

await runBench('import: POST /import/traces (COPY) vs psql \\copy of the same rows', {}, async (server) => {
  printPairs('settings', { traces, steps, rounds, database: server.database.kind });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tunix-bench-import-'));
  try {
    const trace = (i: number) => benchTrace(i, 'import', steps);
    const jsonl = path.join(dir, 'traces.jsonl');
    const jsonlBytes = await writeLines(jsonl, traces, (i) => `${JSON.stringify(trace(i))}\n`);
    const copyFile = path.join(dir, 'traces.copy');
    // The same rows with fresh ids for each round (the scratch table keeps every round's rows).
    const writeCopyFile = () => {
      const nextId = uuidv7Sequence();
      return writeLines(copyFile, traces, (i) => copyRow(toRow(trace(i), nextId())));
    };
    const copyBytes = await writeCopyFile();
    printPairs('files', { 'JSON lines': `${fmt(mb(jsonlBytes), 1)} MB`, 'COPY text': `${fmt(mb(copyBytes), 1)} MB` });

    const base = server.url.replace(/\/graphql$/, '');
    const rows: Row[] = [];
    const memory: string[] = [];
    /** A result row; returns traces/s. */
    const record = (round: number, path: string, seconds: number, bytes: number) => {
      rows.push({
        round,
        path,
        seconds: seconds.toFixed(2),
        'traces/s': Math.round(traces / seconds),
        'MB/s': (mb(bytes) / seconds).toFixed(1),
      });
      return traces / seconds;
    };
    const endpoint = async (round: number) => {
      // The process's resident memory while the file streams through (client and server share it).
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 50);
      const t0 = now();
      const result = await importFile(jsonl, { url: base });
      const seconds = (now() - t0) / 1000;
      clearInterval(sampler);
      memory.push(`round ${round}: ${fmt(mb(before))} MB before, ${fmt(mb(peak))} MB at most`);
      if (result.imported !== traces) throw new Error(`the endpoint imported ${result.imported} of ${traces}`);
      return record(round, 'POST /import/traces', seconds, jsonlBytes);
    };
    const psqlCopy = async (round: number, url: string) => {
      // One scratch table for every round, so both sides write into tables of the same size.
      const table = 'bench_copy_scratch';
      if (round === 1) await server.sql(`CREATE TABLE ${table} (LIKE traces INCLUDING ALL)`);
      else await writeCopyFile();
      const t0 = now();
      await run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy ${table} (${COPY_COLUMNS}) FROM '${copyFile}'`]);
      const seconds = (now() - t0) / 1000;
      const [counted] = await server.sql<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`);
      if (Number(counted?.n) !== traces * round) throw new Error(`\\copy stored ${counted?.n} of ${traces * round}`);
      return record(round, 'psql \\copy (same rows, same indexes)', seconds, copyBytes);
    };

    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const ours = await endpoint(round);
      if (server.databaseUrl) ratios.push(ours / (await psqlCopy(round, server.databaseUrl)));
    }
    printTable('results', rows);
    console.log(`\nresident memory during the endpoint's import (file ${fmt(mb(jsonlBytes))} MB): ${memory.join('; ')}`);
    if (ratios.length) {
      console.log(`\nPOST /import/traces ÷ psql \\copy (traces/s): ${ratios.map((r) => r.toFixed(2)).join(', ')} (goal ≥ 0.80)`);
    } else {
      console.log('\nPGlite: no psql peer; the endpoint figure above is what its single connection allows.');
    }
    const stored = await server.ok<{ traces: { totalCount: number } }>('{ traces(filter: { source: "import" }) { totalCount } }');
    console.log(`traces stored through the endpoint: ${stored.traces.totalCount} (expected ${traces * rounds})`);
    if (stored.traces.totalCount !== traces * rounds) throw new Error('stored count differs');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
