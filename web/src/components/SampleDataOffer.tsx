import { useMutation } from 'urql';
import { useCan } from '../auth/permissions';
import { graphql } from '../graphql/generated';
import { tuningJobPath } from '../paths';
import { navigate } from '../router';
import { ActionButton } from './ActionButton';
import { ErrorNotice } from './ErrorNotice';

const LoadDemoMutation = graphql(`
  mutation LoadDemo {
    loadDemo {
      traceCount
      tuningJob {
        id
      }
    }
  }
`);

/**
 * What an empty server offers: the sample data of `tunix-rt demo` (sample traces, a dataset and a
 * started sweep) in one click, then the sweep's page, where its trials train live.
 */
export function SampleDataOffer() {
  const can = useCan();
  const [result, loadDemo] = useMutation(LoadDemoMutation);
  if (!can('loadDemo')) return null;
  const load = async () => {
    const answer = await loadDemo({});
    if (answer.data) navigate(tuningJobPath(answer.data.loadDemo.tuningJob.id));
  };
  return (
    <div className="sample-data" data-testid="sample-data">
      <p>
        New here? Load sample traces, build a dataset of them and start a small learning-rate sweep, or run{' '}
        <code>tunix-rt demo</code>.
      </p>
      <ActionButton tone="primary" busy={result.fetching} onClick={load} data-testid="sample-data:load">
        {result.fetching ? 'Loading sample data…' : 'Load sample data'}
      </ActionButton>
      {result.error && <ErrorNotice error={result.error} />}
    </div>
  );
}
