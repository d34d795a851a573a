import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { type ConnectionPage, createTraces, rawId } from '../../../test/testkit/flow.ts';
import { exportDatasetLines, seededSelection } from './datasets.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface TraceSeed {
  prompt?: string;
  finalAnswer?: string;
  steps?: string[];
  meta?: Record<string, unknown>;
}

/** Creates traces in one batch (later ones are newer); returns their global ids in input order. */
async function seedTraces(source: string, traces: TraceSeed[]): Promise<string[]> {
  return createTraces(
    server,
    traces.map((t, n) => ({
      prompt: t.prompt ?? `${source} question ${n}`,
      finalAnswer: t.finalAnswer ?? `answer ${n}`,
      steps: (t.steps ?? ['think']).map((content, i) => ({ i, type: 'step', content })),
      meta: { source, ...t.meta },
    })),
  );
}

const seedMany = (source: string, count: number) =>
  seedTraces(
    source,
    Array.from({ length: count }, () => ({})),
  );

const DATASET_FIELDS = `id key name version description selectionStrategy seed prngAlgorithm traceCount stats checksum
  filters provenance schemaVersion sessionId trainingRunRef parent { key } children(first: 5) { totalCount }
  items(first: 100) { totalCount edges { node { position trace { id } } } }`;

interface Dataset {
  id: string;
  key: string;
  selectionStrategy: string;
  seed: number | null;
  prngAlgorithm: string | null;
  traceCount: number;
  stats: Record<string, number>;
  checksum: string;
  filters: Record<string, unknown>;
  provenance: Record<string, unknown>;
  parent: { key: string } | null;
  children: { totalCount: number };
  items: { totalCount: number; edges: { node: { position: number; trace: { id: string } } }[] };
  [field: string]: unknown;
}

const BUILD = `mutation($input: BuildDatasetInput!) { buildDataset(input: $input) { dataset { ${DATASET_FIELDS} } } }`;
const CREATE = `mutation($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { ${DATASET_FIELDS} } } }`;

const build = async (input: Record<string, unknown>) =>
  (await server.ok<{ buildDataset: { dataset: Dataset } }>(BUILD, { input })).buildDataset.dataset;
const create = async (input: Record<string, unknown>) =>
  (await server.ok<{ createDataset: { dataset: Dataset } }>(CREATE, { input })).createDataset.dataset;
const memberIds = (dataset: Dataset) => dataset.items.edges.map((e) => e.node.trace.id);

const countRows = async () => ({
  datasets: await server.deps.prisma.dataset.count(),
  items: await server.deps.prisma.datasetItem.count(),
});

