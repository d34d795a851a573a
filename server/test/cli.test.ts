// The tunix-rt command as a user runs it: the real bin in a child process. --help and --version
// answer without starting, migrating or writing anything; known failures end in one line and a hint.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram, main } from '../src/cli.ts';
import { lockDataDir } from '../src/db/data-dir-lock.ts';
import { dbKind } from './harness.ts';
import { freePort } from './services.ts';

const bin = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function tunixRt(args: string[], env: Record<string, string>, cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** One line of error and one of hint: no stack frames. */
const expectOneLineFailure = (outcome: Outcome, error: RegExp) => {
  expect(outcome.code).toBe(2);
  expect(outcome.stderr).toMatch(error);
  expect(outcome.stderr).toMatch(/^Hint: /m);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
};

// The command line does not depend on the database kind: once is enough.
describe.runIf(dbKind === 'pglite')('tunix-rt command line', () => {
  let cwd: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), 'tunix-cli-'));
    env = { DATA_DIR: path.join(cwd, 'data'), LOG_LEVEL: 'info', PORT: String(await freePort()) };
  });
  afterAll(() => rm(cwd, { recursive: true, force: true }));

  it('answers --help of the commands that start, migrate or write without doing it', async () => {
    const outcomes = await Promise.all(
      [
        ['serve', '--help'],
        ['worker', '--help'],
        ['migrate', '--help'],
        ['migrate:new', '--help'],
        ['print-schema', '--help'],
        ['serve', '--version'],
      ].map((args) => tunixRt(args, env, cwd)),
    );
    for (const outcome of outcomes.slice(0, 5)) {
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(/^Usage: tunix-rt \S+/);
      expect(outcome.stderr).toBe('');
    }
    expect(outcomes[5]?.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // Nothing was started, migrated or written: no data folder, no file named --help.
    expect(existsSync(env.DATA_DIR as string)).toBe(false);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('answers --help and --version of every command in-process, running none of them', async () => {
    const paths: string[][] = [];
    const walk = (command: ReturnType<typeof buildProgram>, prefix: string[]) => {
      for (const sub of command.commands) {
        paths.push([...prefix, sub.name()]);
        walk(sub, [...prefix, sub.name()]);
      }
    };
    walk(buildProgram(), []);
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['serve', 'export', 'generate', 'token create', 'token revoke']),
    );
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      for (const command of paths) {
        written.length = 0;
        expect(await main([...command, '--help'])).toBe(0);
        expect(written.join('')).toContain(`Usage: tunix-rt ${command.join(' ')}`);
        written.length = 0;
        expect(await main([...command, '--version'])).toBe(0);
        expect(written.join('').trim()).toMatch(/^\d+\.\d+\.\d+$/);
      }
    } finally {
      write.mockRestore();
    }
    expect(existsSync(env.DATA_DIR as string)).toBe(false);
  });

  it('explains a busy port in one line with a hint', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const outcome = await tunixRt(['serve', '--port', String(port)], { ...env, DATA_DIR: path.join(cwd, 'busy') }, cwd);
      expectOneLineFailure(outcome, new RegExp(`^Error: port ${port} on 127\\.0\\.0\\.1 is already in use`, 'm'));
    } finally {
      blocker.close();
    }
  });

  it('explains an unreachable database and a locked data directory in one line with a hint', async () => {
    const closedPort = await freePort();
    const lockedDir = path.join(cwd, 'locked');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(lockedDir, { recursive: true });
    const lock = await lockDataDir(path.join(lockedDir, 'pglite'));
    try {
      const [unreachable, locked] = await Promise.all([
        tunixRt(['migrate'], { ...env, DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/postgres` }, cwd),
        tunixRt(['migrate'], { ...env, DATA_DIR: lockedDir }, cwd),
      ]);
      expectOneLineFailure(unreachable, /^Error: cannot reach the database at postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres/m);
      expect(locked.code).toBe(2);
      expect(locked.stderr).toMatch(
        /^Error: The embedded database .*locked.pglite is in use by another tunix-rt process \(PID \d+\)/m,
      );
      expect(locked.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await lock.release();
    }
  });
});
