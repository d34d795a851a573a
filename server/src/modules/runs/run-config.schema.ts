// runConfigSpec: each executor's config as run-config.ts defines it, for forms and scripts to read
// instead of repeating ranges and defaults.
import { builder } from '../../builder.ts';
import { type RunConfigField, type RunConfigRule, type RunConfigSpec, runConfigSpec } from './run-config.ts';
import { Executor } from './runs.schema.ts';

const RunConfigFieldType = builder.enumType('RunConfigFieldType', {
  values: {
    FLOAT: { description: 'A number.' },
    INT: { description: 'A whole number.' },
    STRING: { description: 'Text; one of `choices` when the field has them.' },
    STRING_LIST: { description: 'A list of strings.' },
    JSON: { description: 'A JSON object.' },
  } as const,
});

const RunConfigFieldRef = builder.objectRef<RunConfigField>('RunConfigField').implement({
  description: 'One field of RunConfigInput, as createRun checks it for this executor.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The RunConfigInput field.' }),
    type: t.field({ type: RunConfigFieldType, resolve: (field) => field.type }),
    description: t.exposeString('description'),
    default: t.field({
      type: 'JSON',
      nullable: true,
      description: 'What an omitted value becomes; null: it stays unset.',
      resolve: (field) => field.default ?? null,
    }),
    min: t.float({ nullable: true, resolve: (field) => field.min ?? null }),
    max: t.float({ nullable: true, description: 'Inclusive.', resolve: (field) => field.max ?? null }),
    exclusiveMin: t.boolean({ description: 'True when min itself is refused.', resolve: (field) => field.exclusiveMin ?? false }),
    choices: t.stringList({
      nullable: true,
      description: 'The only values a STRING field takes.',
      resolve: (field) => (field.choices ? [...field.choices] : null),
    }),
  }),
});

const RunConfigRuleRef = builder.objectRef<RunConfigRule>('RunConfigRule').implement({
  description: 'A rule between fields; a request that breaks it gets a field error on each of them.',
  fields: (t) => ({
    fields: t.stringList({ resolve: (rule) => rule.fields }),
    description: t.exposeString('description'),
  }),
});

const RunConfigSpecRef = builder.objectRef<RunConfigSpec>('RunConfigSpec').implement({
  description: 'The config an executor takes: fields with their types, ranges and defaults, and the rules between them.',
  fields: (t) => ({
    executor: t.field({ type: Executor, resolve: (spec) => spec.executor }),
    fields: t.field({ type: [RunConfigFieldRef], resolve: (spec) => spec.fields }),
    rules: t.field({ type: [RunConfigRuleRef], resolve: (spec) => spec.rules }),
  }),
});

builder.queryField('runConfigSpec', (t) =>
  t.field({
    type: RunConfigSpecRef,
    description: 'What config.* of createRun (and baseConfig of createTuningJob) takes for this executor on this server.',
    args: { executor: t.arg({ type: Executor, required: true }) },
    resolve: (_root, args, ctx) => runConfigSpec(args.executor, ctx.config),
  }),
);
