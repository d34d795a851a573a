// One Prisma client over either the embedded PGlite database (default, data in a local folder)
// or a PostgreSQL server (DATABASE_URL). The same migrations serve both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';
import { applyMigrations } from './migrations.ts';

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Where the data lives, for messages: a folder or a URL without its password. */
  location: string;
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
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let location: string;
  let closeDriver: () => Promise<void>;
  if (options.url) {
    const pg = new PrismaPg({ connectionString: options.url, max: 10 });
    adapterFactory = pg;
    location = redactUrl(options.url);
    closeDriver = async () => {};
  } else {
    let pglite: PGlite;
    if (options.dataDir) {
      // PGlite does not create missing parent folders.
      mkdirSync(path.dirname(options.dataDir), { recursive: true });
      pglite = new PGlite(options.dataDir);
      location = options.dataDir;
    } else {
      pglite = new PGlite();
      location = 'memory';
    }
    adapterFactory = new PrismaPGlite(pglite);
    closeDriver = () => pglite.close();
  }
  if (options.migrate) await applyMigrations(adapterFactory);
  const prisma = new PrismaClient({
    adapter: adapterFactory,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
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
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
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
