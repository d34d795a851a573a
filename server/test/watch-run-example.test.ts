// examples/watch-run, a client in another app: generated from schema/schema.graphql with
// graphql-codegen, compiled with tsc and run against a real server, as its README says. Its
// packages resolve from the root's node_modules, so this needs no install and no network.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from './factories.ts';
import { dbKind, startTestServer, type TestServer } from './harness.ts';
import { startRun } from './testkit/flow.ts';
import { scriptRun, scriptTrainer, writeTrainersFile } from './trainers.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const example = path.join(root, 'examples/watch-run');
const bin = (relative: string) => path.join(root, 'node_modules', relative);

let server: TestServer;
let datasetId: string;

// The example is database-agnostic: build and run it once, in the PGlite project.
describe.skipIf(dbKind !== 'pglite')('examples/watch-run', () => {
  beforeAll(async () => {
    await run(process.execPath, [bin('@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts', '--silent'], { cwd: example });
    await run(process.execPath, [bin('typescript/bin/tsc'), '-p', '.'], { cwd: example });
    server = await startTestServer({ worker: {}, env: { TRAINERS_FILE: writeTrainersFile({ script: scriptTrainer() }) } });
    datasetId = globalId('Dataset', await makeDataset(server.deps, 4));
  }, 120_000);
  afterAll(() => server?.close());

  const watch = async (runId: string) =>
    run(process.execPath, ['dist/watch-run.js', runId, '--url', server.url], { cwd: example }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('follows a run to its end, printing its log, and exits with its outcome', async () => {
    const script = `for (let i = 1; i <= 3; i++) console.log('epoch ' + i + ' done');`;
    const { id } = await startRun(server, { datasetId, ...scriptRun(script) });
    const watched = await watch(id);
    expect(watched.stdout).toContain('epoch 1 done\nepoch 2 done\nepoch 3 done\n');
    expect(watched.stdout).toContain('[watch-run] finished: SUCCEEDED');
    expect(watched.code).toBe(0);

    const failing = await startRun(server, { datasetId, ...scriptRun(`console.log('giving up'); process.exit(3);`) });
    const failed = await watch(failing.id);
    expect(failed.stdout).toContain('[watch-run] finished: FAILED');
    expect(failed.code).toBe(1);
  });
});
