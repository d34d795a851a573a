// Two real worker processes sharing one PostgreSQL queue. PGlite has a single connection, so row
// locks that skip locked rows can only be exercised on a real server.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeps } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import type { Deps } from '../src/deps.ts';
import { createRun } from '../src/modules/runs/runs.service.ts';
import { makeDataset } from './factories.ts';
import { createPostgresDatabase, dbKind } from './harness.ts';
import { scriptRun, scriptTrainer, writeTrainersFile } from './trainers.ts';

const onPostgres = dbKind === 'postgres';
const cli = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');

/** Starts `tunix-rt worker`; the process joins `started` at once, so afterAll kills it even if it never comes up. */
function startWorkerProcess(env: Record<string, string>, started: ChildProcess[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cli, 'worker'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    // Starting includes migrating a new database (or waiting while the other process does).
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${output}`)), 120_000);
    child.stdout?.on('data', (data: Buffer) => {
      output += data.toString();
      if (output.includes('running up to')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr?.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${output}`)));
  });
}

describe.skipIf(!onPostgres)('two worker processes on one PostgreSQL', () => {
  let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let db: Database;
  let deps: Deps;
  let dataDir: string;
  let datasetId: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    created = await createPostgresDatabase();
    dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-mp-'));
    const redis = process.env.TEST_REDIS_URL;
    const env = {
      DATABASE_URL: created.url,
      DATA_DIR: dataDir,
      WORKER_CONCURRENCY: '2',
      RUN_LEASE_SECONDS: '2',
      LOG_LEVEL: 'info',
      TRAINERS_FILE: writeTrainersFile({ script: scriptTrainer() }),
      ...(redis ? { REDIS_URL: redis } : {}),
    };
    // Both start at once on the new database: one applies the migrations while the other waits its
    // turn (Prisma's own lock would give up after 10 s on a busy machine).
    await Promise.all([startWorkerProcess(env, workers), startWorkerProcess(env, workers)]);
    db = await openDatabase({ url: created.url, migrate: true });
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
    ({ deps } = await openDeps(config, { db }));
    datasetId = await makeDataset(deps, 10);
  }, 180_000);

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await deps?.pubsub.close();
    await db?.close();
    await created?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const waitUntilFinished = async (ids: string[], timeout = 60_000) =>
    expect
      .poll(
        async () =>
          db.prisma.run.count({ where: { id: { in: ids }, status: { in: ['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'] } } }),
        { timeout, interval: 200 },
      )
      .toBe(ids.length);

  it('never runs a run twice', async () => {
    const runs = await Promise.all(Array.from({ length: 16 }, () => createRun(deps, { datasetId, executor: 'DRY_RUN' })));
    const ids = runs.map((run) => run.id);
    await waitUntilFinished(ids);
    const changes = await db.prisma.runStatusChange.findMany({ where: { runId: { in: ids }, toStatus: 'RUNNING' } });
    const claims = new Map<string, number>();
    for (const change of changes) claims.set(change.runId, (claims.get(change.runId) ?? 0) + 1);
    expect([...claims.values()]).toEqual(ids.map(() => 1));
    expect(await db.prisma.run.count({ where: { id: { in: ids }, status: 'SUCCEEDED' } })).toBe(16);
  });

  it('hands the run of a killed worker to the other one', async () => {
    const script = `console.log('attempt'); setTimeout(() => process.exit(0), 1500)`;
    const run = await createRun(deps, {
      datasetId,
      executor: 'COMMAND',
      maxAttempts: 2,
      config: scriptRun(script).config,
    });
    await expect
      .poll(async () => (await db.prisma.run.findUniqueOrThrow({ where: { id: run.id } })).leaseOwner, {
        timeout: 20_000,
        interval: 100,
      })
      .toBeTruthy();
    const { leaseOwner } = await db.prisma.run.findUniqueOrThrow({ where: { id: run.id } });
    const victim = workers.find((worker) => leaseOwner?.includes(`-${worker.pid}-`));
    expect(victim).toBeDefined();
    victim?.kill('SIGKILL');
    await waitUntilFinished([run.id]);
    const finished = await db.prisma.run.findUniqueOrThrow({
      where: { id: run.id },
      include: { statusChanges: { orderBy: { id: 'asc' } } },
    });
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.attempt).toBe(2);
    expect(finished.statusChanges.map((change) => change.toStatus)).toEqual([
      'PENDING',
      'RUNNING',
      'PENDING',
      'RUNNING',
      'SUCCEEDED',
    ]);
    expect(finished.statusChanges[2]?.reason).toContain('worker lost');
  });

  it('explains in one line a migration lock another program holds too long', async () => {
    const other = await createPostgresDatabase();
    // What `prisma migrate deploy` run by hand holds while it migrates.
    const holder = new pg.Client({ connectionString: other.url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock(72707369)');
    try {
      const migrate = spawn(process.execPath, [cli, 'migrate'], {
        env: { ...process.env, DATABASE_URL: other.url, DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      migrate.stderr.on('data', (data: Buffer) => {
        stderr += data.toString();
      });
      // It gives up and exits while the lock is still held (nothing left blocked on the server).
      const code = await new Promise<number | null>((resolve) => migrate.once('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toMatch(/^Error: the migration of .* waited too long for a lock another program holds\.$/m);
      expect(stderr).toMatch(/^Hint: /m);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      await holder.end();
      await other.drop();
    }
  }, 60_000);
});
