import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorFor, Field, fieldErrorsOf, optionalInt } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { MetricMode } from '../../graphql/generated/graphql';
import { tuningJobPath } from '../../paths';
import { Link } from '../../router';

const TuningDatasetsQuery = graphql(`
  query TuningDatasets {
    datasets(first: 100) {
      edges {
        node {
          id
          name
          version
          traceCount
        }
      }
    }
  }
`);

const CreateTuningJobMutation = graphql(`
  mutation CreateTuningJob($input: CreateTuningJobInput!) {
    createTuningJob(input: $input) {
      tuningJob {
        id
        status
      }
    }
  }
`);

export const StartTuningJobMutation = graphql(`
  mutation StartTuningJob($id: ID!) {
    startTuningJob(input: { id: $id }) {
      tuningJob {
        id
        status
      }
    }
  }
`);

/** The documented example: a log-uniform learning rate and a choice of batch sizes. */
export const EXAMPLE_SEARCH_SPACE = `{
  "learningRate": { "type": "loguniform", "min": 0.01, "max": 2 },
  "batchSize": { "type": "choice", "values": [16, 32, 64] }
}`;

/** The metrics the builtin trainer reports, and which way is better for each. */
const knownMetrics: Record<string, MetricMode> = { evalLoss: 'MIN', trainLoss: 'MIN', evalAccuracy: 'MAX' };

/** Parses the search space: a JSON object, or a message saying what is wrong with the text. */
export function parseSearchSpace(text: string): { value: Record<string, unknown> } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'must be a JSON object' };
    return { value: value as Record<string, unknown> };
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
}

