// Every bad input gets a GraphQL error with its code (and the paths of the fields at fault), writes
// nothing, and leaves the server answering: one table of inputs, each sent over every transport
// that can carry it (HTTP POST, GET, server-sent events, graphql-ws), against one real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from './factories.ts';
import { type GraphQLResponse, startTestServer, subscribe, type TestServer } from './harness.ts';
import { CreateRunDocument } from './testkit/flow.ts';

type Transport = 'POST' | 'GET' | 'SSE' | 'WS';
type Variables = Record<string, unknown>;

interface Case {
  name: string;
  query: string | (() => string);
  variables?: Variables | (() => Variables);
  /** Default BAD_USER_INPUT: what every bad input gets unless the case says otherwise. */
  code?: string;
  /** The fieldErrors paths, in order, when the error names fields. */
  paths?: string[];
  /** Default: every transport that can carry the operation (GET runs no mutations, WS no mutations). */
  over?: Transport[];
  /** Refused by a resolver (the answer carries `data`), not before execution: SSE then answers 200. */
  inResolver?: boolean;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const UNKNOWN_UUID = '0193a0a0-0000-7000-8000-000000000000';
const ids = { trace: '', dataset: '', run: '' };
const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const NUL = 'a\u0000b';
const LONE = 'a\ud800b';
const BIG = 'a'.repeat(20_000_000);

const TRACES = 'query($f: TraceFilter) { traces(filter: $f) { totalCount } }';
const NODE = 'query($id: ID!) { node(id: $id) { id } }';
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const CREATE_TRACE = 'mutation($input: CreateTraceInput!) { createTrace(input: $input) { trace { id } } }';
const CREATE_TRACES = 'mutation($input: CreateTracesInput!) { createTraces(input: $input) { createdCount } }';
const BUILD_DATASET = 'mutation($input: BuildDatasetInput!) { buildDataset(input: $input) { dataset { id } } }';
const CREATE_RUN = CreateRunDocument.toString();
const trace = (fields: Variables = {}) => ({
  prompt: 'What is 1 + 1?',
  finalAnswer: '2',
  steps: [{ i: 0, type: 'compute', content: '1 + 1 = 2' }],
  ...fields,
});
/** node, then scores › edges › node › trace twice, then scores › edges › `leaf`: 11 levels plus the leaf's. */
const deepSelection = (leaf: string) =>
  `query($id: ID!) { node(id: $id) { ... on Trace { ${'scores(first: 1) { edges { node { trace { '.repeat(2)}scores(first: 1) { edges { ${leaf} } }${' } } } }'.repeat(2)} } } }`;
const BIG_DOCUMENT: Transport[] = ['POST', 'SSE', 'WS'];

const queries: Case[] = [
  // The document itself: syntax and the parser limits.
  { name: 'a syntax error', query: '{ traces ' },
  { name: 'an empty document', query: ' ' },
  { name: 'an unterminated string', query: '{ traces(filter: {search: "abc}) { totalCount } }' },
  {
    name: 'a lone surrogate escape in a literal',
    query: '{ traces(filter: {search: "\\uD800"}) { totalCount } }',
  },
  // (Not over GET: a URL cannot carry a lone surrogate; URLSearchParams turns it into U+FFFD.)
  {
    name: 'a raw lone surrogate in the document',
    query: `{ traces(filter: {search: "${LONE}"}) { totalCount } }`,
    over: ['POST', 'SSE', 'WS'],
  },
  { name: 'a raw NUL in the document', query: `{ traces(filter: {search: "${NUL}"}) { totalCount } }` },
  {
    name: 'a 10,000-deep selection',
    query: `{ ${'a { '.repeat(10_000)}b${' }'.repeat(10_000)} }`,
    over: BIG_DOCUMENT,
  },
  {
    name: 'a 50,000-deep list literal',
    query: `{ traces(filter: {tags: ${'['.repeat(50_000)}${']'.repeat(50_000)}}) { totalCount } }`,
    over: BIG_DOCUMENT,
  },
  {
    name: 'a 3,000-deep JSON literal in metaContains',
    query: `{ traces(filter: {metaContains: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}}) { totalCount } }`,
    over: BIG_DOCUMENT,
  },
  { name: 'more than 5,000 tokens', query: `{ ${'__typename '.repeat(5_001)}}`, over: BIG_DOCUMENT },
  {
    name: 'a selection 13 levels deep',
    query: deepSelection('node { id }'),
    variables: () => ({ id: ids.trace }),
  },
  {
    name: '31 aliases',
    query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: traces(first: 1) { totalCount }`).join(' ')} }`,
  },
  { name: '51 directives', query: `{ __typename ${'@include(if: true) '.repeat(51)}}` },
  // Validation.
  { name: 'an unknown field', query: '{ nope }' },
  { name: 'an unknown argument', query: '{ traces(bogus: 1) { totalCount } }', paths: ['bogus'] },
  { name: 'a missing required argument', query: '{ trace { id } }' },
  {
    name: 'a string literal for an Int',
    query: '{ traces(first: "x") { totalCount } }',
    paths: ['first'],
  },
  { name: 'an unknown enum literal', query: '{ traces(order: UP) { totalCount } }', paths: ['order'] },
  {
    name: 'a bad DateTime literal',
    query: '{ traces(filter: {createdAfter: "yesterday"}) { totalCount } }',
    paths: ['filter.createdAfter'],
  },
  {
    name: 'an unknown input field literal',
    query: '{ traces(filter: {bogus: 1}) { totalCount } }',
    paths: ['filter.bogus'],
  },
  {
    name: 'a NUL escape in a literal',
    query: '{ traces(filter: {search: "a\\u0000b"}) { totalCount } }',
    paths: ['filter.search'],
  },
  {
    name: 'a NUL escape in a list literal',
    query: '{ traces(filter: {tags: ["ok", "a\\u0000"]}) { totalCount } }',
    paths: ['filter.tags.1'],
  },
  {
    name: 'a NUL escape inside a JSON literal',
    query: '{ traces(filter: {metaContains: {game: "a\\u0000"}}) { totalCount } }',
    paths: ['filter.metaContains.game'],
  },
  {
    name: 'a 33-deep JSON literal',
    query: `{ traces(filter: {metaContains: ${'{a: '.repeat(33)}1${'}'.repeat(33)}}) { totalCount } }`,
    paths: ['filter.metaContains'],
  },
  { name: 'an undefined variable', query: '{ traces(first: $n) { totalCount } }' },
  { name: 'an unused variable', query: 'query($n: Int) { traces { totalCount } }' },
  {
    name: 'a variable used at the wrong type',
    query: 'query($n: String) { traces(first: $n) { totalCount } }',
  },
  {
    name: 'a fragment cycle',
    query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  },
  { name: 'a fragment on an unknown type', query: '{ ...A } fragment A on Nope { id }' },
  {
    name: 'two subscription root fields',
    query: 'subscription { a: runsChanged { id } b: runsChanged { id } }',
  },
  { name: 'two anonymous operations', query: '{ __typename } { __typename }' },
  { name: 'an ambiguous operation', query: 'query A { __typename } query B { __typename }' },
  // Variables that do not fit their types.
  { name: 'a missing required variable', query: NODE, paths: ['id'] },
  { name: 'null for a required variable', query: NODE, variables: { id: null }, paths: ['id'] },
  {
    name: 'a string for an Int variable',
    query: 'query($n: Int) { traces(first: $n) { totalCount } }',
    variables: { n: 'x' },
    paths: ['n'],
  },
  {
    name: 'an Int variable beyond 32 bits',
    query: 'query($n: Int) { traces(first: $n) { totalCount } }',
    variables: { n: 2 ** 31 },
    paths: ['n'],
  },
  {
    name: 'a fraction for an Int variable',
    query: 'query($n: Int) { traces(first: $n) { totalCount } }',
    variables: { n: 1.5 },
    paths: ['n'],
  },
  {
    name: 'an unknown enum variable',
    query: 'query($o: OrderDirection) { traces(order: $o) { totalCount } }',
    variables: { o: 'UP' },
    paths: ['o'],
  },
  {
    name: 'a bad DateTime variable',
    query: TRACES,
    variables: { f: { createdAfter: 'yesterday' } },
    paths: ['f.createdAfter'],
  },
  {
    name: 'an unknown field in an input variable',
    query: TRACES,
    variables: { f: { bogus: 1 } },
    paths: ['f'],
  },
  { name: 'a list for an input object', query: TRACES, variables: { f: [1] }, paths: ['f'] },
  {
    name: 'a NUL in the search filter',
    query: TRACES,
    variables: { f: { search: NUL } },
    paths: ['f.search'],
  },
  {
    name: 'a lone surrogate in the source filter',
    query: TRACES,
    variables: { f: { source: LONE } },
    paths: ['f.source'],
  },
  {
    name: 'a NUL in a tag filter',
    query: TRACES,
    variables: { f: { tags: ['ok', NUL] } },
    paths: ['f.tags.1'],
  },
  {
    name: 'a NUL in a metaContains key',
    query: TRACES,
    variables: { f: { metaContains: { [NUL]: 1 } } },
    paths: [`f.metaContains.${NUL}`],
  },
  {
    name: 'a NUL in a metaContains value',
    query: TRACES,
    variables: { f: { metaContains: { game: NUL } } },
    paths: ['f.metaContains.game'],
  },
  {
    name: 'a 3,000-deep metaContains',
    query: TRACES,
    variables: { f: { metaContains: nested(3_000) } },
    paths: ['f.metaContains'],
    over: BIG_DOCUMENT,
  },
  {
    name: 'a 33-deep metaContains',
    query: TRACES,
    variables: { f: { metaContains: nested(33) } },
    paths: ['f.metaContains'],
  },
  {
    name: 'a metaContains over 1 MiB',
    query: TRACES,
    variables: { f: { metaContains: { a: 'x'.repeat(1_100_000) } } },
    paths: ['f.metaContains'],
    over: ['POST', 'SSE', 'WS'],
  },
  {
    name: 'NUL in two filters at once',
    query: TRACES,
    variables: { f: { search: NUL, source: NUL } },
    paths: ['f.source', 'f.search'],
  },
  {
    name: 'a NUL in a dataset search',
    query: 'query($f: DatasetFilter) { datasets(filter: $f) { totalCount } }',
    variables: { f: { search: NUL } },
    paths: ['f.search'],
  },
  {
    name: 'a NUL in an after cursor',
    query: 'query($after: String) { traces(after: $after) { totalCount } }',
    variables: { after: NUL },
    paths: ['after'],
  },
  // Refused by the resolvers.
  {
    name: 'a metaContains that is no object',
    query: TRACES,
    variables: { f: { metaContains: [1] } },
    paths: ['filter.metaContains'],
    inResolver: true,
  },
  {
    name: 'a 201-character search',
    query: TRACES,
    variables: { f: { search: 's'.repeat(201) } },
    paths: ['filter.search'],
    inResolver: true,
  },
  {
    name: 'a 257-character source',
    query: TRACES,
    variables: { f: { source: 's'.repeat(257) } },
    paths: ['filter.source'],
    inResolver: true,
  },
  {
    name: '101 tags in a filter',
    query: TRACES,
    variables: { f: { tags: Array.from({ length: 101 }, (_, i) => `t${i}`) } },
    paths: ['filter.tags'],
    inResolver: true,
  },
  {
    name: 'a 201-character model search',
    query: 'query($f: ModelArtifactFilter) { modelArtifacts(filter: $f) { totalCount } }',
    variables: { f: { search: 's'.repeat(201) } },
    paths: ['filter.search'],
    inResolver: true,
  },
  {
    name: 'a 257-character base model filter',
    query: 'query($f: RunFilter) { runs(filter: $f) { totalCount } }',
    variables: { f: { baseModel: 'm'.repeat(257) } },
    paths: ['filter.baseModel'],
    inResolver: true,
  },
  {
    name: 'a 20 MB search string',
    query: () => `{ traces(filter: {search: "${BIG}"}) { totalCount } }`,
    paths: ['filter.search'],
    inResolver: true,
    over: ['WS'],
  },
  { name: 'an id that is no base64 id', query: NODE, variables: { id: 'not an id' }, inResolver: true },
  { name: 'an id hiding no UUID', query: NODE, variables: { id: gid('Trace', '42') }, inResolver: true },
  {
    name: 'an id of an unknown type',
    query: NODE,
    variables: { id: gid('Bogus', UNKNOWN_UUID) },
    paths: ['id'],
    inResolver: true,
  },
  {
    name: 'an id of a non-node type',
    query: NODE,
    variables: { id: gid('Query', UNKNOWN_UUID) },
    paths: ['id'],
    inResolver: true,
  },
  {
    name: 'nodes with an unknown type among them',
    query: NODES,
    variables: () => ({ ids: [ids.trace, ids.trace, gid('Bogus', UNKNOWN_UUID)] }),
    paths: ['ids.2'],
    inResolver: true,
  },
  {
    name: '101 ids in nodes',
    query: NODES,
    variables: () => ({ ids: Array.from({ length: 101 }, () => ids.trace) }),
    paths: ['ids'],
    inResolver: true,
  },
  {
    name: '100,000 ids in nodes',
    query: NODES,
    variables: () => ({ ids: Array.from({ length: 100_000 }, () => ids.trace) }),
    paths: ['ids'],
    inResolver: true,
    over: ['POST'],
  },
  {
    name: 'a run id where a trace id belongs',
    query: 'query($id: ID!) { trace(id: $id) { id } }',
    variables: () => ({ id: gid('Run', UNKNOWN_UUID) }),
    inResolver: true,
  },
  {
    name: 'a page of 101',
    query: '{ traces(first: 101) { totalCount } }',
    paths: ['first'],
    inResolver: true,
  },
  { name: 'a negative page size', query: '{ traces(last: -1) { totalCount } }', inResolver: true },
  {
    name: 'a cursor that is no cursor',
    query: '{ traces(after: "bogus") { edges { cursor } } }',
    inResolver: true,
  },
];

const mutations: Case[] = [
  {
    name: 'createTrace without a prompt',
    query: CREATE_TRACE,
    variables: { input: { finalAnswer: '2', steps: [] } },
    paths: ['input'],
  },
  {
    name: 'createTrace with a null input',
    query: CREATE_TRACE,
    variables: { input: null },
    paths: ['input'],
  },
  {
    name: 'createTrace with an unknown field',
    query: CREATE_TRACE,
    variables: { input: trace({ bogus: 1 }) },
    paths: ['input'],
  },
  {
    name: 'createTrace with a NUL in the prompt',
    query: CREATE_TRACE,
    variables: { input: trace({ prompt: NUL }) },
    paths: ['input.prompt'],
  },
  {
    name: 'createTrace with a lone surrogate in the answer',
    query: CREATE_TRACE,
    variables: { input: trace({ finalAnswer: LONE }) },
    paths: ['input.finalAnswer'],
  },
  {
    name: 'createTrace with a lone surrogate in a step',
    query: CREATE_TRACE,
    variables: { input: trace({ steps: [{ i: 0, type: 'compute', content: LONE }] }) },
    paths: ['input.steps.0.content'],
  },
  {
    name: 'createTrace with a string step index',
    query: CREATE_TRACE,
    variables: { input: trace({ steps: [{ i: 'x', type: 'compute', content: 'c' }] }) },
    paths: ['input.steps.0.i'],
  },
  {
    name: 'createTrace with steps that are no list of objects',
    query: CREATE_TRACE,
    variables: { input: trace({ steps: ['x'] }) },
    paths: ['input.steps.0'],
  },
  {
    name: 'createTrace with a NUL in a tag',
    query: CREATE_TRACE,
    variables: { input: trace({ tags: [NUL] }) },
    paths: ['input.tags.0'],
  },
  {
    name: 'createTrace with a NUL in a meta key',
    query: CREATE_TRACE,
    variables: { input: trace({ meta: { [NUL]: 1 } }) },
    paths: [`input.meta.${NUL}`],
  },
  {
    name: 'createTrace with a NUL deep in meta',
    query: CREATE_TRACE,
    variables: { input: trace({ meta: { a: { b: [NUL] } } }) },
    paths: ['input.meta.a.b.0'],
  },
  {
    name: 'createTrace with meta 3,000 deep',
    query: CREATE_TRACE,
    variables: { input: trace({ meta: nested(3_000) }) },
    paths: ['input.meta'],
  },
  {
    name: 'createTrace with a NUL literal',
    query:
      'mutation { createTrace(input: {prompt: "a\\u0000", finalAnswer: "2", steps: [{i: 0, type: "t", content: "c"}]}) { trace { id } } }',
    paths: ['input.prompt'],
  },
  {
    name: 'createTrace with an empty prompt',
    query: CREATE_TRACE,
    variables: { input: trace({ prompt: '' }) },
    paths: ['prompt'],
    inResolver: true,
  },
  {
    name: 'createTrace with no steps',
    query: CREATE_TRACE,
    variables: { input: trace({ steps: [] }) },
    paths: ['steps'],
    inResolver: true,
  },
  {
    name: 'createTraces with one bad trace among good ones',
    query: CREATE_TRACES,
    variables: { input: { traces: [trace(), trace({ prompt: NUL })] } },
    paths: ['input.traces.1.prompt'],
  },
  {
    name: 'createTraces with 1,001 traces',
    query: CREATE_TRACES,
    variables: { input: { traces: Array.from({ length: 1_001 }, () => trace()) } },
    paths: ['traces'],
    inResolver: true,
  },
  {
    name: 'buildDataset with a NUL in its filter',
    query: BUILD_DATASET,
    variables: { input: { name: 'd', version: 'v', filter: { search: NUL } } },
    paths: ['input.filter.search'],
  },
  {
    name: 'buildDataset with provenance 40 deep',
    query: BUILD_DATASET,
    variables: { input: { name: 'd', version: 'v', provenance: nested(40) } },
    paths: ['input.provenance'],
  },
  {
    name: 'buildDataset with a NUL name literal',
    query: 'mutation { buildDataset(input: {name: "d\\u0000", version: "v"}) { dataset { id } } }',
    paths: ['input.name'],
  },
  {
    name: 'buildDataset with a 201-character search',
    query: BUILD_DATASET,
    variables: { input: { name: 'd', version: 'v', filter: { search: 's'.repeat(201) } } },
    paths: ['filter.search'],
    inResolver: true,
  },
  {
    name: 'createRun with an unknown executor',
    query: CREATE_RUN,
    variables: () => ({ input: { datasetId: ids.dataset, executor: 'SHELL' } }),
    paths: ['input.executor'],
  },
  {
    name: 'createRun with a NUL in config params',
    query: CREATE_RUN,
    variables: () => ({ input: { datasetId: ids.dataset, config: { params: { x: NUL } } } }),
    paths: ['input.config.params.x'],
  },
  {
    name: 'createRun with a string for epochs',
    query: CREATE_RUN,
    variables: () => ({ input: { datasetId: ids.dataset, config: { epochs: 'three' } } }),
    paths: ['input.config.epochs'],
  },
  {
    name: 'createRun with a NUL in its name',
    query: CREATE_RUN,
    variables: () => ({ input: { datasetId: ids.dataset, name: NUL } }),
    paths: ['input.name'],
  },
  {
    name: 'createRun with a trace id for the dataset',
    query: CREATE_RUN,
    variables: () => ({ input: { datasetId: ids.trace } }),
    inResolver: true,
  },
  {
    name: 'createRun with an unknown dataset',
    query: CREATE_RUN,
    variables: { input: { datasetId: gid('Dataset', UNKNOWN_UUID) } },
    code: 'NOT_FOUND',
    inResolver: true,
  },
  {
    name: 'createTuningJob with a 3,000-deep search space',
    query: 'mutation($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob { id } } }',
    variables: () => ({ input: { name: 'sweep', datasetId: ids.dataset, searchSpace: nested(3_000) } }),
    paths: ['input.searchSpace'],
  },
  {
    name: 'createTuningJob with a lone surrogate in its name',
    query: 'mutation($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob { id } } }',
    variables: () => ({
      input: { name: LONE, datasetId: ids.dataset, searchSpace: { lr: { type: 'uniform', min: 0, max: 1 } } },
    }),
    paths: ['input.name'],
  },
  {
    name: 'createModelArtifact with a NUL in its name',
    query: 'mutation($input: CreateModelArtifactInput!) { createModelArtifact(input: $input) { artifact { id } } }',
    variables: { input: { name: NUL } },
    paths: ['input.name'],
  },
  {
    name: 'createApiToken with a NUL in its name',
    query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { tokenId } }',
    variables: { input: { name: NUL } },
    paths: ['input.name'],
  },
  {
    name: 'createApiToken with a bad expiry',
    query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { tokenId } }',
    variables: { input: { name: 't', expiresAt: 'soon' } },
    paths: ['input.expiresAt'],
  },
  {
    name: 'createApiToken with an unknown role',
    query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { tokenId } }',
    variables: { input: { name: 't', role: 'ROOT' } },
    paths: ['input.role'],
  },
  {
    name: 'cancelRun with a NUL reason',
    query: 'mutation($input: CancelRunInput!) { cancelRun(input: $input) { run { id } } }',
    variables: () => ({ input: { id: ids.run, reason: NUL } }),
    paths: ['input.reason'],
  },
  {
    name: 'scoreTraces with a NUL criteria',
    query: 'mutation($input: ScoreTracesInput!) { scoreTraces(input: $input) { scores { score } } }',
    variables: () => ({ input: { traceIds: [ids.trace], criteria: NUL } }),
    paths: ['input.criteria'],
  },
  {
    name: 'setModelAlias with a NUL name',
    query: 'mutation($input: SetModelAliasInput!) { setModelAlias(input: $input) { changed } }',
    variables: {
      input: { artifactId: gid('ModelArtifact', UNKNOWN_UUID), versionId: gid('ModelVersion', UNKNOWN_UUID), name: NUL },
    },
    paths: ['input.name'],
  },
];

