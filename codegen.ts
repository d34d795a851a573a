// Typed GraphQL documents for web/ and the server tests: reads the printed SDL (never a running server), so codegen
// works offline and in CI before the server starts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Paths are resolved from this file, so the config works from the root and from web/ alike.
const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (relative: string) => path.join(root, relative);

// codegen:check writes to temporary folders and compares them with the committed output.
const outDir = process.env.CODEGEN_OUT_DIR ?? fromRoot('web/src/graphql/generated');
const testOutDir = process.env.CODEGEN_TEST_OUT_DIR ?? fromRoot('server/test/generated');

const scalars = {
  DateTime: { input: 'string', output: 'string' },
  JSON: { input: 'unknown', output: 'unknown' },
};

const config: CodegenConfig = {
  schema: fromRoot('schema/schema.graphql'),
  ignoreNoDocuments: true,
  generates: {
    [`${outDir}/`]: {
      preset: 'client',
      documents: [fromRoot('web/src/**/*.tsx'), fromRoot('web/src/**/*.ts'), `!${fromRoot('web/src/graphql/generated/**')}`],
      // Not a hook, so it may be called conditionally; named after what it does. Every document
      // carries its sha256 (sent instead of the text) and lands in persisted-documents.json, the
      // manifest the server trusts; with __typename added, as graphcache needs it in every answer.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' }, persistedDocuments: true },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        // Enums as string unions (the former `enumsAsTypes: true`): no runtime enum objects.
        enumType: 'string-literal',
        scalars,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // The server tests' operations (server/test/testkit): documents as strings, sent by the harness.
    [`${testOutDir}/`]: {
      preset: 'client',
      documents: [fromRoot('server/test/testkit/**/*.ts')],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        documentMode: 'string',
        importExtension: '.ts',
        enumType: 'string-literal',
        scalars,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // graphcache's view of the schema: which types have no `id` (cache.ts keys them as value objects).
    [`${outDir}/introspection.ts`]: {
      plugins: ['urql-introspection'],
      config: { useTypeImports: true },
    },
    // Typed graphcache config (`keys`, `resolvers`, `updates`), so a renamed field or type fails the type check.
    [`${outDir}/graphcache.ts`]: {
      plugins: ['typescript', 'typescript-urql-graphcache'],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars,
        strictScalars: true,
      },
    },
  },
};

export default config;
