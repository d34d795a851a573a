import { useState } from 'react';
import { useQuery } from 'urql';
import { SelectField } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { NewRunForm } from '../datasets/NewRunForm';

const NewRunDatasetsQuery = graphql(`
  query NewRunDatasets {
    datasets(first: 100) {
      edges {
        node {
          id
          name
          version
        }
      }
    }
  }
`);

/** "New run" on the runs page: pick a dataset, then the dataset page's run form. */
export function NewRunPanel({ onCancel }: { onCancel: () => void }) {
  const [result] = useQuery({ query: NewRunDatasetsQuery });
  const datasets = result.data?.datasets.edges.map((edge) => edge.node) ?? [];
  const [chosen, setChosen] = useState('');
  const datasetId = chosen || datasets[0]?.id || '';
  return (
    <div className="card stack" data-testid="runs:new-run-panel">
      <div className="form__grid">
        <SelectField
          label="Dataset"
          name="datasetId"
          hint={datasets.length === 0 && !result.fetching ? 'build a dataset first' : 'the run trains on it'}
          value={datasetId}
          onValueChange={setChosen}
          options={datasets.map((dataset) => ({ value: dataset.id, label: `${dataset.name} ${dataset.version}` }))}
          data-testid="runs:new-run-dataset"
        />
      </div>
      {datasetId && <NewRunForm key={datasetId} datasetId={datasetId} />}
      <button type="button" className="button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
