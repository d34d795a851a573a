// Fails when web/src/graphql/generated or server/test/generated is stale: runs codegen into
// temporary folders and compares them file by file with the committed output. Works with or
// without git history.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Each output of codegen.ts: its committed folder and the variable that redirects it.
const outputs = [
  { committed: path.join(webDir, 'src/graphql/generated'), variable: 'CODEGEN_OUT_DIR' },
  { committed: path.resolve(webDir, '../server/test/generated'), variable: 'CODEGEN_TEST_OUT_DIR' },
];
const configFile = path.resolve(webDir, '../codegen.ts');
// The package does not export its package.json, so locate the CLI from its entry point.
const cliEntry = createRequire(import.meta.url).resolve('@graphql-codegen/cli');
const codegenBin = path.resolve(path.dirname(cliEntry), '../esm/bin.js');

const freshRoot = mkdtempSync(path.join(tmpdir(), 'tunix-codegen-'));
for (const [index, output] of outputs.entries()) output.fresh = path.join(freshRoot, String(index));
try {
  const run = spawnSync(process.execPath, [codegenBin, '--config', configFile, '--silent'], {
    cwd: webDir,
    env: { ...process.env, ...Object.fromEntries(outputs.map((output) => [output.variable, output.fresh])) },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('codegen:check: graphql-codegen failed (see above).');
    process.exit(run.status ?? 1);
  }

  const list = (dir) => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  };
  const stale = outputs.flatMap(({ committed, fresh }) => {
    const names = [...new Set([...list(committed), ...list(fresh)])].sort();
    const read = (dir, name) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    };
    return names.filter((name) => read(committed, name) !== read(fresh, name)).map((name) => path.join(committed, name));
  });
  const checked = outputs.reduce((count, { committed }) => count + list(committed).length, 0);

  if (stale.length > 0) {
    console.error(
      `codegen:check: generated GraphQL types are stale (${stale.map((file) => path.relative(path.resolve(webDir, '..'), file)).join(', ')}).\n` +
        'Run `npm run codegen -w web` after changing schema/schema.graphql or an operation, and commit the result.',
    );
    process.exit(1);
  }
  console.log(`codegen:check: ${checked} generated files are up to date.`);
} finally {
  rmSync(freshRoot, { recursive: true, force: true });
}