describe('buildDataset', () => {
  it('freezes the newest traces matching a filter, with stats, checksum and provenance', async () => {
    const wanted = await seedTraces('build-latest', [
      { steps: ['a'], prompt: 'p0', finalAnswer: 'f0' },
      { steps: ['ab', 'cd', 'ef'], prompt: 'p1', finalAnswer: 'f1' },
      { steps: ['é', 'x'], prompt: '😀', finalAnswer: 'answer' },
      { steps: ['one'], prompt: 'prompt 3', finalAnswer: 'f3' },
    ]);
    await seedMany('build-latest-other', 3);

    const dataset = await build({
      name: 'latest set',
      version: 'v1/rc',
      description: 'the three newest',
      filter: { source: 'build-latest' },
      limit: 3,
      sessionId: 's-1',
      trainingRunRef: 'notebook-7',
      provenance: { source: 'my-notebook', owner: 'ana' },
    });

    expect(dataset).toMatchObject({
      key: 'latest_set-v1_rc',
      name: 'latest set',
      version: 'v1/rc',
      description: 'the three newest',
      selectionStrategy: 'LATEST',
      prngAlgorithm: null,
      traceCount: 3,
      schemaVersion: '1.0',
      sessionId: 's-1',
      trainingRunRef: 'notebook-7',
      filters: { source: 'build-latest' },
    });
    // Newest first: the batch's later traces are newer.
    expect(memberIds(dataset)).toEqual([wanted[3], wanted[2], wanted[1]]);
    expect(dataset.items.edges.map((e) => e.node.position)).toEqual([0, 1, 2]);
    // Steps 1, 2 and 3; code points 13 ('prompt 3' 'f3' 'one'), 9 ('😀' 'answer' 'é' 'x') and 10 ('p1' 'f1' 'ab' 'cd' 'ef').
    expect(dataset.stats).toEqual({ traceCount: 3, avgStepCount: 2, minStepCount: 1, maxStepCount: 3, avgTotalChars: 32 / 3 });
    expect(dataset.checksum).toBe(sha256([wanted[3], wanted[2], wanted[1]].map((id) => rawId(id as string)).join('\n')));
    expect(dataset.provenance).toMatchObject({
      schemaVersion: '1.0',
      source: 'my-notebook', // the caller's keys win
      owner: 'ana',
      traceCount: 3,
      selectionStrategy: 'LATEST',
    });
    expect(dataset.provenance).not.toHaveProperty('seed');
    expect(Date.parse(dataset.provenance.buildTimestamp as string)).not.toBeNaN();
  });

  it('finds old matches behind many newer traces (the reference only scanned limit×10)', async () => {
    const needles = await seedMany('build-needle', 2);
    await seedMany('build-hay', 40);
    const dataset = await build({ name: 'needles', version: '1', filter: { source: 'build-needle' }, limit: 2 });
    expect(memberIds(dataset)).toEqual([needles[1], needles[0]]);
  });

  it('filters on meta keys and tags in SQL', async () => {
    await seedTraces('build-meta', [{ meta: { game: 'duel' } }, { meta: { game: 'poker' } }, { meta: { game: 'duel' } }]);
    const dataset = await build({
      name: 'duels',
      version: '1',
      filter: { metaContains: { game: 'duel', source: 'build-meta' } },
    });
    expect(dataset.traceCount).toBe(2);
    expect(dataset.filters).toEqual({ metaContains: { game: 'duel', source: 'build-meta' } });
  });

  it('draws the same RANDOM sample for the same seed, and another for another seed', async () => {
    const ids = await seedMany('build-random', 30);
    const input = { name: 'random', filter: { source: 'build-random' }, limit: 10, selectionStrategy: 'RANDOM' };
    const first = await build({ ...input, version: 'seed-7a', seed: 7 });
    const again = await build({ ...input, version: 'seed-7b', seed: 7 });
    const other = await build({ ...input, version: 'seed-8', seed: 8 });

    expect(first).toMatchObject({ selectionStrategy: 'RANDOM', seed: 7, prngAlgorithm: 'mulberry32-fisher-yates-v1' });
    expect(first.provenance).toMatchObject({ selectionStrategy: 'RANDOM', seed: 7 });
    expect(memberIds(first)).toHaveLength(10);
    expect(new Set(memberIds(first)).size).toBe(10);
    expect(memberIds(again)).toEqual(memberIds(first));
    expect(again.checksum).toBe(first.checksum);
    expect(memberIds(other)).not.toEqual(memberIds(first));
    expect(other.checksum).not.toBe(first.checksum);

    // Reproducible outside this code: the documented shuffle over the matching ids sorted ascending.
    const sorted = ids.map(rawId).sort();
    const expected = seededSelection(sorted.length, 10, 7).map((position) => sorted[position]);
    expect(memberIds(first).map(rawId)).toEqual(expected);
  });

  it('takes every match, in shuffled order, when RANDOM asks for more than there are', async () => {
    const ids = await seedMany('build-random-small', 4);
    const dataset = await build({
      name: 'random-small',
      version: '1',
      filter: { source: 'build-random-small' },
      limit: 50,
      selectionStrategy: 'RANDOM',
      seed: 1,
    });
    expect([...memberIds(dataset)].sort()).toEqual([...ids].sort());
  });

  it('refuses RANDOM without a seed', async () => {
    const result = await server.gql(BUILD, { input: { name: 'no-seed', version: '1', selectionStrategy: 'RANDOM' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([{ path: 'seed', message: expect.stringContaining('required') }]);
  });

  it('reports every bad field at once', async () => {
    const result = await server.gql(BUILD, {
      input: { name: '', version: 'v'.repeat(65), limit: 10_001, selectionStrategy: 'EXPLICIT', provenance: [1] },
    });
    const paths = ((result.errors?.[0]?.extensions?.fieldErrors ?? []) as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['limit', 'name', 'provenance', 'selectionStrategy', 'version']);
  });

  it('says so when nothing matches, and writes nothing', async () => {
    const before = await countRows();
    const result = await server.gql(BUILD, { input: { name: 'empty', version: '1', filter: { source: 'no-such-source' } } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Dataset is empty: no traces matched the filter');
    expect(await countRows()).toEqual(before);
  });

  it('never overwrites: an existing name+version (or key) is a CONFLICT and nothing changes', async () => {
    await seedMany('build-conflict', 3);
    const original = await build({ name: 'frozen set', version: '1', filter: { source: 'build-conflict' }, limit: 2 });
    await seedMany('build-conflict', 2);
    const before = await countRows();

    const again = await server.gql(BUILD, { input: { name: 'frozen set', version: '1', filter: { source: 'build-conflict' } } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('Dataset frozen_set-1 already exists; datasets are immutable — use a new version');
    // Another name that sanitizes to the same key conflicts too.
    const sameKey = await server.gql(BUILD, { input: { name: 'frozen_set', version: '1' } });
    expect(sameKey.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect(await countRows()).toEqual(before);
    const stored = await server.ok<{ datasetByKey: Dataset }>(
      `query { datasetByKey(key: "frozen_set-1") { ${DATASET_FIELDS} } }`,
    );
    expect(memberIds(stored.datasetByKey)).toEqual(memberIds(original));
    expect(stored.datasetByKey.checksum).toBe(original.checksum);
  });

  it('lets only one of two simultaneous builds of the same version win', async () => {
    await seedMany('build-race', 3);
    const input = { name: 'race', version: '1', filter: { source: 'build-race' } };
    const results = await Promise.all([server.gql(BUILD, { input }), server.gql(BUILD, { input })]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await server.deps.prisma.dataset.count({ where: { name: 'race' } })).toBe(1);
  });

  it('links a derived dataset to its parent', async () => {
    await seedMany('build-lineage', 3);
    const parent = await build({ name: 'lineage', version: '1', filter: { source: 'build-lineage' } });
    const child = await build({ name: 'lineage', version: '2', filter: { source: 'build-lineage' }, parentDatasetId: parent.id });
    expect(child.parent).toEqual({ key: 'lineage-1' });
    const reread = await server.ok<{ node: Dataset }>(
      `query($id: ID!) { node(id: $id) { ... on Dataset { ${DATASET_FIELDS} } } }`,
      {
        id: parent.id,
      },
    );
    expect(reread.node.children.totalCount).toBe(1);

    const unknownParent = Buffer.from('Dataset:00000000-0000-7000-8000-000000000000').toString('base64');
    const result = await server.gql(BUILD, { input: { name: 'lineage', version: '3', parentDatasetId: unknownParent } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('createDataset', () => {
  it('freezes exactly the given traces in the given order', async () => {
    const ids = await seedMany('create-explicit', 4);
    const order = [ids[2], ids[0], ids[3]] as string[];
    const dataset = await create({ name: 'hand-picked', version: '1', traceIds: order, provenance: { why: 'curated' } });
    expect(dataset).toMatchObject({ selectionStrategy: 'EXPLICIT', traceCount: 3, filters: {}, seed: null });
    expect(dataset.provenance).toMatchObject({ selectionStrategy: 'EXPLICIT', why: 'curated', source: 'tunix-rt' });
    expect(memberIds(dataset)).toEqual(order);
    expect(dataset.checksum).toBe(sha256(order.map(rawId).join('\n')));
  });

  it('names every unknown trace and writes nothing', async () => {
    const [known] = await seedMany('create-unknown', 1);
    const ghost = Buffer.from('Trace:00000000-0000-7000-8000-00000000beef').toString('base64');
    const before = await countRows();
    const result = await server.gql(CREATE, { input: { name: 'ghosts', version: '1', traceIds: [known, ghost] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe(`Trace ${ghost} not found`);
    expect(result.errors?.[0]?.extensions?.ids).toEqual([ghost]);
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([{ path: 'traceIds.1', message: 'no such trace' }]);
    expect(await countRows()).toEqual(before);
  });

  it('rejects a trace listed twice, and an empty list', async () => {
    const [a, b] = await seedMany('create-dup', 2);
    const dup = await server.gql(CREATE, { input: { name: 'dup', version: '1', traceIds: [a, b, a] } });
    expect(dup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dup.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { path: 'traceIds.2', message: 'repeats traceIds.0: a dataset holds each trace once' },
    ]);
    const empty = await server.gql(CREATE, { input: { name: 'dup', version: '1', traceIds: [] } });
    expect(empty.errors?.[0]?.message).toBe('traceIds: must not be empty');
  });
});

describe('datasets connection', () => {
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: DatasetFilter) {
    datasets(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { version } }
    }
  }`;
  type Page = { datasets: ConnectionPage<{ version: string }> };
  const versions = (page: Page) => page.datasets.edges.map((e) => e.node.version);

  it('lists newest first, pages both ways and filters by name and text', async () => {
    const [id] = await seedMany('paging', 1);
    for (let n = 0; n < 5; n += 1) await create({ name: 'paged', version: `v${n}`, traceIds: [id] });
    await create({ name: 'paged-other', version: 'v0', traceIds: [id], description: 'Mentions PAGED too' });

    const filter = { name: 'paged' };
    const first = await server.ok<Page>(PAGE, { first: 2, filter });
    expect(first.datasets.totalCount).toBe(5);
    expect(versions(first)).toEqual(['v4', 'v3']);
    const second = await server.ok<Page>(PAGE, { first: 2, after: first.datasets.pageInfo.endCursor, filter });
    expect(versions(second)).toEqual(['v2', 'v1']);
    const third = await server.ok<Page>(PAGE, { first: 2, after: second.datasets.pageInfo.endCursor, filter });
    expect(versions(third)).toEqual(['v0']);
    expect(third.datasets.pageInfo.hasNextPage).toBe(false);
    const back = await server.ok<Page>(PAGE, { last: 2, before: third.datasets.pageInfo.startCursor, filter });
    expect(versions(back)).toEqual(['v2', 'v1']);

    const search = await server.ok<Page>(PAGE, { first: 10, filter: { search: 'paged' } });
    expect(search.datasets.totalCount).toBe(6);
  });

  it('finds a dataset by key, and answers null for an unknown key', async () => {
    const data = await server.ok<{ known: { version: string } | null; unknown: unknown }>(
      `query { known: datasetByKey(key: "paged-v3") { version } unknown: datasetByKey(key: "nope-1") { version } }`,
    );
    expect(data).toEqual({ known: { version: 'v3' }, unknown: null });
  });

  it('refuses a page over 100', async () => {
    const result = await server.gql(PAGE, { first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('dataset members', () => {
  const MEMBERS = `query($key: String!, $first: Int, $after: String) {
    datasetByKey(key: $key) {
      traceCount
      runs(first: 5) { totalCount edges { node { id } } }
      items(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { position trace { id prompt finalAnswer source stepCount steps { i type content } } } }
      }
    }
  }`;
  type Members = {
    datasetByKey: {
      items: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { position: number; trace: { id: string; prompt: string } } }[];
      };
    };
  };

  it('loads nested traces in a constant number of SQL statements (5 or 50 members)', async () => {
    const ids = await seedMany('members', 50);
    await create({ name: 'members', version: '5', traceIds: ids.slice(0, 5) });
    await create({ name: 'members', version: '50', traceIds: ids });

    const statementsFor = async (key: string) => {
      server.sql.length = 0;
      const data = await server.ok<Members>(MEMBERS, { key, first: 100 });
      return { count: server.sql.length, data };
    };
    const small = await statementsFor('members-5');
    const large = await statementsFor('members-50');
    expect(small.data.datasetByKey.items.edges).toHaveLength(5);
    expect(large.data.datasetByKey.items.edges.map((e) => e.node.trace.id)).toEqual(ids);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });

  it('pages through members in build order', async () => {
    const first = await server.ok<Members>(MEMBERS, { key: 'members-50', first: 20 });
    const second = await server.ok<Members>(MEMBERS, {
      key: 'members-50',
      first: 20,
      after: first.datasetByKey.items.pageInfo.endCursor,
    });
    expect(second.datasetByKey.items.totalCount).toBe(50);
    expect(second.datasetByKey.items.edges.map((e) => e.node.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 20));
  });
});

describe('export', () => {
  const EXPORT = `query($key: String!) {
    datasetByKey(key: $key) {
      id
      trace: export
      sft: export(format: TUNIX_SFT)
      example: export(format: TRAINING_EXAMPLE)
      traceUrl: exportUrl
      sftUrl: exportUrl(format: TUNIX_SFT)
      items(first: 10) { edges { node { trace { id createdAt } } } }
    }
  }`;
  type Export = {
    datasetByKey: {
      id: string;
      trace: string;
      sft: string;
      example: string;
      traceUrl: string;
      sftUrl: string;
      items: { edges: { node: { trace: { id: string; createdAt: string } } }[] };
    };
  };
  const pythonTime = (iso: string) => iso.replace(/\.000Z$/, '+00:00').replace(/\.(\d{3})Z$/, '.$1000+00:00');

  it('writes the reference’s lines in dataset order', async () => {
    const [first, second] = await seedTraces('export', [
      { prompt: 'What is 2 + 2?', steps: ['Add 2 and 2', '2 + 2 = 4'], finalAnswer: '4' },
      { prompt: 'Café?', steps: ['Think'], finalAnswer: 'Oui' },
    ]);
    await create({ name: 'export', version: '1', traceIds: [second, first] });
    const data = (await server.ok<Export>(EXPORT, { key: 'export-1' })).datasetByKey;
    const [b, a] = data.items.edges.map((e) => e.node.trace);
    if (!a || !b) throw new Error('members missing');

    const traceLines = data.trace.split('\n');
    expect(traceLines).toHaveLength(3); // two lines and the trailing newline
    expect(traceLines[2]).toBe('');
    expect(traceLines[0]).toBe(
      `{"id": "${rawId(b.id)}", "prompts": "Caf\\u00e9?", "trace_steps": ["Think"], "final_answer": "Oui", ` +
        `"metadata": {"created_at": "${pythonTime(b.createdAt)}", "trace_version": "1.0", "source": "export"}}`,
    );
    expect(traceLines[1]).toBe(
      `{"id": "${rawId(a.id)}", "prompts": "What is 2 + 2?", "trace_steps": ["Add 2 and 2", "2 + 2 = 4"], "final_answer": "4", ` +
        `"metadata": {"created_at": "${pythonTime(a.createdAt)}", "trace_version": "1.0", "source": "export"}}`,
    );

    const sft = data.sft
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(sft[1].prompts).toBe(
      '<start_of_turn>user\nWhat is 2 + 2?<end_of_turn>\n<start_of_turn>model\nReasoning:\n1. Add 2 and 2\n2. 2 + 2 = 4\nAnswer: 4<end_of_turn>',
    );
    expect(sft[1]).toEqual({
      id: rawId(a.id),
      prompts: sft[1].prompts,
      final_answer: '4',
      metadata: { created_at: pythonTime(a.createdAt), trace_version: '1.0', format: 'tunix_sft', source: 'export' },
    });

    const examples = data.example
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(examples[1]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      prompt: 'What is 2 + 2?\n\nPlease show your reasoning steps.',
      response: 'Reasoning:\n1. Add 2 and 2\n2. 2 + 2 = 4\nAnswer: 4',
      metadata: { source_trace_id: rawId(a.id), created_at: pythonTime(a.createdAt), trace_version: '1.0', source: 'export' },
    });
    // Deterministic ids: the same export twice is the same bytes.
    const again = (await server.ok<Export>(EXPORT, { key: 'export-1' })).datasetByKey;
    expect(again.example).toBe(data.example);

    const uuid = rawId(data.id);
    expect(data.traceUrl).toBe(`/datasets/${uuid}/export.jsonl?format=trace`);
    expect(data.sftUrl).toBe(`/datasets/${uuid}/export.jsonl?format=tunix_sft`);
    // The URL serves the same bytes as the field.
    const download = await fetch(server.url.replace(/\/graphql$/, '') + data.sftUrl);
    expect(download.headers.get('content-type')).toContain('application/x-ndjson');
    expect(await download.text()).toBe(data.sft);
  });

  it('streams large datasets in batches, and sends them to the download URL instead of the field', async () => {
    await seedMany('export-large', 1000);
    await seedMany('export-large', 1);
    const built = await build({ name: 'export-large', version: '1', filter: { source: 'export-large' }, limit: 10_000 });
    expect(built.traceCount).toBe(1001);

    const field = await server.gql(`query { datasetByKey(key: "export-large-1") { export } }`);
    expect(field.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(field.errors?.[0]?.message).toContain(`/datasets/${rawId(built.id)}/export.jsonl?format=trace`);

    server.sql.length = 0;
    const ids: string[] = [];
    for await (const line of exportDatasetLines(server.deps, rawId(built.id), 'TRACE')) {
      expect(line.endsWith('\n')).toBe(true);
      ids.push(JSON.parse(line).id);
    }
    const statements = [...server.sql];
    const order = await server.deps.prisma.datasetItem.findMany({
      where: { datasetId: rawId(built.id) },
      orderBy: { position: 'asc' },
      select: { traceId: true },
    });
    expect(ids).toEqual(order.map((item) => item.traceId));
    // One lookup, then three batches of at most 500 (each: members, then their traces).
    expect(statements.length).toBeLessThanOrEqual(7);
    // Keyset paging: every membership read starts after the last position seen.
    const memberReads = statements.filter((statement) => /FROM "public"."dataset_items"/.test(statement));
    expect(memberReads).toHaveLength(3);
    for (const statement of memberReads) expect(statement).toMatch(/"position" > \$\d/);
  });

  it('fails before the first line for an unknown dataset or format', async () => {
    const lines = exportDatasetLines(server.deps, '00000000-0000-7000-8000-000000000000', 'trace');
    await expect(lines.next()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const badFormat = exportDatasetLines(server.deps, '00000000-0000-7000-8000-000000000000', 'csv' as 'trace');
    await expect(badFormat.next()).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('compareDatasets', () => {
  const COMPARE = `query($base: ID!, $other: ID!, $first: Int, $after: String) {
    compareDatasets(base: $base, other: $other) {
      base { key } other { key } addedCount removedCount commonCount
      statDeltas { name base other delta }
      added(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { position trace { id prompt } } } }
      removed(first: $first) { totalCount edges { node { position trace { id } } } }
    }
  }`;
  interface Comparison {
    base: { key: string };
    other: { key: string };
    addedCount: number;
    removedCount: number;
    commonCount: number;
    statDeltas: { name: string; base: number | null; other: number | null; delta: number | null }[];
    added: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { position: number; trace: { id: string; prompt: string } } }[];
    };
    removed: { totalCount: number; edges: { node: { position: number; trace: { id: string } } }[] };
  }
  const compare = async (variables: Record<string, unknown>) =>
    (await server.ok<{ compareDatasets: Comparison }>(COMPARE, variables)).compareDatasets;

  it('lists the traces added and removed between two versions, with each stat’s change', async () => {
    const shared = await seedMany('diff-shared', 3);
    const [gone] = await seedTraces('diff-gone', [{ steps: ['a'] }]);
    const fresh = await seedTraces('diff-new', [{ steps: ['a', 'b', 'c'] }, { steps: ['a', 'b', 'c'] }]);
    const v1 = await create({ name: 'diff', version: '1', traceIds: [...shared, gone] });
    const v2 = await create({ name: 'diff', version: '2', traceIds: [fresh[0], ...shared, fresh[1]] });

    server.sql.length = 0;
    const diff = await compare({ base: v1.id, other: v2.id, first: 1 });
    const statements = server.sql.length;
    expect(diff).toMatchObject({
      base: { key: 'diff-1' },
      other: { key: 'diff-2' },
      addedCount: 2,
      removedCount: 1,
      commonCount: 3,
    });
    expect(diff.added.totalCount).toBe(2);
    expect(diff.added.edges.map((edge) => [edge.node.position, edge.node.trace.id])).toEqual([[0, fresh[0]]]);
    expect(diff.removed.edges.map((edge) => [edge.node.position, edge.node.trace.id])).toEqual([[3, gone]]);
    const stat = (name: string) => diff.statDeltas.find((delta) => delta.name === name);
    expect(stat('traceCount')).toEqual({ name: 'traceCount', base: 4, other: 5, delta: 1 });
    expect(stat('maxStepCount')).toEqual({ name: 'maxStepCount', base: 1, other: 3, delta: 2 });
    expect(stat('avgStepCount')?.delta).toBeCloseTo(9 / 5 - 1);

    // The next page of added traces starts after the first, in build order.
    const next = await compare({ base: v1.id, other: v2.id, first: 1, after: diff.added.pageInfo.endCursor });
    expect(next.added.edges.map((edge) => edge.node.position)).toEqual([4]);
    expect(next.added.pageInfo.hasNextPage).toBe(false);

    // Two datasets of 1 or 50 traces cost the same statements: no query per member.
    const many = await seedMany('diff-many', 50);
    const big1 = await create({ name: 'diff-big', version: '1', traceIds: many.slice(0, 25) });
    const big2 = await create({ name: 'diff-big', version: '2', traceIds: many.slice(25) });
    server.sql.length = 0;
    const bigDiff = await compare({ base: big1.id, other: big2.id, first: 25 });
    expect(bigDiff.added.edges).toHaveLength(25);
    expect(server.sql.length).toBe(statements);
  });

  it('answers NOT_FOUND for an unknown dataset', async () => {
    const [traceId] = await seedMany('diff-missing', 1);
    const only = await create({ name: 'diff-missing', version: '1', traceIds: [traceId] });
    const unknown = Buffer.from('Dataset:00000000-0000-7000-8000-000000000000').toString('base64');
    const result = await server.gql(COMPARE, { base: only.id, other: unknown });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
