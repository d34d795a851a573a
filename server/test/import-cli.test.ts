// `tunix-rt import` and `tunix-rt demo` as a user runs them: the real bin in a child process against a real server.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestServer } from './harness.ts';
import { asAdmin, startServerWithAuth, TEST_ADMIN_TOKEN } from './testkit/flow.ts';

const bin = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function tunixRt(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

const line = (source: string, n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    prompt: `What is ${n} doubled?`,
    finalAnswer: String(2 * n),
    steps: [{ i: 0, type: 'compute', content: `${n} × 2 = ${2 * n}` }],
    meta: { source },
    ...extra,
  });

// The command line does not depend on the database kind: once is enough.
describe.runIf(dbKind === 'pglite')('tunix-rt import and demo', () => {
  let server: TestServer;
  let base: string;
  let dir: string;

  const countOf = async (source: string) =>
    (
      await server.ok<{ traces: { totalCount: number } }>(
        'query ($source: String!) { traces(filter: { source: $source }) { totalCount } }',
        { source },
        asAdmin,
      )
    ).traces.totalCount;

  const file = async (name: string, lines: string[]) => {
    const target = path.join(dir, name);
    await writeFile(target, `${lines.join('\n')}\n`);
    return target;
  };

  beforeAll(async () => {
    server = await startServerWithAuth();
    base = server.url.replace(/\/graphql$/, '');
    dir = await mkdtemp(path.join(tmpdir(), 'tunix-import-'));
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a file and says how many traces it stored', async () => {
    const source = 'cli-good';
    const target = await file(
      'good.jsonl',
      [1, 2, 3].map((n) => line(source, n)),
    );
    const outcome = await tunixRt(['import', target, '--url', base, '--token', TEST_ADMIN_TOKEN]);
    expect(outcome).toMatchObject({ code: 0, stdout: 'Imported 3 traces from 3 lines.\n' });
    expect(await countOf(source)).toBe(3);
  });

  it('prints each bad line readably, exits 1 and stores nothing; --skip-invalid stores the good ones', async () => {
    const source = 'cli-bad';
    const target = await file('bad.jsonl', [line(source, 1), '{broken', line(source, 3, { prompt: '' }), line(source, 4)]);
    const refused = await tunixRt(['import', target, '--url', base, '--token', TEST_ADMIN_TOKEN]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^line 2: not JSON/m);
    expect(refused.stderr).toMatch(/^line 3, prompt: must not be empty$/m);
    expect(refused.stderr).toMatch(/Nothing imported: 2 bad lines \(listed above\)/);
    expect(await countOf(source)).toBe(0);

    const skipped = await tunixRt(['import', target, '--url', base, '--token', TEST_ADMIN_TOKEN, '--skip-invalid']);
    expect(skipped).toMatchObject({ code: 0, stdout: 'Imported 2 traces from 4 lines, 2 bad lines skipped.\n' });
    expect(await countOf(source)).toBe(2);
  });

  it('reads stdin with -, taking the server and token from TUNIX_URL and TUNIX_TOKEN', async () => {
    const source = 'cli-stdin';
    const outcome = await tunixRt(
      ['import', '-'],
      { TUNIX_URL: base, TUNIX_TOKEN: TEST_ADMIN_TOKEN },
      `${line(source, 1)}\n${line(source, 2)}\n`,
    );
    expect(outcome).toMatchObject({ code: 0, stdout: 'Imported 2 traces from 2 lines.\n' });
    expect(await countOf(source)).toBe(2);
  });

  it('explains a refused token and an unreachable server in one line with a hint (exit 2)', async () => {
    const target = await file('one.jsonl', [line('cli-refused', 1)]);
    const anonymous = await tunixRt(['import', target, '--url', base]);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toMatch(/^Error: the server refused the import: Importing traces needs an API token/);
    expect(anonymous.stderr).toMatch(/^Hint: pass a WRITE token with --token or TUNIX_TOKEN$/m);
    const unreachable = await tunixRt(['import', target, '--url', 'http://127.0.0.1:9']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/^Error: cannot reach tunix-rt at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/);
    expect(unreachable.stderr).not.toMatch(/^\s+at /m);
    const missing = await tunixRt(['import', path.join(dir, 'nope.jsonl'), '--url', base]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .*nope\.jsonl: ENOENT/) });
    expect(await countOf('cli-refused')).toBe(0);
  });

  it('demo loads the sample data into the running server and says where to watch its sweep', async () => {
    const outcome = await tunixRt(['demo', '--url', base, '--count', '20', '--seed', '5'], { TUNIX_TOKEN: TEST_ADMIN_TOKEN });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain('Loading 25 sample traces');
    expect(outcome.stdout).toMatch(/^Started a three-trial sweep on demo-5-arithmetic-v1\.$/m);
    const jobId = /\/tuning\/(\S+)/.exec(outcome.stdout)?.[1];
    const { node } = await server.ok<{ node: { status: string; dataset: { traceCount: number } } }>(
      'query ($id: ID!) { node(id: $id) { ... on TuningJob { status dataset { traceCount } } } }',
      { id: decodeURIComponent(jobId ?? '') },
      asAdmin,
    );
    expect(node).toEqual({ status: 'RUNNING', dataset: { traceCount: 20 } });
  });

  it('answers --help without importing anything', async () => {
    const help = await tunixRt(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tunix-rt import \[options\] <file>/);
    expect(help.stdout).toContain('--skip-invalid');
  });
});