let server: TestServer;
let healthz: string;

beforeAll(async () => {
  server = await startTestServer({ env: { REQUEST_MAX_BYTES: String(25_000_000) } });
  healthz = server.url.replace(/\/graphql$/, '/healthz');
  const datasetId = await makeDataset(server.deps, 3);
  const item = await server.deps.prisma.datasetItem.findFirstOrThrow({ where: { datasetId } });
  ids.dataset = gid('Dataset', datasetId);
  ids.trace = gid('Trace', item.traceId);
  const created = await server.ok<{ createRun: { run: { id: string } } }>(CREATE_RUN, { input: { datasetId: ids.dataset } });
  ids.run = created.createRun.run.id;
});

afterAll(async () => {
  await server?.close();
});

interface Answer {
  status?: number;
  errors: NonNullable<GraphQLResponse<unknown>['errors']>;
  data?: unknown;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  if (!response.headers.get('content-type')?.includes('text/event-stream')) {
    return { status: response.status, ...(JSON.parse(text) as Omit<Answer, 'status'>) };
  }
  const first = text.split('\n').find((line) => line.startsWith('data: {'));
  return { status: response.status, ...(JSON.parse(first?.slice('data: '.length) ?? '{}') as Omit<Answer, 'status'>) };
}

let socket: ReturnType<TestServer['wsClient']> | undefined;
const ws = () => {
  socket ??= server.wsClient();
  return socket;
};

