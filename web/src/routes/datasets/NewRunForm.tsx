import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field, FormActions, FormCard, fieldErrorsOf, InputField, optionalFloat, optionalInt } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { Executor } from '../../graphql/generated/graphql';
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

/** Queues a run on this dataset and opens its page. Empty fields take the server's defaults. */
export function NewRunForm({ datasetId }: { datasetId: string }) {
  const [name, setName] = useState('');
  const [executor, setExecutor] = useState<Executor>('BUILTIN');
  const [trainer, setTrainer] = useState('');
  const [epochs, setEpochs] = useState('3');
  const [learningRate, setLearningRate] = useState('0.5');
  const [batchSize, setBatchSize] = useState('32');
  const [seed, setSeed] = useState('42');
  const [result, createRun] = useMutation(CreateRunMutation);
  // The operator's trainers, fetched once COMMAND is picked; a run names one, it sends no program.
  const [trainersResult] = useQuery({ query: TrainersQuery, pause: executor !== 'COMMAND' });
  const trainers = trainersResult.data?.trainers ?? [];
  const chosenTrainer = trainers.find((option) => option.name === trainer) ?? trainers[0];
  const errors = fieldErrorsOf(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await createRun({
      input: {
        datasetId,
        executor,
        name: name.trim() || undefined,
        config: {
          epochs: optionalInt(epochs),
          learningRate: optionalFloat(learningRate),
          batchSize: optionalInt(batchSize),
          seed: optionalInt(seed),
          trainer: executor === 'COMMAND' ? chosenTrainer?.name : undefined,
        },
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
      footer={
        <>
          {result.error && <ErrorNotice error={result.error} />}
          <FormActions submitLabel="Queue run" busyLabel="Queueing…" busy={result.fetching} submitTestid="new-run:submit" />
        </>
      }
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
      <Field label="Executor" name="executor" errors={errors} hint={executors.find((option) => option.value === executor)?.hint}>
        <select value={executor} onChange={(event) => setExecutor(event.target.value as Executor)} data-testid="new-run:executor">
          {executors.map((option) => (
            <option key={option.value} value={option.value}>
              {option.value}
            </option>
          ))}
        </select>
      </Field>
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
      <InputField
        label="Epochs"
        name="config.epochs"
        errors={errors}
        hint="1–100"
        type="number"
        min={1}
        value={epochs}
        onValueChange={setEpochs}
        data-testid="new-run:epochs"
      />
      <InputField
        label="Learning rate"
        name="config.learningRate"
        errors={errors}
        hint="> 0 and ≤ 10"
        type="number"
        step="any"
        value={learningRate}
        onValueChange={setLearningRate}
        data-testid="new-run:learning-rate"
      />
      <InputField
        label="Batch size"
        name="config.batchSize"
        errors={errors}
        hint="1–512"
        type="number"
        value={batchSize}
        onValueChange={setBatchSize}
        data-testid="new-run:batch-size"
      />
      <InputField
        label="Seed"
        name="config.seed"
        errors={errors}
        hint="same seed, same result"
        type="number"
        value={seed}
        onValueChange={setSeed}
        data-testid="new-run:seed"
      />
    </FormCard>
  );
}
