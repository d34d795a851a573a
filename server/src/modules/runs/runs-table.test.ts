// The runs table's server side: default names, tags and notes, value filters and orders with
// keyset pages, on a server with auth on (edits need a WRITE token like every other mutation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../../test/factories.ts';
import type { RunOrder, RunsTableQueryVariables } from '../../../test/generated/graphql.ts';
import type { TestServer } from '../../../test/harness.ts';
import {
  asAdmin,
  CreateRunDocument,
  createToken,
  execute,
  rawId,
  request,
  startServerWithAuth,
} from '../../../test/testkit/flow.ts';
import { RunsTableDocument, RunValueKeysDocument, UpdateRunDocument } from '../../../test/testkit/runs-table.ts';
import { transitionRun } from './run-lifecycle.ts';

let server: TestServer;
let datasetId: string;
/** The runs made in beforeAll, by global id: learning rate and evalLoss (undefined: never finished). */
const made: Array<{ id: string; learningRate: number; evalLoss: number | undefined }> = [];

const list = (variables: RunsTableQueryVariables) => execute(server, RunsTableDocument, variables, asAdmin);

beforeAll(async () => {
  server = await startServerWithAuth();
  datasetId = Buffer.from(`Dataset:${await makeDataset(server.deps, 3)}`).toString('base64');
  // Ties on purpose: three runs share evalLoss 0.5 and two share a learning rate; two have no metrics.
  const plan: Array<[number, number | undefined]> = [
    [0.1, 0.5],
    [0.2, 0.9],
    [0.3, 0.5],
    [0.2, undefined],
    [0.05, 0.5],
    [0.4, 0.1],
    [0.15, undefined],
  ];
  for (const [learningRate, evalLoss] of plan) {
    const created = await execute(server, CreateRunDocument, { input: { datasetId, config: { learningRate } } }, asAdmin);
    const id = created.createRun.run.id;
    made.push({ id, learningRate, evalLoss });
    if (evalLoss === undefined) continue;
    await transitionRun(server.deps, rawId(id), 'RUNNING');
    await transitionRun(server.deps, rawId(id), 'SUCCEEDED', {
      data: { summaryMetrics: { evalLoss, note: 'text is left out' } },
    });
  }
});
afterAll(() => server?.close());

/** Every page of a list, walked forward with `after` (or backward with `before`), as ids in list order. */
async function walk(variables: RunsTableQueryVariables, pageSize: number, backward = false): Promise<string[]> {
  const pages: string[][] = [];
  let cursor: string | null | undefined;
  for (;;) {
    const { runs } = await list(
      backward ? { ...variables, last: pageSize, before: cursor } : { ...variables, first: pageSize, after: cursor },
    );
    pages.push(runs.edges.map((edge) => edge.node.id));
    const more = backward ? runs.pageInfo.hasPreviousPage : runs.pageInfo.hasNextPage;
    if (!more) break;
    cursor = backward ? runs.pageInfo.startCursor : runs.pageInfo.endCursor;
  }
  return (backward ? pages.reverse() : pages).flat();
}

/** The order the server promises: valued runs by value then id, then the rest newest first. */
function expectedOrder(value: (run: (typeof made)[number]) => number | undefined, direction: RunOrder['direction']): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const byId = (a: string, b: string) => (rawId(a) < rawId(b) ? -1 : 1);
  const valued = made.filter((run) => value(run) !== undefined);
  const missing = made.filter((run) => value(run) === undefined);
  return [
    ...valued.sort((a, b) => sign * ((value(a) as number) - (value(b) as number) || byId(a.id, b.id))).map((run) => run.id),
    ...missing.map((run) => run.id).sort((a, b) => -byId(a, b)),
  ];
}

describe('run names', () => {
  it('names an unnamed run adjective-noun-number, keeps a given name, and goes back to the default on null', async () => {
    const { runs } = await list({ first: 100, orderBy: { by: 'CREATED_AT', direction: 'ASC' } });
    const numbers = runs.edges.map((edge) => edge.node.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const { node } of runs.edges) expect(node.name).toMatch(new RegExp(`^[a-z]+-[a-z]+-${node.number}$`));
    const first = runs.edges[0]?.node;
    if (!first) throw new Error('no runs');
    const renamed = await execute(server, UpdateRunDocument, { input: { id: first.id, name: '  baseline  ' } }, asAdmin);
    expect(renamed.updateRun.run.name).toBe('baseline');
    const reset = await execute(server, UpdateRunDocument, { input: { id: first.id, name: null } }, asAdmin);
    expect(reset.updateRun.run.name).toBe(first.name);
  });
});

