// Fails when web/src/graphql/generated is stale: runs codegen into a temporary folder and compares
// it file by file with the committed output. Works with or without git history.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committedDir = path.join(webDir, 'src/graphql/generated');
const configFile = path.resolve(webDir, '../codegen.ts');
// The package does not export its package.json, so locate the CLI from its entry point.
const cliEntry = createRequire(import.meta.url).resolve('@graphql-codegen/cli');
const codegenBin = path.resolve(path.dirname(cliEntry), '../esm/bin.js');

const freshDir = mkdtempSync(path.join(tmpdir(), 'tunix-codegen-'));
try {
  const run = spawnSync(process.execPath, [codegenBin, '--config', configFile, '--silent'], {
    cwd: webDir,
    env: { ...process.env, CODEGEN_OUT_DIR: freshDir },
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
  const names = [...new Set([...list(committedDir), ...list(freshDir)])].sort();
  const stale = names.filter((name) => {
    const read = (dir) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    };
    return read(committedDir) !== read(freshDir);
  });

  if (stale.length > 0) {
    console.error(
      `codegen:check: generated GraphQL types are stale (${stale.join(', ')}).\n` +
        'Run `npm run codegen -w web` after changing schema/schema.graphql or an operation, and commit the result.',
    );
    process.exit(1);
  }
  console.log(`codegen:check: ${names.length} generated files are up to date.`);
} finally {
  rmSync(freshDir, { recursive: true, force: true });
}
