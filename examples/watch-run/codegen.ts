// Types for this app's operations, from the server's printed schema (no running server needed).
// Documents are plain strings at run time (documentMode: string), so no GraphQL parser is bundled.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumType: 'string-literal',
        importExtension: '.js',
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
      },
    },
  },
};

export default config;
