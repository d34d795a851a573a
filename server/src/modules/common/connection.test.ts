import { getNamedType, isListType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { schema } from '../../schema.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Every connection field of the schema, as [parent type, field]: a new one is checked without being listed here. */
const connectionFields = () =>
  Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name.endsWith('Connection') && !isListType(field.type))
        .map((field) => [type.name, field.name] as const),
    );

describe('every connection', () => {
  it('pages at most 100 and refuses more with BAD_USER_INPUT, at the root and nested', async () => {
    // One object of each type that has a connection field, made directly in the database.
    const { prisma } = server.deps;
    const datasetId = await makeDataset(server.deps, 2);
    const trace = await prisma.trace.findFirstOrThrow();
    const run = await prisma.run.create({ data: { datasetId, baseModel: 'm', executor: 'DRY_RUN' } });
    const job = await prisma.tuningJob.create({
      data: {
        name: 'job',
        datasetId,
        baseModel: 'm',
        executor: 'DRY_RUN',
        metricName: 'evalLoss',
        metricMode: 'MIN',
        searchSpace: {},
      },
    });
    const artifact = await prisma.modelArtifact.create({ data: { name: 'artifact' } });
    const ids: Record<string, string> = {
      Trace: trace.id,
      Dataset: datasetId,
      Run: run.id,
      TuningJob: job.id,
      ModelArtifact: artifact.id,
    };

    const fields = connectionFields();
    expect(fields.length).toBeGreaterThanOrEqual(13);
    for (const [type, field] of fields) {
      const id = ids[type];
      // Types not seeded above (value objects such as DatasetComparison, newer nodes) are left to
      // their modules' tests; the statement walk covers every connection's paging.
      if (type !== 'Query' && !id) continue;
      const read = (first: number) => {
        const page = `${field}(first: ${first}) { pageInfo { hasNextPage } }`;
        return server.gql(
          type === 'Query' ? `{ ${page} }` : `{ node(id: "${globalId(type, id ?? '')}") { ... on ${type} { ${page} } } }`,
        );
      };
      const where = `${type}.${field}`;
      expect((await read(100)).errors, where).toBeUndefined();
      const over = await read(101);
      expect(over.errors, where).toHaveLength(1);
      expect(over.errors?.[0], where).toMatchObject({
        message: expect.stringContaining('first must be between 0 and 100, got 101'),
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'first' }] },
      });
    }
  });
});
