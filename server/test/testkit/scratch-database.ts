// A database made for one test file or bench run on a PostgreSQL server, dropped afterwards:
// what the test harness (TEST_DATABASE_URL) and bench/ (BENCH_DATABASE_URL) both need.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  /** e.g. `PostgreSQL 17.2`. */
  version: string;
  drop(): Promise<void>;
}

/** Creates an empty database named `<prefix>_<pid>_<random>` on `base`'s server. */
export async function createScratchDatabase(base: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?';
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    version: `PostgreSQL ${version}`,
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
