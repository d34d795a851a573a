// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
// The native engine binary cannot be downloaded everywhere (and is not needed at run time),
// so migrations are diffed and applied with this instead. Re-test on every Prisma upgrade.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

type EngineGlue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: typeof SchemaEngine;
};

let gluePromise: Promise<EngineGlue> | undefined;

/** The package targets bundlers (it imports the .wasm file as a module), so Node needs this loader. */
function loadGlue(): Promise<EngineGlue> {
  gluePromise ??= (async () => {
    const glueFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = (await import(pathToFileURL(glueFile).href)) as EngineGlue;
    // The wasm that ships with the Prisma CLI matches the CLI's engine version.
    const wasmFile = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return gluePromise;
}

export const schemaFile = path.resolve(import.meta.dirname, '../../../prisma/schema.prisma');
export const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/migrations');

/** Runs `work` with a schema engine bound to the database behind `adapterFactory`. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadGlue();
  // The engine does not close its connections when freed; a leftover one would keep holding the
  // migration advisory lock, so every adapter it opens is disposed of here.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await adapterFactory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const bound = bindMigrationAwareSqlAdapterFactory(tracked);
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaFile, readFileSync(schemaFile, 'utf8')]] }, () => {}, bound);
  try {
    return await work(engine);
  } catch (error) {
    // Adapter errors surface as "External error id#N"; the registry holds the real one.
    const id = /External error id#(\d+)/.exec(String(error))?.[1];
    const real = id ? bound.errorRegistry.consumeError(Number(id)) : undefined;
    if (real) throw new Error(`${String(error)}: ${JSON.stringify(real.error)}`);
    throw error;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
