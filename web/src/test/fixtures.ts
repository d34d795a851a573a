// API-shaped objects for component tests, with the __typename graphcache needs to normalize them.
import type { RunStatus } from '../graphql/generated/graphql';

export function traceNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Trace',
    id: `VHJhY2U6${n}`,
    createdAt: `2026-11-2${n % 10}T10:00:00.000Z`,
    prompt: `What is ${n} + ${n}?`,
    source: 'unit-test',
    stepCount: 2,
    finalAnswer: String(n + n),
    ...overrides,
  };
}

export function connection(typename: string, nodes: Array<Record<string, unknown>>, hasNextPage = false) {
  return {
    __typename: typename,
    totalCount: nodes.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      endCursor: nodes.length ? `cursor-${String(nodes.at(-1)?.id)}` : null,
    },
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, cursor: `cursor-${String(node.id)}`, node })),
  };
}

export function runNode(status: RunStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Run',
    id: 'UnVuOjE=',
    name: 'first run',
    status,
    executor: 'BUILTIN',
    baseModel: 'tunix-rt/char-ngram',
    createdAt: '2026-11-22T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    durationSeconds: null,
    error: null,
    exitCode: null,
    attempt: 1,
    maxAttempts: 3,
    dataset: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1' },
    statusChanges: [
      {
        __typename: 'RunStatusChange',
        fromStatus: null,
        toStatus: 'PENDING',
        reason: null,
        createdAt: '2026-11-22T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
