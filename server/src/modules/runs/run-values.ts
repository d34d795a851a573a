// A run's numbers as rows (RunValue): its summary metrics and numeric config params, copied from
// its JSON when they are written, so that lists sort and filter by any of them through an index.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { RunValueKind } from '../../generated/prisma/enums.ts';

type Db = Pick<Prisma.TransactionClient, 'runValue' | 'runValueKey'>;

/** The finite numbers of a JSON object by key; a nested `params` object's as `params.<name>`. */
export function numericEntries(object: unknown, prefix = ''): Array<[string, number]> {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return [];
  return Object.entries(object).flatMap(([key, value]): Array<[string, number]> => {
    if (typeof value === 'number' && Number.isFinite(value)) return [[`${prefix}${key}`, value]];
    if (key === 'params' && prefix === '') return numericEntries(value, 'params.');
    return [];
  });
}

/** Replaces the run's values of one kind; a key longer than the column is left out. */
export async function recordRunValues(db: Db, runId: string, kind: RunValueKind, object: unknown): Promise<void> {
  const entries = numericEntries(object).filter(([key]) => key.length <= 128);
  if (kind === 'METRIC') await db.runValue.deleteMany({ where: { runId, kind } });
  if (entries.length === 0) return;
  await db.runValue.createMany({ data: entries.map(([key, value]) => ({ runId, kind, key, value })) });
  await db.runValueKey.createMany({ data: entries.map(([key]) => ({ kind, key })), skipDuplicates: true });
}

// Words of the default run names: a number's name is the same on every server (see defaultRunName).
const ADJECTIVES = (
  'amber bold brisk calm clever crisp dapper eager fancy gentle golden happy icy jolly keen lively ' +
  'lucky mellow misty noble polar proud quiet rapid rosy silent snowy solar sunny swift vivid witty'
).split(' ');
const NOUNS = (
  'badger breeze brook cedar comet coral crane dawn falcon fern field forest frost glade harbor heron ' +
  'lake lynx maple meadow moon otter pine planet river sky sparrow star stone thunder valley wave'
).split(' ');

/** `swift-otter-42`: the name of run number 42 when it was given none (W&B style). */
export function defaultRunName(number: number): string {
  // 7 and 13 step through each list in a different order, so neighbouring runs differ in both words.
  return `${ADJECTIVES[(number * 7) % ADJECTIVES.length]}-${NOUNS[(number * 13) % NOUNS.length]}-${number}`;
}
