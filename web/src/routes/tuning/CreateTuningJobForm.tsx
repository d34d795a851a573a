import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field, FormCard, InputField, optionalInt, SelectField, TextAreaField } from '../../components/form';
import { RunConfigFields } from '../../components/RunConfigFields';
import { graphql } from '../../graphql/generated';
import type { MetricMode } from '../../graphql/generated/graphql';
import { useFormValues } from '../../hooks/useFormValues';
import { useRunConfig } from '../../hooks/useRunConfig';
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

const metricModes: Array<{ value: MetricMode; label: string }> = [
  { value: 'MIN', label: 'MIN: lower is better' },
  { value: 'MAX', label: 'MAX: higher is better' },
];

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

/** The whole numbers that say how many trials, how many at once, and from which seed. */
const trialCounts = [
  { name: 'numSamples', label: 'Trials', hint: '1–100', testid: 'tuning-form:samples' },
  { name: 'maxConcurrentTrials', label: 'At once', hint: '1–10 trials running together', testid: 'tuning-form:concurrency' },
  {
    name: 'seed',
    label: 'Seed',
    hint: 'same space and seed, same trials; empty: a random seed, recorded on the job',
    testid: 'tuning-form:seed',
  },
] as const;

/** Creates a tuning job and starts it at once, then hands over to its page. */
export function CreateTuningJobForm({ onCreated, onCancel }: { onCreated: (jobId: string) => void; onCancel: () => void }) {
  const [datasets] = useQuery({ query: TuningDatasetsQuery });
  const { values, set, field } = useFormValues({
    name: '',
    datasetId: '',
    metricName: 'evalLoss',
    metricMode: 'MIN' as MetricMode,
    numSamples: '8',
    maxConcurrentTrials: '2',
    seed: '',
    searchSpace: EXAMPLE_SEARCH_SPACE,
  });
  // A job's trials run on the builtin trainer (the default executor).
  const runConfig = useRunConfig('BUILTIN');
  const tunable = runConfig.spec?.fields
    .map((field) => field.name)
    .filter((name) => !['params', 'timeoutSeconds'].includes(name));
  const [localError, setLocalError] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [creation, createTuningJob] = useMutation(CreateTuningJobMutation);
  const [start, startTuningJob] = useMutation(StartTuningJobMutation);
  const options = datasets.data?.datasets.edges.map((edge) => edge.node) ?? [];
  // The first dataset until one is picked.
  const chosenDataset = values.datasetId || options[0]?.id || '';

  const submit = async () => {
    const space = parseSearchSpace(values.searchSpace);
    if ('error' in space) {
      setLocalError(space.error);
      return;
    }
    setLocalError(null);
    const created = await createTuningJob({
      input: {
        name: values.name.trim(),
        datasetId: chosenDataset,
        metricName: values.metricName.trim(),
        metricMode: values.metricMode,
        numSamples: optionalInt(values.numSamples),
        maxConcurrentTrials: optionalInt(values.maxConcurrentTrials),
        seed: optionalInt(values.seed),
        baseConfig: Object.keys(runConfig.config).length ? runConfig.config : undefined,
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
    <FormCard
      title="New tuning job"
      onSubmit={submit}
      data-testid="tuning:create-form"
      request={{ fetching: creation.fetching || start.fetching, error: creation.error }}
      requestErrors={[runConfig.error]}
      notices={
        start.error &&
        createdId && (
          <>
            <p className="notice">
              The job was created but did not start. <Link to={tuningJobPath(createdId)}>Open it</Link> to start it again.
            </p>
            <ErrorNotice error={start.error} />
          </>
        )
      }
      actions={{
        submitLabel: 'Create and start',
        busyLabel: 'Starting…',
        disabled: !chosenDataset,
        submitTestid: 'tuning-form:submit',
        onCancel,
      }}
    >
      <InputField label="Name" {...field('name')} data-testid="tuning-form:name" />
      <Field label="Dataset" name="datasetId">
        <select
          value={chosenDataset}
          onChange={(event) => set('datasetId', event.target.value)}
          data-testid="tuning-form:dataset"
        >
          {options.length === 0 && <option value="">{datasets.fetching ? 'Loading…' : 'No datasets: build one first'}</option>}
          {options.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {dataset.name} {dataset.version} ({dataset.traceCount} traces)
            </option>
          ))}
        </select>
      </Field>
      <InputField
        label="Metric"
        name="metricName"
        hint="the builtin trainer reports these three"
        list="tuning-metrics"
        value={values.metricName}
        onValueChange={(metric) => {
          set('metricName', metric);
          const mode = knownMetrics[metric];
          if (mode) set('metricMode', mode);
        }}
        data-testid="tuning-form:metric"
      />
      <datalist id="tuning-metrics">
        {Object.keys(knownMetrics).map((metric) => (
          <option key={metric} value={metric} />
        ))}
      </datalist>
      <SelectField label="Mode" {...field('metricMode')} options={metricModes} data-testid="tuning-form:mode" />
      {trialCounts.map(({ name, label, hint, testid }) => (
        <InputField key={name} label={label} {...field(name)} hint={hint} type="number" data-testid={testid} />
      ))}
      <RunConfigFields runConfig={runConfig} path="baseConfig" testidPrefix="tuning-form" />
      <TextAreaField
        label="Search space (JSON)"
        {...field('searchSpace')}
        error={localError}
        hint={
          <>
            Each parameter maps to a distribution: <code>choice</code>/<code>grid</code> with <code>values</code>,{' '}
            <code>uniform</code>/<code>loguniform</code>/<code>randint</code> with <code>min</code> and <code>max</code>, within
            the limits above. Run config names{tunable ? ` (${tunable.join(', ')})` : ''} set those fields, over the values above;
            other names go to <code>config.params</code>.
          </>
        }
        className="code"
        rows={6}
        spellCheck={false}
        data-testid="tuning-form:search-space"
      />
    </FormCard>
  );
}
