// Private PostgreSQL and Redis instances for fault tests: each test that must stop a database
// starts its own on a spare port (never the shared ones), and may stop, kill and restart it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const isRoot = process.getuid?.() === 0;

/** A process killed by a signal keeps `exitCode` null: it has exited once either is set. */
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * initdb and postgres refuse to run as root: as root, they run as the `postgres` OS user. The
 * server is spawned directly (not through runuser) so that this process reaps it and can kill it.
 */
function postgresUser(): { uid?: number; gid?: number } {
  if (!isRoot) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Finds the directory of PostgreSQL's server binaries (Debian keeps them out of PATH). */
function pgBinDir(): string {
  const fromConfig = (() => {
    try {
      return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  })();
  if (fromConfig) return fromConfig;
  const versions = execFileSync('ls', ['/usr/lib/postgresql'], { encoding: 'utf8' }).trim().split('\n').sort();
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

/** A server of the test's own on a spare port, which it may kill and start again. */
export interface OwnServer {
  url: string;
  port: number;
  start(): Promise<void>;
  /** kill -9: what a crash looks like to clients (no goodbye). */
  kill(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
}

export interface OwnPostgres extends OwnServer {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** Fast shutdown: open connections are closed by the server. */
  stop(): Promise<void>;
}

/** A throw-away PostgreSQL cluster (initdb into a temp folder) on a spare port, trust auth. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = pgBinDir();
  const root = mkdtempSync(path.join(tmpdir(), 'tunix-pg-'));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'sock');
  chmodSync(root, 0o755);
  const user = postgresUser();
  for (const dir of [dataDir, socketDir]) {
    mkdirSync(dir);
    if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
  }
  execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'], {
    stdio: 'ignore',
    cwd: root,
    ...user,
  });
  const port = await freePort();
  let child: ChildProcess | undefined;

  const ready = async () => {
    try {
      execFileSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const exited = () =>
    new Promise<void>((resolve) => (!child || hasExited(child) ? resolve() : child?.once('exit', () => resolve())));

  const instance: OwnPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      const args = [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${socketDir}`,
        '-c',
        'fsync=off',
        '-c',
        'max_connections=200',
      ];
      child = spawn(path.join(bin, 'postgres'), args, { stdio: 'ignore', cwd: root, ...user });
      await waitUntil(`PostgreSQL on port ${port}`, ready);
    },
    async stop() {
      if (!child || hasExited(child)) return;
      const gone = exited();
      child.kill('SIGINT'); // fast shutdown
      await gone;
      await waitUntil('PostgreSQL to stop', async () => !(await ready()));
    },
    async kill() {
      if (!child || hasExited(child)) return;
      const gone = exited();
      child.kill('SIGKILL');
      await gone;
      // Orphaned backends exit once the postmaster is gone; wait for the port to close.
      await waitUntil('PostgreSQL to die', async () => !(await ready()));
    },
    async destroy() {
      await instance.kill().catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
  await instance.start();
  return instance;
}

export type OwnRedis = OwnServer;

/** A redis-server on a spare port with no persistence. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const ping = () => {
    try {
      return (
        execFileSync('redis-cli', ['-p', String(port), 'ping'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim() === 'PONG'
      );
    } catch {
      return false;
    }
  };
  const instance: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      await waitUntil(`Redis on port ${port}`, ping);
    },
    async kill() {
      if (!child || hasExited(child)) return;
      const running = child;
      const gone = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGKILL');
      await gone;
    },
    async destroy() {
      await instance.kill();
    },
  };
  await instance.start();
  return instance;
}
