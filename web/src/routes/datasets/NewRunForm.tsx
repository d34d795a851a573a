import { useMutation, useQuery } from 'urql';
import { FormCard, InputField, SelectField } from '../../components/form';
import { RunConfigFields } from '../../components/RunConfigFields';
import { StringListField } from '../../components/StringListField';
import { graphql } from '../../graphql/generated';
import type { Executor } from '../../graphql/generated/graphql';
import { useFormValues } from '../../hooks/useFormValues';
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
  // `trainer` is the picked one; `config.command` the argv a COMMAND run may give instead.
  const { values, set, field } = useFormValues({
    name: '',
    executor: 'BUILTIN' as Executor,
    trainer: '',
    'config.command': [] as string[],
    baseModel: '',
  });
  const { executor } = values;
  const runConfig = useRunConfig(executor);
  const [result, createRun] = useMutation(CreateRunMutation);
  // The operator's trainers, fetched once COMMAND is picked; a run names one, it sends no program.
  const [trainersResult] = useQuery({ query: TrainersQuery, pause: executor !== 'COMMAND' });
  const trainers = trainersResult.data?.trainers ?? [];
  const chosenTrainer = trainers.find((option) => option.name === values.trainer) ?? trainers[0];

  // A COMMAND run names a trainer, or (where the server allows raw argv) gives its own argv instead.
  const command = executor === 'COMMAND' ? values['config.command'].filter((argument) => argument !== '') : [];
  const commandConfig =
    executor !== 'COMMAND' ? {} : command.length > 0 ? { command } : { trainer: chosenTrainer?.name ?? undefined };

  const submit = async () => {
    const baseModel = values.baseModel.trim();
    const created = await createRun({
      input: {
        datasetId,
        executor,
        name: values.name.trim() || undefined,
        baseModel: executor !== 'BUILTIN' && baseModel ? baseModel : undefined,
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
      request={result}
      requestErrors={[runConfig.error]}
      actions={{ submitLabel: 'Queue run', busyLabel: 'Queueing…', submitTestid: 'new-run:submit' }}
    >
      <InputField label="Name" {...field('name')} hint="optional" data-testid="new-run:name" />
      <SelectField
        label="Executor"
        {...field('executor')}
        hint={executors.find((option) => option.value === executor)?.hint}
        options={executors}
        data-testid="new-run:executor"
      />
      {executor === 'COMMAND' && (
        <SelectField
          label="Trainer"
          name="config.trainer"
          wide
          hint={
            trainersResult.fetching
              ? 'loading…'
              : chosenTrainer
                ? `${chosenTrainer.description || chosenTrainer.name} · time limit ${chosenTrainer.defaultTimeoutSeconds} s`
                : 'this server has no trainers: its operator lists them in TRAINERS_FILE'
          }
          value={chosenTrainer?.name ?? ''}
          onValueChange={(name) => set('trainer', name)}
          options={trainers.map((option) => ({ value: option.name }))}
          disabled={trainers.length === 0}
          data-testid="new-run:trainer"
        />
      )}
      {executor === 'COMMAND' && (
        <StringListField
          label="Argument"
          {...field('config.command')}
          hint="Instead of a trainer: your own argv, one argument per box (only where the server sets COMMAND_RAW_ARGV_ENABLED)."
          testid="new-run:argv"
        />
      )}
      {executor !== 'BUILTIN' && (
        <InputField
          label="Base model"
          {...field('baseModel')}
          hint="what the trainer fine-tunes, e.g. google/gemma-2b-it"
          data-testid="new-run:base-model"
        />
      )}
      <RunConfigFields runConfig={runConfig} path="config" testidPrefix="new-run" />
    </FormCard>
  );
}