/** One operation over a graphql-ws socket shared by every case: its first answer, data or errors. */
function overSocket(query: string, variables?: Variables): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answer: Answer | undefined;
    ws().subscribe(
      { query, variables },
      {
        next: (value) => {
          const result = value as Omit<Answer, 'status'>;
          answer ??= { ...result, errors: result.errors ?? [] };
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => (answer ? resolve(answer) : reject(new Error('completed without an answer'))),
      },
    );
  });
}

function send(over: Transport, query: string, variables?: Variables): Promise<Answer> {
  if (over === 'WS') return overSocket(query, variables);
  if (over === 'GET') {
    const params = new URLSearchParams({ query });
    if (variables) params.set('variables', JSON.stringify(variables));
    return fetch(`${server.url}?${params}`).then(answerOf);
  }
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: over === 'SSE' ? 'text/event-stream' : 'application/json' },
    body: JSON.stringify({ query, variables }),
  }).then(answerOf);
}

const WRITABLE_TABLES = [
  'traces',
  'trace_scores',
  'datasets',
  'dataset_items',
  'runs',
  'run_status_changes',
  'tuning_jobs',
  'trials',
  'model_artifacts',
  'model_versions',
  'model_aliases',
  'api_tokens',
];

/** Row counts of every table a mutation could write, in one statement. */
async function writtenRows(): Promise<unknown> {
  const counts = WRITABLE_TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ');
  const [row] = await server.deps.prisma.$queryRawUnsafe<Record<string, bigint>[]>(`SELECT ${counts}`);
  return row;
}

