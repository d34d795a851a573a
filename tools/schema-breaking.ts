// npm run schema:breaking: compares schema/schema.graphql with the last release's schema and fails
// on a breaking change that CHANGELOG.md's "Unreleased" section does not list, and on any field,
// input field or enum value removed without having been deprecated in that release.
//
// The release's schema is read from the newest `v*` git tag; a clone without tags (CI's shallow
// checkout) uses schema/release.graphql, the copy committed with each release.
//   node --import tsx tools/schema-breaking.ts [--schema file] [--changelog file] [--baseline file]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Change, ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The last release's SDL and where it came from. */
export function releasedSchema(): { sdl: string; from: string } {
  const tag = git('tag', '--list', 'v*', '--sort=-v:refname')?.split('\n')[0]?.trim();
  const tagged = tag ? git('show', `${tag}:schema/schema.graphql`) : undefined;
  if (tagged) return { sdl: tagged, from: `git tag ${tag}` };
  const committed = path.join(root, 'schema/release.graphql');
  return { sdl: readFileSync(committed, 'utf8'), from: 'schema/release.graphql (no v* tag in this clone)' };
}

/** The `coordinates` written in backticks in a changelog's "## Unreleased" section. */
export function listedChanges(changelog: string): Set<string> {
  const section = /^## Unreleased[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  return new Set([...section.matchAll(/`([^`]+)`/g)].map((match) => (match[1] ?? '').trim()));
}

/** A removal of something the release had not deprecated: clients had no warning. */
function removedWithoutDeprecation(change: Change): boolean {
  const meta = change.meta as Record<string, unknown>;
  if (change.type === ChangeType.FieldRemoved) return !meta.isRemovedFieldDeprecated;
  if (change.type === ChangeType.InputFieldRemoved) return !meta.isInputFieldDeprecated;
  if (change.type === ChangeType.EnumValueRemoved) return !meta.isEnumValueDeprecated;
  return false;
}

export interface EvolutionReport {
  /** Breaking changes that are not allowed, each with what to do. */
  problems: string[];
  /** Breaking changes the changelog lists. */
  listed: string[];
  dangerous: string[];
  changeCount: number;
}

export async function checkEvolution(releasedSdl: string, currentSdl: string, changelog: string): Promise<EvolutionReport> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const allowed = listedChanges(changelog);
  const report: EvolutionReport = { problems: [], listed: [], dangerous: [], changeCount: changes.length };
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Dangerous) report.dangerous.push(change.message);
    if (level !== CriticalityLevel.Breaking) continue;
    if (removedWithoutDeprecation(change)) {
      report.problems.push(
        `${change.message}: it was not deprecated in the release; mark it @deprecated first and remove it in a later release`,
      );
    } else if (!change.path || !allowed.has(change.path)) {
      report.problems.push(
        `${change.message}: list \`${change.path}\` under "## Unreleased" in CHANGELOG.md to make this breaking change on purpose`,
      );
    } else {
      report.listed.push(change.message);
    }
  }
  return report;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      schema: { type: 'string', default: path.join(root, 'schema/schema.graphql') },
      changelog: { type: 'string', default: path.join(root, 'CHANGELOG.md') },
    },
  });
  const released = releasedSchema();
  const changelog = existsSync(values.changelog) ? readFileSync(values.changelog, 'utf8') : '';
  const report = await checkEvolution(released.sdl, readFileSync(values.schema, 'utf8'), changelog);
  for (const message of report.dangerous) console.warn(`dangerous: ${message}`);
  for (const message of report.listed) console.log(`breaking (listed in CHANGELOG.md): ${message}`);
  if (report.problems.length) {
    console.error(`schema:breaking: ${report.problems.length} breaking change(s) since ${released.from}:`);
    for (const problem of report.problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`schema:breaking: no unlisted breaking change since ${released.from} (${report.changeCount} change(s) in all)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