/** Creates a tuning job and starts it at once, then hands over to its page. */
export function CreateTuningJobForm({ onCreated, onCancel }: { onCreated: (jobId: string) => void; onCancel: () => void }) {
  const [datasets] = useQuery({ query: TuningDatasetsQuery });
  const [name, setName] = useState('');
  const [datasetId, setDatasetId] = useState('');
  const [metricName, setMetricName] = useState('evalLoss');
  const [metricMode, setMetricMode] = useState<MetricMode>('MIN');
  const [numSamples, setNumSamples] = useState('8');
  const [maxConcurrentTrials, setMaxConcurrentTrials] = useState('2');
  const [seed, setSeed] = useState('0');
  const [epochs, setEpochs] = useState('');
  const [searchSpace, setSearchSpace] = useState(EXAMPLE_SEARCH_SPACE);
  const [localError, setLocalError] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [creation, createTuningJob] = useMutation(CreateTuningJobMutation);
  const [start, startTuningJob] = useMutation(StartTuningJobMutation);
  const errors = fieldErrorsOf(creation.error);
  const options = datasets.data?.datasets.edges.map((edge) => edge.node) ?? [];
  // The first dataset until one is picked.
  const chosenDataset = datasetId || options[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const space = parseSearchSpace(searchSpace);
    if ('error' in space) {
      setLocalError(space.error);
      return;
    }
    setLocalError(null);
    const created = await createTuningJob({
      input: {
        name: name.trim(),
        datasetId: chosenDataset,
        metricName: metricName.trim(),
        metricMode,
        numSamples: optionalInt(numSamples),
        maxConcurrentTrials: optionalInt(maxConcurrentTrials),
        seed: optionalInt(seed),
        baseConfig: epochs.trim() ? { epochs: optionalInt(epochs) } : undefined,
        searchSpace: space.value,
      },
    });
    const job = created.data?.createTuningJob.tuningJob;
    if (!job) return;
    setCreatedId(job.id);
    const started = await startTuningJob({ id: job.id });
    // Created but not started: stay, say why, and link to the job (its page has a Start button).
    if (started.data) onCreated(job.id);
  };

  return (
    <form className="card form" onSubmit={submit} data-testid="tuning:create-form" noValidate>
      <header className="card__header">
        <h2>New tuning job</h2>
      </header>
      <div className="form__grid">
        <Field label="Name" name="name" error={errorFor(errors, 'name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} data-testid="tuning-form:name" />
        </Field>
        <Field label="Dataset" name="datasetId" error={errorFor(errors, 'datasetId')}>
          <select value={chosenDataset} onChange={(event) => setDatasetId(event.target.value)} data-testid="tuning-form:dataset">
            {options.length === 0 && <option value="">{datasets.fetching ? 'Loading…' : 'No datasets: build one first'}</option>}
            {options.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name} {dataset.version} ({dataset.traceCount} traces)
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Metric"
          name="metricName"
          error={errorFor(errors, 'metricName')}
          hint="the builtin trainer reports these three"
        >
          <input
            list="tuning-metrics"
            value={metricName}
            onChange={(event) => {
              setMetricName(event.target.value);
              const mode = knownMetrics[event.target.value];
              if (mode) setMetricMode(mode);
            }}
            data-testid="tuning-form:metric"
          />
          <datalist id="tuning-metrics">
            {Object.keys(knownMetrics).map((metric) => (
              <option key={metric} value={metric} />
            ))}
          </datalist>
        </Field>
        <Field label="Mode" name="metricMode" error={errorFor(errors, 'metricMode')}>
          <select
            value={metricMode}
            onChange={(event) => setMetricMode(event.target.value as MetricMode)}
            data-testid="tuning-form:mode"
          >
            <option value="MIN">MIN: lower is better</option>
            <option value="MAX">MAX: higher is better</option>
          </select>
        </Field>
        <Field label="Trials" name="numSamples" error={errorFor(errors, 'numSamples')} hint="1–100">
          <input
            type="number"
            value={numSamples}
            onChange={(event) => setNumSamples(event.target.value)}
            data-testid="tuning-form:samples"
          />
        </Field>
        <Field
          label="At once"
          name="maxConcurrentTrials"
          error={errorFor(errors, 'maxConcurrentTrials')}
          hint="1–10 trials running together"
        >
          <input
            type="number"
            value={maxConcurrentTrials}
            onChange={(event) => setMaxConcurrentTrials(event.target.value)}
            data-testid="tuning-form:concurrency"
          />
        </Field>
        <Field label="Seed" name="seed" error={errorFor(errors, 'seed')} hint="same space and seed, same trials">
          <input type="number" value={seed} onChange={(event) => setSeed(event.target.value)} data-testid="tuning-form:seed" />
        </Field>
        <Field
          label="Epochs per trial"
          name="baseConfig"
          error={errorFor(errors, 'baseConfig')}
          hint="empty: the run default (3)"
        >
          <input
            type="number"
            value={epochs}
            onChange={(event) => setEpochs(event.target.value)}
            data-testid="tuning-form:epochs"
          />
        </Field>
        <Field
          label="Search space (JSON)"
          name="searchSpace"
          error={localError ?? errorFor(errors, 'searchSpace')}
          wide
          hint={
            <>
              Each parameter maps to a distribution: <code>choice</code>/<code>grid</code> with <code>values</code>,{' '}
              <code>uniform</code>/<code>loguniform</code>/<code>randint</code> with <code>min</code> and <code>max</code>. Run
              config names (learningRate, batchSize, epochs, weightDecay, seed…) set those fields; other names go to{' '}
              <code>config.params</code>.
            </>
          }
        >
          <textarea
            className="code"
            rows={6}
            value={searchSpace}
            spellCheck={false}
            onChange={(event) => setSearchSpace(event.target.value)}
            data-testid="tuning-form:search-space"
          />
        </Field>
      </div>
      {creation.error && <ErrorNotice error={creation.error} />}
      {start.error && createdId && (
        <>
          <p className="notice">
            The job was created but did not start. <Link to={tuningJobPath(createdId)}>Open it</Link> to start it again.
          </p>
          <ErrorNotice error={start.error} />
        </>
      )}
      <div className="form__actions">
        <button
          type="submit"
          className="button--primary"
          disabled={creation.fetching || start.fetching || !chosenDataset}
          data-testid="tuning-form:submit"
        >
          {creation.fetching || start.fetching ? 'Starting…' : 'Create and start'}
        </button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