async function expectStillUp(): Promise<void> {
  const response = await fetch(healthz);
  expect(response.status).toBe(200);
}

function expectRefused(answer: Answer, over: Transport, testCase: Case): void {
  const [error] = answer.errors;
  expect(error?.extensions?.code, JSON.stringify(answer).slice(0, 500)).toBe(testCase.code ?? 'BAD_USER_INPUT');
  if (testCase.paths) {
    const fieldErrors = error?.extensions?.fieldErrors as { path: string }[] | undefined;
    expect(fieldErrors?.map((fieldError) => fieldError.path)).toEqual(testCase.paths);
  }
  if (answer.status !== undefined) {
    expect(answer.status).toBeLessThan(500);
    // An SSE client learns of a refused request from the status, before any event.
    if (over === 'SSE' && !testCase.inResolver) expect(answer.status).toBe(400);
  }
  expect(JSON.stringify(answer)).not.toContain('Unexpected error');
}

const resolved = <T>(value: T | (() => T)): T => (typeof value === 'function' ? (value as () => T)() : value);

describe.each([
  ['queries', queries, ['POST', 'GET', 'SSE', 'WS'] as Transport[]],
  ['mutations', mutations, ['POST', 'SSE'] as Transport[]],
])('bad %s', (kind, cases, transports) => {
  for (const testCase of cases) {
    for (const over of testCase.over ?? transports) {
      it(`${testCase.name} over ${over}`, async () => {
        const before = kind === 'mutations' ? await writtenRows() : undefined;
        const answer = await send(over, resolved(testCase.query), testCase.variables && resolved(testCase.variables));
        expectRefused(answer, over, testCase);
        if (before) expect(await writtenRows()).toEqual(before);
        await expectStillUp();
      });
    }
  }
});

