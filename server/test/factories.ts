// Test data made directly in the database, for tests whose subject is not how it is created.
import { createHash } from 'node:crypto';
import type { Deps } from '../src/deps.ts';
import { createTraces, type TraceInput } from '../src/modules/traces/traces.service.ts';

export const arithmeticTrace = (n: number, source = 'factory'): TraceInput => ({
  prompt: `What is ${n} + ${n + 3}?`,
  steps: [
    { i: 0, type: 'parse', content: `We add ${n} and ${n + 3}.` },
    { i: 1, type: 'compute', content: `${n} + ${n + 3} = ${2 * n + 3}` },
  ],
  finalAnswer: String(2 * n + 3),
  meta: { source },
});

/** A dataset of `size` arithmetic traces, with its membership in order. Returns its database id. */
export async function makeDataset(deps: Deps, size = 20, name = `ds-${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const traceIds = await createTraces(
    deps,
    Array.from({ length: size }, (_, n) => arithmeticTrace(n, name)),
  );
  const dataset = await deps.prisma.dataset.create({
    data: {
      key: `${name}-v1`,
      name,
      version: 'v1',
      selectionStrategy: 'EXPLICIT',
      traceCount: size,
      stats: {},
      checksum: createHash('sha256').update(traceIds.join('\n')).digest('hex'),
      items: { create: traceIds.map((traceId, position) => ({ traceId, position })) },
    },
  });
  return dataset.id;
}

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
