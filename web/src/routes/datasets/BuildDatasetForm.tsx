import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { FormCard, fieldErrorsOf, InputField, optionalInt, SelectField } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { SelectionStrategy } from '../../graphql/generated/graphql';

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
  const [name, setName] = useState('');
  const [version, setVersion] = useState('v1');
  const [source, setSource] = useState('');
  const [limit, setLimit] = useState('100');
  const [strategy, setStrategy] = useState<SelectionStrategy>('LATEST');
  const [seed, setSeed] = useState('');
  const [result, buildDataset] = useMutation(BuildDatasetMutation);
  const errors = fieldErrorsOf(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = await buildDataset({
      input: {
        name: name.trim(),
        version: version.trim(),
        filter: source.trim() ? { source: source.trim() } : null,
        limit: optionalInt(limit),
        selectionStrategy: strategy,
        seed: strategy === 'RANDOM' ? optionalInt(seed) : undefined,
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
      requestErrors={[result.error]}
      actions={{
        submitLabel: 'Build dataset',
        busyLabel: 'Building…',
        busy: result.fetching,
        submitTestid: 'datasets:build-submit',
        onCancel,
      }}
    >
      <InputField
        label="Name"
        name="name"
        errors={errors}
        value={name}
        onValueChange={setName}
        required
        data-testid="datasets:build-name"
      />
      <InputField
        label="Version"
        name="version"
        errors={errors}
        hint="name + version must be new"
        value={version}
        onValueChange={setVersion}
        required
        data-testid="datasets:build-version"
      />
      <InputField
        label="Source"
        name="filter"
        errors={errors}
        hint="meta.source of the traces; empty: every trace"
        value={source}
        onValueChange={setSource}
        data-testid="datasets:build-source"
      />
      <InputField
        label="Limit"
        name="limit"
        errors={errors}
        hint="1–10000 traces"
        type="number"
        value={limit}
        onValueChange={setLimit}
        data-testid="datasets:build-limit"
      />
      <SelectField
        label="Selection"
        name="selectionStrategy"
        errors={errors}
        hint={strategy === 'RANDOM' ? 'a seeded sample of the matches' : 'the newest matches'}
        value={strategy}
        onValueChange={setStrategy}
        options={selectionStrategies}
        data-testid="datasets:build-strategy"
      />
      <InputField
        label="Seed"
        name="seed"
        errors={errors}
        hint={strategy === 'RANDOM' ? 'same seed, same traces' : 'RANDOM only'}
        type="number"
        value={seed}
        disabled={strategy !== 'RANDOM'}
        onValueChange={setSeed}
        data-testid="datasets:build-seed"
      />
    </FormCard>
  );
}