describe('tags and notes', () => {
  it('sets tags (trimmed, without repeats) and notes, and finds runs carrying every tag asked for', async () => {
    const [a, b] = made;
    if (!a || !b) throw new Error('no runs');
    const tagged = await execute(
      server,
      UpdateRunDocument,
      { input: { id: a.id, tags: [' best ', 'lr-sweep', 'best'], notes: 'loss still falling' } },
      asAdmin,
    );
    expect(tagged.updateRun.run).toMatchObject({ tags: ['best', 'lr-sweep'], notes: 'loss still falling' });
    await execute(server, UpdateRunDocument, { input: { id: b.id, tags: ['lr-sweep'] } }, asAdmin);

    const both = await list({ first: 10, filter: { tags: ['lr-sweep', 'best'] } });
    expect(both.runs.edges.map((edge) => edge.node.id)).toEqual([a.id]);
    const sweep = await list({ first: 10, filter: { tags: ['lr-sweep'] } });
    expect(sweep.runs.totalCount).toBe(2);

    // Notes alone leave the tags as they were; an empty string clears the notes.
    const cleared = await execute(server, UpdateRunDocument, { input: { id: a.id, notes: '' } }, asAdmin);
    expect(cleared.updateRun.run).toMatchObject({ tags: ['best', 'lr-sweep'], notes: null });
  });

  it('refuses bad tags and notes field by field, a READ token, and an unknown run', async () => {
    const id = made[0]?.id as string;
    const bad = await request(
      server,
      UpdateRunDocument,
      { input: { id, tags: ['x'.repeat(65)], notes: 'n'.repeat(10_001) } },
      asAdmin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(((bad.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ path: string }>).map((e) => e.path).sort()).toEqual([
      'notes',
      'tags.0',
    ]);

    const reader = await createToken(server, { name: 'reader', role: 'READ' });
    const refused = await request(server, UpdateRunDocument, { input: { id, tags: ['nope'] } }, reader.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unknown = Buffer.from('Run:00000000-0000-7000-8000-000000000000').toString('base64');
    const missing = await request(server, UpdateRunDocument, { input: { id: unknown, notes: 'x' } }, asAdmin);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('filters and orders by metric and param', () => {
  it('filters by metric and param ranges, and refuses a range whose min is above its max', async () => {
    const loss = await list({ first: 10, filter: { metrics: [{ key: 'evalLoss', max: 0.5 }] } });
    expect(loss.runs.totalCount).toBe(4);
    const both = await list({
      first: 10,
      filter: { metrics: [{ key: 'evalLoss', min: 0.5, max: 0.5 }], params: [{ key: 'learningRate', min: 0.1 }] },
    });
    expect(new Set(both.runs.edges.map((edge) => edge.node.id))).toEqual(new Set([made[0]?.id, made[2]?.id]));
    const bad = await request(
      server,
      RunsTableDocument,
      { first: 1, filter: { params: [{ key: 'learningRate', min: 2, max: 1 }] } },
      asAdmin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'filter.params.0' }] });
    const keys = await execute(server, RunValueKeysDocument, {}, asAdmin);
    expect(keys.runValueKeys.metrics).toEqual(['evalLoss']);
    expect(keys.runValueKeys.params).toContain('learningRate');
  });

  it.each<[RunOrder, (run: (typeof made)[number]) => number | undefined]>([
    [{ by: 'METRIC', key: 'evalLoss', direction: 'ASC' }, (run) => run.evalLoss],
    [{ by: 'METRIC', key: 'evalLoss', direction: 'DESC' }, (run) => run.evalLoss],
    [{ by: 'PARAM', key: 'learningRate', direction: 'DESC' }, (run) => run.learningRate],
  ])('pages %o forward and backward through ties, runs without the value last', async (orderBy, value) => {
    const expected = expectedOrder(value, orderBy.direction);
    expect(await walk({ orderBy }, 2)).toEqual(expected);
    expect(await walk({ orderBy }, 3, true)).toEqual(expected);
  });

  it('pages a tag filter sorted by a metric (the tagged runs are read first) in the same order', async () => {
    // Runs 3 to 7 (the first two carry the other test's tags): ties on 0.5, one without evalLoss.
    const picked = made.slice(2);
    for (const run of picked) await execute(server, UpdateRunDocument, { input: { id: run.id, tags: ['picked'] } }, asAdmin);
    const orderBy: RunOrder = { by: 'METRIC', key: 'evalLoss', direction: 'ASC' };
    const pickedIds = new Set(picked.map((run) => run.id));
    const expected = expectedOrder((run) => run.evalLoss, 'ASC').filter((id) => pickedIds.has(id));
    expect(await walk({ orderBy, filter: { tags: ['picked'] } }, 2)).toEqual(expected);
    expect(await walk({ orderBy, filter: { tags: ['picked'] } }, 2, true)).toEqual(expected);
  });

  it('costs the same statements for any page size and depth, nested fields included', async () => {
    const orderBy: RunOrder = { by: 'METRIC', key: 'evalLoss', direction: 'ASC' };
    const { runs } = await list({ first: 1, orderBy });
    const counts: number[] = [];
    // Both sizes cross from the runs with the value into those without: the most a page reads.
    for (const first of [5, 6]) {
      server.sql.length = 0;
      const page = await list({ first, after: runs.pageInfo.endCursor, orderBy, filter: { status: ['SUCCEEDED', 'PENDING'] } });
      expect(page.runs.edges).toHaveLength(first);
      counts.push(server.sql.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(
      await request(server, RunsTableDocument, { first: 1, orderBy: { by: 'METRIC', direction: 'ASC' } }, asAdmin),
    ).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'orderBy.key' }] } }],
    });
  });
});
