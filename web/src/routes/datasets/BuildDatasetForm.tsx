import { useMutation } from 'urql';
import { FormCard, InputField, optionalInt, SelectField } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { SelectionStrategy } from '../../graphql/generated/graphql';
import { useFormValues } from '../../hooks/useFormValues';

const BuildDatasetMutation = graphql(`
  mutation BuildDataset($input: BuildDatasetInput!) {
    buildDataset(input: $input) {
      dataset {
        id
        name
        version
        traceCount
      }
    }
  }
`);

const selectionStrategies: Array<{ value: SelectionStrategy; label: string }> = [
  { value: 'LATEST', label: 'LATEST (newest)' },
  { value: 'RANDOM', label: 'RANDOM (seeded)' },
];

/** Freezes the traces matching a source filter as a new dataset version. */
export function BuildDatasetForm({ onBuilt, onCancel }: { onBuilt: (datasetId: string) => void; onCancel: () => void }) {
  // `filter` holds the source the traces' meta.source must equal.
  const { values, field } = useFormValues({
    name: '',
    version: 'v1',
    filter: '',
    limit: '100',
    selectionStrategy: 'LATEST' as SelectionStrategy,
    seed: '',
  });
  const random = values.selectionStrategy === 'RANDOM';
  const [result, buildDataset] = useMutation(BuildDatasetMutation);

  const submit = async () => {
    const source = values.filter.trim();
    const built = await buildDataset({
      input: {
        name: values.name.trim(),
        version: values.version.trim(),
        filter: source ? { source } : null,
        limit: optionalInt(values.limit),
        selectionStrategy: values.selectionStrategy,
        seed: random ? optionalInt(values.seed) : undefined,
      },
    });
    const dataset = built.data?.buildDataset.dataset;
    if (dataset) onBuilt(dataset.id);
  };

  return (
    <FormCard
      title="Build a dataset"
      onSubmit={submit}
      data-testid="datasets:build-form"
      request={result}
      actions={{
        submitLabel: 'Build dataset',
        busyLabel: 'Building…',
        submitTestid: 'datasets:build-submit',
        onCancel,
      }}
    >
      <InputField label="Name" {...field('name')} required data-testid="datasets:build-name" />
      <InputField
        label="Version"
        {...field('version')}
        hint="name + version must be new"
        required
        data-testid="datasets:build-version"
      />
      <InputField
        label="Source"
        {...field('filter')}
        hint="meta.source of the traces; empty: every trace"
        data-testid="datasets:build-source"
      />
      <InputField label="Limit" {...field('limit')} hint="1–10000 traces" type="number" data-testid="datasets:build-limit" />
      <SelectField
        label="Selection"
        {...field('selectionStrategy')}
        hint={random ? 'a seeded sample of the matches' : 'the newest matches'}
        options={selectionStrategies}
        data-testid="datasets:build-strategy"
      />
      <InputField
        label="Seed"
        {...field('seed')}
        hint={random ? 'same seed, same traces' : 'RANDOM only'}
        type="number"
        disabled={!random}
        data-testid="datasets:build-seed"
      />
    </FormCard>
  );
}
