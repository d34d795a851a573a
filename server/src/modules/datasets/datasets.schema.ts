import { builder } from '../../builder.ts';

export const DatasetNode = builder.prismaNode('Dataset', {
  id: { field: 'id' },
  description: 'A frozen, versioned selection of traces.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "`name-version`, the reference system's dataset_key." }),
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    traceCount: t.exposeInt('traceCount'),
    checksum: t.exposeString('checksum', { description: 'sha256 over the ordered trace ids.' }),
  }),
});
