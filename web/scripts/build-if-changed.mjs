#!/usr/bin/env node
// `npm start` runs this before the server: it builds the dashboard only when its sources changed
// since the last build. The build (type check + vite) takes half a minute; most starts change nothing.
// The hash covers every file under web/ except node_modules and dist, plus the lockfile (a
// dependency upgrade changes the bundle). It is written into dist only after a build succeeded.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const webDir = path.resolve(import.meta.dirname, '..');
const distDir = path.join(webDir, 'dist');
const hashFile = path.join(distDir, '.source-hash');
const skipped = new Set(['node_modules', 'dist']);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (skipped.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.isFile()) yield full;
  }
}

export function sourceHash() {
  const hash = createHash('sha256');
  const files = [...sourceFiles(webDir), path.join(webDir, '..', 'package-lock.json')];
  for (const file of files) {
    if (!existsSync(file)) continue;
    // The path too, so a renamed file changes the hash.
    hash.update(path.relative(webDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const current = sourceHash();
const built = existsSync(path.join(distDir, 'index.html')) && existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;
if (built === current && !process.argv.includes('--force')) {
  console.log('Dashboard is up to date (web/dist matches its sources); not rebuilding.');
} else {
  console.log(built ? 'Dashboard sources changed: rebuilding web/dist…' : 'Building the dashboard into web/dist…');
  const result = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: path.join(webDir, '..'), stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(hashFile, `${current}\n`);
}