describe('bad requests', () => {
  const requests: { name: string; send: () => Promise<Response>; status: number; code: string }[] = [
    {
      name: 'GET with variables that are no JSON',
      send: () => fetch(`${server.url}?query={__typename}&variables={bad`),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'GET with extensions that are no JSON',
      send: () => fetch(`${server.url}?query={__typename}&extensions={bad`),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'GET with variables that are a list',
      send: () => fetch(`${server.url}?query={__typename}&variables=[1]`),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'GET with bad variables, asking for SSE',
      send: () => fetch(`${server.url}?query={__typename}&variables={bad`, { headers: { accept: 'text/event-stream' } }),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    // The GraphQL-over-HTTP spec's 200 for application/json.
    {
      name: 'GET without a query',
      send: () => fetch(`${server.url}?variables={}`, { headers: { accept: 'application/json' } }),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'GET running a mutation',
      send: () => fetch(`${server.url}?query=${encodeURIComponent('mutation { cancelRun(input: {id: "x"}) { run { id } } }')}`),
      status: 405,
      code: 'BAD_USER_INPUT',
    },
    { name: 'POST with a body that is no JSON', send: () => post('{"query": '), status: 400, code: 'BAD_USER_INPUT' },
    { name: 'POST with a JSON string body', send: () => post('"{ __typename }"'), status: 400, code: 'BAD_USER_INPUT' },
    { name: 'POST with a JSON null body', send: () => post('null'), status: 400, code: 'BAD_USER_INPUT' },
    { name: 'POST without a query', send: () => post('{}'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'POST with a query that is no string', send: () => post('{"query": 1}'), status: 400, code: 'BAD_USER_INPUT' },
    {
      name: 'POST with variables that are a string',
      send: () => post('{"query": "{ __typename }", "variables": "x"}'),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'POST with an unknown operation name',
      send: () => post('{"query": "query A { __typename }", "operationName": "B"}'),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'POST with a body that is no JSON, asking for SSE',
      send: () => post('{"query": ', { accept: 'text/event-stream' }),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'POST over REQUEST_MAX_BYTES',
      send: () => post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(25_000_000)}` })),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ];
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  for (const request of requests) {
    it(request.name, async () => {
      const before = await writtenRows();
      const response = await request.send();
      const answer = await answerOf(response);
      expect(response.status).toBe(request.status);
      expect(answer.errors[0]?.extensions?.code).toBe(request.code);
      expect(await writtenRows()).toEqual(before);
      await expectStillUp();
    });
  }
});

describe('node lookups follow Relay', () => {
  it('answers null for a well-formed id of an object that does not exist', async () => {
    for (const over of ['POST', 'GET', 'SSE', 'WS'] as const) {
      const answer = await send(over, NODE, { id: gid('Trace', UNKNOWN_UUID) });
      expect(answer.errors ?? []).toEqual([]);
      expect(answer.data).toEqual({ node: null });
    }
  });

  it('answers nodes in order, null where nothing exists, up to 100 ids', async () => {
    const missing = gid('Run', UNKNOWN_UUID);
    const answer = await send('POST', NODES, { ids: [ids.trace, missing, ...Array.from({ length: 98 }, () => ids.trace)] });
    expect(answer.errors ?? []).toEqual([]);
    const nodes = (answer.data as { nodes: ({ id: string } | null)[] }).nodes;
    expect(nodes.slice(0, 3)).toEqual([{ id: ids.trace }, null, { id: ids.trace }]);
    expect(nodes).toHaveLength(100);
  });

  it('accepts JSON 32 levels deep and a selection 12 levels deep', async () => {
    const deep = await send('POST', TRACES, { f: { metaContains: nested(31) } });
    expect(deep.errors ?? []).toEqual([]);
    const selection = await send('POST', deepSelection('cursor'), { id: ids.trace });
    expect(selection.errors ?? []).toEqual([]);
  });
});

describe('one WebSocket, many operations', () => {
  it('ends only the bad operation: a subscription on the same socket keeps receiving events', async () => {
    const runs = subscribe<{ runsChanged: { id: string } }>(ws(), 'subscription { runsChanged { id } }');
    const bad = [
      '{ traces ',
      '{ nope }',
      CREATE_TRACE,
      `{ traces(filter: {search: "${BIG}"}) { totalCount } }`,
      'query A { __typename } query B { __typename }',
    ];
    for (const query of bad) {
      const answer = await overSocket(query, query === CREATE_TRACE ? { input: trace() } : undefined);
      expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // The subscription may still be starting: create runs until one reaches it.
    for (let attempt = 0; attempt < 20 && runs.events.length === 0; attempt++) {
      await server.ok(CREATE_RUN, { input: { datasetId: ids.dataset } });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(runs.error).toBeUndefined();
    expect(runs.events[0]?.data?.runsChanged.id).toMatch(/.+/);
    const afterwards = await overSocket('{ __typename }');
    expect(afterwards.data).toEqual({ __typename: 'Query' });
    runs.unsubscribe();
  });
});
