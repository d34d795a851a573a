import { useState } from 'react';
import { useQuery } from 'urql';
import { optionalFloat, optionalInt } from '../components/form';
import { graphql } from '../graphql/generated';
import type { Executor, RunConfigSpecQuery as RunConfigSpecResult } from '../graphql/generated/graphql';

export const RunConfigSpecQuery = graphql(`
  query RunConfigSpec($executor: Executor!) {
    runConfigSpec(executor: $executor) {
      executor
      fields {
        name
        type
        default
        min
        max
        exclusiveMin
        choices
        description
      }
      rules {
        description
      }
    }
  }
`);

export type RunConfigSpecField = RunConfigSpecResult['runConfigSpec']['fields'][number];

/** Fields a form offers: numbers and fixed choices (the trainer, argv and params need their own controls). */
const offered = (field: RunConfigSpecField) =>
  field.type === 'INT' || field.type === 'FLOAT' || (field.type === 'STRING' && !!field.choices && field.name !== 'trainer');

const textOf = (value: unknown) => (value == null ? '' : String(value));

/**
 * The spec of an executor and the user's edits of its fields. `config` holds only what the user
 * changed: everything else takes the server's default, which the fields show.
 */
export function useRunConfig(executor: Executor) {
  const [result] = useQuery({ query: RunConfigSpecQuery, variables: { executor } });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const spec = result.data?.runConfigSpec;
  const fields = spec?.fields.filter(offered) ?? [];
  const config: Record<string, number | string | undefined> = {};
  for (const field of fields) {
    const text = edits[field.name];
    if (text === undefined || text.trim() === '') continue;
    config[field.name] = field.type === 'INT' ? optionalInt(text) : field.type === 'FLOAT' ? optionalFloat(text) : text;
  }
  return {
    spec,
    fetching: result.fetching,
    error: result.error,
    fields,
    config,
    textOfField: (field: RunConfigSpecField) => edits[field.name] ?? textOf(field.default),
    edit: (name: string, text: string) => setEdits((current) => ({ ...current, [name]: text })),
  };
}
