import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Field, FormCard, fieldErrorsOf, InputField, SelectField } from '../../components/form';
import { RunConfigFields } from '../../components/RunConfigFields';
import { StringListField } from '../../components/StringListField';
import { graphql } from '../../graphql/generated';
import type { Executor } from '../../graphql/generated/graphql';
import { useRunConfig } from '../../hooks/useRunConfig';
import { runPath } from '../../paths';
import { navigate } from '../../router';

const CreateRunMutation = graphql(`
  mutation CreateRun($input: CreateRunInput!) {
    createRun(input: $input) {
      run {
        id
        status
      }
    }
  }
`);

const TrainersQuery = graphql(`
  query Trainers {
    trainers {
      name
      description
      defaultTimeoutSeconds
    }
  }
`);

const executors: Array<{ value: Executor; hint: string }> = [
  { value: 'BUILTIN', hint: 'the reference trainer, in the server' },
  { value: 'DRY_RUN', hint: 'validates and writes the manifest, trains nothing' },
  { value: 'COMMAND', hint: 'an external trainer the server’s operator configured' },
];

/** Queues a run on this dataset and opens its page. The config fields are the server's spec of the executor. */
export function NewRunForm({ datasetId }: { datasetId: string }) {
  const [name, setName] = useState('');
  const [executor, setExecutor] = useState<Executor>('BUILTIN');
  const [trainer, setTrainer] = useState('');
  const [argv, setArgv] = useState<string[]>([]);
  const [baseModel, setBaseModel] = useState('');
  const runConfig = useRunConfig(executor);
  const [result, createRun] = useMutation(CreateRunMutation);
  // The operator's trainers, fetched once COMMAND is picked; a run names one, it sends no program.
  const [trainersResult] = useQuery({ query: TrainersQuery, pause: executor !== 'COMMAND' });
  const trainers = trainersResult.data?.trainers ?? [];
  const chosenTrainer = trainers.find((option) => option.name === trainer) ?? trainers[0];
  const errors = fieldErrorsOf(result.error);

  // A COMMAND run names a trainer, or (where the server allows raw argv) gives its own argv instead.
  const command = executor === 'COMMAND' ? argv.filter((argument) => argument !== '') : [];
  const commandConfig =
    executor !== 'COMMAND' ? {} : command.length > 0 ? { command } : { trainer: chosenTrainer?.name ?? undefined };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await createRun({
      input: {
        datasetId,
        executor,
        name: name.trim() || undefined,
        baseModel: executor !== 'BUILTIN' && baseModel.trim() ? baseModel.trim() : undefined,
        config: { ...runConfig.config, ...commandConfig },
      },
    });
    const run = created.data?.createRun.run;
    if (run) navigate(runPath(run.id));
  };

  return (
    <FormCard
      title="New run"
      onSubmit={submit}
      data-testid="dataset:new-run-form"
      requestErrors={[runConfig.error, result.error]}
      actions={{ submitLabel: 'Queue run', busyLabel: 'Queueing…', busy: result.fetching, submitTestid: 'new-run:submit' }}
    >
      <InputField
        label="Name"
        name="name"
        errors={errors}
        hint="optional"
        value={name}
        onValueChange={setName}
        data-testid="new-run:name"
      />
      <SelectField
        label="Executor"
        name="executor"
        errors={errors}
        hint={executors.find((option) => option.value === executor)?.hint}
        value={executor}
        onValueChange={setExecutor}
        options={executors}
        data-testid="new-run:executor"
      />
      {executor === 'COMMAND' && (
        <Field
          label="Trainer"
          name="config.trainer"
          errors={errors}
          wide
          hint={
            trainersResult.fetching
              ? 'loading…'
              : chosenTrainer
                ? `${chosenTrainer.description || chosenTrainer.name} · time limit ${chosenTrainer.defaultTimeoutSeconds} s`
                : 'this server has no trainers: its operator lists them in TRAINERS_FILE'
          }
        >
          <select
            value={chosenTrainer?.name ?? ''}
            onChange={(event) => setTrainer(event.target.value)}
            disabled={trainers.length === 0}
            data-testid="new-run:trainer"
          >
            {trainers.map((option) => (
              <option key={option.name} value={option.name}>
                {option.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {executor === 'COMMAND' && (
        <StringListField
          label="Argument"
          name="config.command"
          errors={errors}
          values={argv}
          onChange={setArgv}
          hint="Instead of a trainer: your own argv, one argument per box (only where the server sets COMMAND_RAW_ARGV_ENABLED)."
          testid="new-run:argv"
        />
      )}
      {executor !== 'BUILTIN' && (
        <InputField
          label="Base model"
          name="baseModel"
          errors={errors}
          hint="what the trainer fine-tunes, e.g. google/gemma-2b-it"
          value={baseModel}
          onValueChange={setBaseModel}
          data-testid="new-run:base-model"
        />
      )}
      <RunConfigFields runConfig={runConfig} path="config" errors={errors} testidPrefix="new-run" />
    </FormCard>
  );
}
