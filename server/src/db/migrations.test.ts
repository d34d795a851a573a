// A migration that backfills must be right about the rows written before it existed: this replays
// the migrations before it on an empty database, writes rows the way the older server did, applies
// it, and reads what it filled in. Plain SQL on a real PGlite or PostgreSQL database.
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, dbKind } from '../../test/harness.ts';
import { readMigrationList } from './migrations.ts';

interface Sql {
  exec(sql: string): Promise<unknown>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function emptyDatabase(): Promise<Sql> {
  if (dbKind === 'pglite') {
    const db = new PGlite();
    return {
      exec: (sql) => db.exec(sql),
      rows: async <T>(sql: string) => (await db.query<T>(sql)).rows,
      close: () => db.close(),
    };
  }
  const database = await createPostgresDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    exec: (sql) => client.query(sql),
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}

/** Applies every migration whose folder sorts before `name`, returning that migration's SQL. */
async function migrateUpTo(sql: Sql, name: string): Promise<string> {
  const migrations = readMigrationList().migrationDirectories;
  const index = migrations.findIndex((migration) => migration.path.endsWith(`_${name}`));
  expect(index, `migration *_${name}`).toBeGreaterThan(0);
  const text = (migration: (typeof migrations)[number]) => {
    const content = migration.migrationFile.content;
    if (content.tag !== 'ok') throw new Error(`cannot read ${migration.path}`);
    return content.value;
  };
  for (const migration of migrations.slice(0, index)) await sql.exec(text(migration));
  return text(migrations[index] as (typeof migrations)[number]);
}

const opened: Sql[] = [];
afterAll(async () => {
  for (const sql of opened) await sql.close();
});

describe('migration run_stop_reason', () => {
  it('derives stopReason from the status history older servers wrote, and leaves other runs null', {
    timeout: 120_000,
  }, async () => {
    const sql = await emptyDatabase();
    opened.push(sql);
    const migration = await migrateUpTo(sql, 'run_stop_reason');
    const datasetId = randomUUID();
    await sql.exec(`INSERT INTO datasets (id, key, name, version, "selectionStrategy", "traceCount", stats, checksum)
      VALUES ('${datasetId}', 'd-v1', 'd', 'v1', 'LATEST', 0, '{}', '${'0'.repeat(64)}')`);
    // [name, final status, status changes (from, to, reason)] as the older worker and API wrote them.
    const runs: [string, string, [string | null, string, string][]][] = [
      ['timeout', 'TIMED_OUT', [['RUNNING', 'TIMED_OUT', 'timeout']]],
      [
        'pruned',
        'CANCELLED',
        [
          ['RUNNING', 'CANCELLING', 'pruned by the early-stopping rule'],
          ['CANCELLING', 'CANCELLED', 'pruned by the early-stopping rule'],
        ],
      ],
      [
        'job',
        'CANCELLED',
        [
          ['RUNNING', 'CANCELLING', 'tuning job cancelled'],
          ['CANCELLING', 'CANCELLED', 'tuning job cancelled'],
        ],
      ],
      ['user', 'CANCELLED', [['PENDING', 'CANCELLED', 'pruned: my own words']]],
      ['cancelling', 'CANCELLING', [['RUNNING', 'CANCELLING', 'no longer needed']]],
      ['storage', 'FAILED', [['RUNNING', 'FAILED', 'storage unavailable']]],
      [
        'lost',
        'FAILED',
        [
          ['RUNNING', 'PENDING', 'worker lost; retrying (attempt 2 of 2)'],
          ['RUNNING', 'FAILED', 'worker lost'],
        ],
      ],
      ['crashed', 'FAILED', [['RUNNING', 'FAILED', 'exit code 1']]],
      ['done', 'SUCCEEDED', [['RUNNING', 'SUCCEEDED', 'finished']]],
    ];
    for (const [name, status, changes] of runs) {
      const id = randomUUID();
      await sql.exec(`INSERT INTO runs (id, "updatedAt", name, "datasetId", "baseModel", executor, status)
        VALUES ('${id}', now(), '${name}', '${datasetId}', 'm', 'DRY_RUN', '${status}')`);
      for (const [from, to, reason] of [[null, 'PENDING', 'created'] as const, ...changes]) {
        await sql.exec(`INSERT INTO run_status_changes ("runId", "fromStatus", "toStatus", reason)
          VALUES ('${id}', ${from ? `'${from}'` : 'NULL'}, '${to}', '${reason}')`);
      }
    }
    await sql.exec(migration);
    const rows = await sql.rows<{ name: string; stopReason: string | null }>(`SELECT name, "stopReason" FROM runs ORDER BY name`);
    expect(Object.fromEntries(rows.map((row) => [row.name, row.stopReason]))).toEqual({
      timeout: 'TIMEOUT',
      pruned: 'PRUNED',
      job: 'TUNING_JOB_CANCELLED',
      user: 'CANCELLED_BY_USER',
      cancelling: 'CANCELLED_BY_USER',
      storage: 'STORAGE_UNAVAILABLE',
      lost: 'WORKER_LOST',
      crashed: null,
      done: null,
    });
  });
});
