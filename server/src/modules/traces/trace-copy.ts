// Where an import's rows go: COPY FROM STDIN inside one transaction on PostgreSQL (pg-copy-streams),
// so a rejected import leaves nothing behind; on PGlite, batches COPY into a temporary staging
// table and one INSERT … SELECT moves them at commit, so the single connection is never held by a
// transaction while the body is still arriving.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/database.ts';
import { COPY_COLUMNS, type TraceRowSink } from './trace-import.ts';

export async function postgresCopySink(pool: pg.Pool): Promise<TraceRowSink> {
  const client = await pool.connect();
  let broken: unknown;
  let ended = false;
  const end = (error?: unknown) => {
    if (ended) return;
    ended = true;
    client.release(error instanceof Error ? error : undefined);
  };
  let copy: ReturnType<typeof copyFrom>;
  try {
    await client.query('BEGIN');
    copy = client.query(copyFrom(`COPY traces (${COPY_COLUMNS}) FROM STDIN`));
  } catch (error) {
    end(error);
    throw error;
  }
  const copied = finished(copy).catch((error: unknown) => {
    broken = error;
  });
  return {
    async write(text) {
      if (broken) throw broken;
      if (!copy.write(text)) await Promise.race([once(copy, 'drain'), copied]);
      if (broken) throw broken;
    },
    async commit() {
      copy.end();
      await copied;
      if (broken) {
        await client.query('ROLLBACK').catch(() => {});
        end(broken);
        throw broken;
      }
      try {
        await client.query('COMMIT');
        end();
      } catch (error) {
        end(error);
        throw error;
      }
    },
    async abort() {
      if (ended) return;
      // Destroying the stream sends CopyFail: the server drops the rows copied so far.
      copy.destroy(new Error('import rejected'));
      await copied;
      const rollback = await client.query('ROLLBACK').then(
        () => undefined,
        (error: unknown) => error,
      );
      end(rollback);
    },
  };
}

export async function pgliteStagingSink(pglite: PGlite): Promise<TraceRowSink> {
  const staging = `trace_import_${randomBytes(6).toString('hex')}`;
  await pglite.exec(`CREATE TEMP TABLE ${staging} (LIKE traces INCLUDING DEFAULTS)`);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await pglite.exec(`DROP TABLE IF EXISTS ${staging}`);
  };
  return {
    async write(text) {
      await pglite.query(`COPY ${staging} (${COPY_COLUMNS}) FROM '/dev/blob'`, [], { blob: new Blob([text]) });
    },
    async commit() {
      try {
        // One statement: every staged row becomes visible at once, with one createdAt.
        await pglite.exec(`INSERT INTO traces (${COPY_COLUMNS}) SELECT ${COPY_COLUMNS} FROM ${staging} ORDER BY id`);
      } finally {
        await drop();
      }
    },
    abort: drop,
  };
}

/** The sink for the process's database. */
export function openTraceRowSink(db: Pick<Database, 'pool' | 'pglite'>): Promise<TraceRowSink> {
  if (db.pool) return postgresCopySink(db.pool);
  if (db.pglite) return pgliteStagingSink(db.pglite);
  throw new Error('The database offers no bulk path');
}
