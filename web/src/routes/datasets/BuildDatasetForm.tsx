import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorFor, Field, fieldErrorsOf, optionalInt } from '../../components/form';
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
    <form className="card form" onSubmit={submit} data-testid="datasets:build-form" noValidate>
      <header className="card__header">
        <h2>Build a dataset</h2>
      </header>
      <div className="form__grid">
        <Field label="Name" name="name" error={errorFor(errors, 'name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} required data-testid="datasets:build-name" />
        </Field>
        <Field label="Version" name="version" error={errorFor(errors, 'version')} hint="name + version must be new">
          <input
            value={version}
            onChange={(event) => setVersion(event.target.value)}
            required
            data-testid="datasets:build-version"
          />
        </Field>
        <Field
          label="Source"
          name="filter"
          error={errorFor(errors, 'filter')}
          hint="meta.source of the traces; empty: every trace"
        >
          <input value={source} onChange={(event) => setSource(event.target.value)} data-testid="datasets:build-source" />
        </Field>
        <Field label="Limit" name="limit" error={errorFor(errors, 'limit')} hint="1–10000 traces">
          <input
            type="number"
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
            data-testid="datasets:build-limit"
          />
        </Field>
        <Field
          label="Selection"
          name="selectionStrategy"
          error={errorFor(errors, 'selectionStrategy')}
          hint={strategy === 'RANDOM' ? 'a seeded sample of the matches' : 'the newest matches'}
        >
          <select
            value={strategy}
            onChange={(event) => setStrategy(event.target.value as SelectionStrategy)}
            data-testid="datasets:build-strategy"
          >
            <option value="LATEST">LATEST (newest)</option>
            <option value="RANDOM">RANDOM (seeded)</option>
          </select>
        </Field>
        <Field
          label="Seed"
          name="seed"
          error={errorFor(errors, 'seed')}
          hint={strategy === 'RANDOM' ? 'same seed, same traces' : 'RANDOM only'}
        >
          <input
            type="number"
            value={seed}
            disabled={strategy !== 'RANDOM'}
            onChange={(event) => setSeed(event.target.value)}
            data-testid="datasets:build-seed"
          />
        </Field>
      </div>
      {result.error && <ErrorNotice error={result.error} />}
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={result.fetching} data-testid="datasets:build-submit">
          {result.fetching ? 'Building…' : 'Build dataset'}
        </button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
