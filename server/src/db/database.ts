// One Prisma client over either the embedded PGlite database (default, data in a local folder)
// or a PostgreSQL server (DATABASE_URL). The same migrations serve both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { applyMigrations, pgliteOptions, readMigrationList } from './migrations.ts';

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Where the data lives, for messages: a folder or a URL without its password. */
  location: string;
  /** The PostgreSQL connection pool (its counts are exported as metrics); none for PGlite. */
  pool?: pg.Pool;
  /** The embedded database itself (bulk COPY goes to it directly); none for PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; without it the embedded database is used. */
  url?: string;
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string;
  /** Apply pending migrations before returning (the server does; tools may not). */
  migrate?: boolean;
  /** Receives every SQL statement Prisma sends (statement counting, debug logs). */
  onQuery?: (sql: string) => void;
  /** Connections of the PostgreSQL pool (PGlite always has exactly one). */
  poolSize?: number;
  /**
   * Give up on a PostgreSQL connection attempt or statement after this long, so that a server that
   * vanished without closing its sockets turns into an error that is retried, not a wait forever.
   */
  timeoutMs?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let location: string;
  let closeDriver: () => Promise<void>;
  let pool: pg.Pool | undefined;
  let embedded: PGlite | undefined;
  if (options.url) {
    // Our own pool, handed to the adapter: its counts feed /metrics, and it outlives the migration
    // step's connection (the adapter would otherwise make a pool per connect()).
    const ownPool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      ...(options.timeoutMs
        ? { connectionTimeoutMillis: options.timeoutMs, query_timeout: options.timeoutMs, keepAlive: true }
        : {}),
    });
    // An idle connection that breaks (the server restarted) is dropped by the pool; without a
    // listener Node would treat the event as an uncaught error.
    ownPool.on('error', () => {});
    pool = ownPool;
    adapterFactory = new PrismaPg(ownPool);
    location = redactUrl(options.url);
    // Idempotent: a worker and its app may both close the database on the way out.
    let ended: Promise<void> | undefined;
    closeDriver = () => (ended ??= ownPool.end());
  } else {
    let pglite: PGlite;
    let unlock = async () => {};
    if (options.dataDir) {
      // PGlite does not create missing parent folders.
      mkdirSync(path.dirname(options.dataDir), { recursive: true });
      // Two processes on one folder would both write it and damage it: the first one owns it.
      unlock = (await lockDataDir(options.dataDir)).release;
      pglite = new PGlite(options.dataDir, pgliteOptions);
      location = options.dataDir;
    } else {
      pglite = new PGlite(pgliteOptions);
      location = 'memory';
    }
    embedded = pglite;
    adapterFactory = new PrismaPGlite(pglite);
    closeDriver = async () => {
      await pglite.close();
      await unlock();
    };
  }
  const prisma = new PrismaClient({
    adapter: adapterFactory,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.migrate && (await hasPendingMigrations(prisma))) {
    await migrateDatabase(options.url, adapterFactory);
  }
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) =>
      onQuery(e.query),
    );
  }
  return {
    prisma,
    kind: options.url ? 'postgres' : 'pglite',
    adapterFactory,
    location,
    pool,
    pglite: embedded,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

/**
 * Whether a migration folder is not recorded as applied. An up-to-date database (every start but
 * the first after an upgrade) then opens without starting the schema engine or taking its lock.
 */
async function hasPendingMigrations(prisma: PrismaClient): Promise<boolean> {
  const applied = await prisma
    .$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
    .catch(() => undefined); // no table yet: a new database
  if (!applied) return true;
  const names = new Set(applied.map((row) => row.migration_name));
  return readMigrationList().migrationDirectories.some((dir) => !names.has(dir.path));
}

/** Our own advisory lock key (Prisma's is 72707369), held while one of our processes migrates. */
const MIGRATION_LOCK_KEY = 72707370;

/**
 * Applies pending migrations. Processes that start together (a server and its workers) migrate
 * one after the other: Prisma's own advisory lock gives up after 10 s, which a slow migration on a
 * busy machine outlasts, while ours waits. The engine migrates through a pool of its own, ended afterwards: it never unlocks
 * Prisma's session-level lock, so a pooled connection that outlived it would keep it held and
 * make every other process's migration time out.
 */
export function migrateDatabase(url: string | undefined, adapterFactory: SqlMigrationAwareDriverAdapterFactory) {
  return url ? migrateOneAtATime(url) : applyMigrations(adapterFactory);
}

async function migrateOneAtATime(url: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  lock.on('error', () => {}); // a broken lock connection releases the lock; the migration reports its own errors
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // lock_timeout: a statement that waits for a lock (Prisma's advisory lock held by some other
    // program, a table another session holds) fails soon after the engine itself gives up (10 s),
    // instead of staying blocked on the server.
    return await applyMigrations(new PrismaPg({ connectionString: url, max: 2, options: '-c lock_timeout=15000' }));
  } finally {
    await lock.end().catch(() => {}); // ending the session releases the lock
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql://…';
  }
}

/** A unique constraint refused the write (Prisma's P2002): someone else created the same row first. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'P2002';

/** The database could not be reached or gave up for now: the same statement can succeed later. */
export function isTransientDatabaseError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 6; depth += 1) {
    const e = cause as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: unknown };
      cause?: unknown;
    };
    // Prisma: can't reach / timed out / closed (P1xxx), pool or transaction start timed out.
    if (typeof e.code === 'string' && /^(P1001|P1002|P1008|P1017|P2024|P2028)$/.test(e.code)) return true;
    // SQLSTATE: connection exceptions, too many connections, shutting down / starting up, serialization.
    if (typeof e.code === 'string' && /^(08...|53300|57P0[123]|40001|40P01)$/.test(e.code)) return true;
    if (typeof e.code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND)$/.test(e.code))
      return true;
    if (
      typeof e.kind === 'string' &&
      ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionWriteConflict'].includes(
        e.kind,
      )
    )
      return true;
    // node-postgres' own wording for a connection that went away ("Client has encountered a
    // connection error and is not queryable" is a pooled client whose socket broke mid-outage).
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Query read timeout|is not queryable/.test(e.message)
    )
      return true;
    cause = e.meta?.driverAdapterError ?? e.cause;
  }
  return false;
}

export interface RetryOptions {
  /** Stops retrying (the last error is thrown) once this aborts. */
  signal?: AbortSignal;
  /** Called before each wait, with the number of the attempt that failed. */
  onRetry?: (attempt: number, error: unknown) => void;
}

/** First waits of the retry schedule; doubling, capped at the last value. */
export const RETRY_DELAYS_MS = { first: 200, max: 5_000 };

export const retryDelay = (attempt: number) =>
  Math.min(RETRY_DELAYS_MS.max, RETRY_DELAYS_MS.first * 2 ** Math.min(attempt - 1, 10));

/**
 * Runs `write` until it succeeds, waiting longer after each transient failure (capped); any
 * other error (bad data, a broken rule) is thrown at once, so nothing loops on what cannot work.
 */
export async function retryTransient<T>(write: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isTransientDatabaseError(error) || options.signal?.aborted) throw error;
      options.onRetry?.(attempt, error);
      await sleep(retryDelay(attempt), undefined, { signal: options.signal }).catch(() => {});
    }
  }
}
