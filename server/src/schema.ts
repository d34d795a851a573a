// The GraphQL schema: every domain module registers its types on the builder when imported.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/auth/auth.schema.ts';
import './modules/traces/traces.schema.ts';
import './modules/datasets/datasets.schema.ts';
import './modules/runs/runs.schema.ts';
import './modules/runs/run-config.schema.ts';
import './modules/runs/run-output.schema.ts';
import './modules/runs/trainers.schema.ts';
import './modules/registry/registry.schema.ts';
import './modules/tuning/tuning.schema.ts';
import './modules/health/health.schema.ts';
import './modules/regression/regression.schema.ts';
import './modules/evaluation/evaluation.schema.ts';

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
