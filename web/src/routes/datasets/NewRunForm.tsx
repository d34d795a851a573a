import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorFor, Field, fieldErrorsOf, optionalFloat, optionalInt } from '../../components/form';
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

const executors: Array<{ value: Executor; hint: string }> = [
  { value: 'BUILTIN', hint: 'the reference trainer, in the server' },
  { value: 'DRY_RUN', hint: 'validates and writes the manifest, trains nothing' },
  { value: 'COMMAND', hint: 'an external trainer program' },
];

/** Queues a run on this dataset and opens its page. Empty fields take the server's defaults. */
export function NewRunForm({ datasetId }: { datasetId: string }) {
  const [name, setName] = useState('');
  const [executor, setExecutor] = useState<Executor>('BUILTIN');
  const [command, setCommand] = useState('');
  const [epochs, setEpochs] = useState('3');
  const [learningRate, setLearningRate] = useState('0.5');
  const [batchSize, setBatchSize] = useState('32');
  const [seed, setSeed] = useState('42');
  const [result, createRun] = useMutation(CreateRunMutation);
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
          // argv, split on whitespace: enough for a script and its flags.
          command: executor === 'COMMAND' ? command.trim().split(/\s+/).filter(Boolean) : undefined,
        },
      },
    });
    const run = created.data?.createRun.run;
    if (run) navigate(runPath(run.id));
  };

  return (
    <form className="card form" onSubmit={submit} data-testid="dataset:new-run-form" noValidate>
      <header className="card__header">
        <h2>New run</h2>
      </header>
      <div className="form__grid">
        <Field label="Name" name="name" error={errorFor(errors, 'name')} hint="optional">
          <input value={name} onChange={(event) => setName(event.target.value)} data-testid="new-run:name" />
        </Field>
        <Field
          label="Executor"
          name="executor"
          error={errorFor(errors, 'executor')}
          hint={executors.find((option) => option.value === executor)?.hint}
        >
          <select
            value={executor}
            onChange={(event) => setExecutor(event.target.value as Executor)}
            data-testid="new-run:executor"
          >
            {executors.map((option) => (
              <option key={option.value} value={option.value}>
                {option.value}
              </option>
            ))}
          </select>
        </Field>
        {executor === 'COMMAND' && (
          <Field
            label="Command"
            name="config.command"
            error={errorFor(errors, 'config.command')}
            hint="argv, split on spaces"
            wide
          >
            <input value={command} onChange={(event) => setCommand(event.target.value)} placeholder="python train.py --fast" />
          </Field>
        )}
        <Field label="Epochs" name="config.epochs" error={errorFor(errors, 'config.epochs')} hint="1–100">
          <input
            type="number"
            min={1}
            value={epochs}
            onChange={(event) => setEpochs(event.target.value)}
            data-testid="new-run:epochs"
          />
        </Field>
        <Field
          label="Learning rate"
          name="config.learningRate"
          error={errorFor(errors, 'config.learningRate')}
          hint="> 0 and ≤ 10"
        >
          <input
            type="number"
            step="any"
            value={learningRate}
            onChange={(event) => setLearningRate(event.target.value)}
            data-testid="new-run:learning-rate"
          />
        </Field>
        <Field label="Batch size" name="config.batchSize" error={errorFor(errors, 'config.batchSize')} hint="1–512">
          <input
            type="number"
            value={batchSize}
            onChange={(event) => setBatchSize(event.target.value)}
            data-testid="new-run:batch-size"
          />
        </Field>
        <Field label="Seed" name="config.seed" error={errorFor(errors, 'config.seed')} hint="same seed, same result">
          <input type="number" value={seed} onChange={(event) => setSeed(event.target.value)} data-testid="new-run:seed" />
        </Field>
      </div>
      {result.error && <ErrorNotice error={result.error} />}
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={result.fetching} data-testid="new-run:submit">
          {result.fetching ? 'Queueing…' : 'Queue run'}
        </button>
      </div>
    </form>
  );
}
