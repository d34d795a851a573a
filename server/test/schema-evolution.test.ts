// npm run schema:breaking: the committed schema passes; deliberately broken copies fail.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvolution, releasedSchema } from '../../tools/schema-breaking.ts';
import { dbKind } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');
const current = readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
const release = readFileSync(path.join(root, 'schema/release.graphql'), 'utf8');
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');

// Needs no database: run it once, in the PGlite project.
describe.skipIf(dbKind !== 'pglite')('schema evolution check', () => {
  it('passes on the committed schema, compared with the last release (git tag, else schema/release.graphql)', async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tools/schema-breaking.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toMatch(/no unlisted breaking change since (git tag v|schema\/release\.graphql)/);
    expect(run.status).toBe(0);
    expect(releasedSchema().sdl).toBe(release);
    expect((await checkEvolution(release, current, changelog)).problems).toEqual([]);
  });

  it('fails on a breaking type change unless the Unreleased section lists it', async () => {
    const changed = current.replace(/^( {2}stepCount: )Int!$/m, '$1String!');
    const unlisted = await checkEvolution(release, changed, '## Unreleased\n\n## 0.1.0\n- `Trace.stepCount` (old news)\n');
    expect(unlisted.problems).toEqual([
      "Field 'Trace.stepCount' changed type from 'Int!' to 'String!': list `Trace.stepCount` under \"## Unreleased\" in CHANGELOG.md to make this breaking change on purpose",
    ]);
    const listed = await checkEvolution(release, changed, '## Unreleased\n### Breaking\n- `Trace.stepCount` is a String\n');
    expect(listed.problems).toEqual([]);
    expect(listed.listed).toHaveLength(1);
  });

  it('refuses to remove a field the release had not deprecated, even when listed', async () => {
    const removed = current.replace(/^ {2}stepCount: Int!\n/m, '');
    const report = await checkEvolution(release, removed, '## Unreleased\n- `Trace.stepCount` removed\n');
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain('it was not deprecated in the release');
  });
});
