import { useState } from 'react';
import { useSubscription } from 'urql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../graphql/generated';
import type { RunStatus } from '../../graphql/generated/graphql';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { comparePath } from '../../paths';
import { navigate, useLocation, withSearchParams } from '../../router';
import { runStatuses } from '../../status';
import { RunRow } from './RunRow';

export const RUNS_PAGE_SIZE = 20;

const RunsQuery = graphql(`
  query Runs($first: Int!, $after: String, $filter: RunFilter) {
    runs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...RunRow
        }
      }
    }
  }
`);

// Status changes of listed runs reach the table through the normalized cache; new runs are counted.
const RunsChangedSubscription = graphql(`
  subscription RunsChanged($filter: RunFilter) {
    runsChanged(filter: $filter) {
      id
      ...RunRow
    }
  }
`);

const asRunStatus = (value: string | null): RunStatus | null => runStatuses.find((status) => status === value) ?? null;

/** Runs, newest first, optionally of one status; live while the page is open. */
export function RunsPage() {
  const location = useLocation();
  const status = asRunStatus(location.searchParams.get('status'));
  const filter = status ? { status: [status] } : null;

  const runs = useConnectionPages({
    query: RunsQuery,
    variables: { first: RUNS_PAGE_SIZE, filter },
    select: (data) => data.runs,
  });
  const [changes] = useSubscription({ query: RunsChangedSubscription, variables: { filter } }, (seen: string[] = [], event) =>
    seen.includes(event.runsChanged.id) ? seen : [...seen, event.runsChanged.id],
  );
  // Runs ticked for comparison, in the order they were ticked.
  const [selected, setSelected] = useState<string[]>([]);
  const select = (runId: string, on: boolean) =>
    setSelected((current) => (on ? [...current.filter((id) => id !== runId), runId] : current.filter((id) => id !== runId)));
  const listed = new Set(runs.nodes.map((run) => run.id));
  const unlisted = (changes.data ?? []).filter((runId) => !listed.has(runId)).length;

  return (
    <section className="page">
      <PageHeader title="Runs">
        <button
          type="button"
          disabled={selected.length < 2}
          title={selected.length < 2 ? 'Tick two or more runs to compare them' : undefined}
          onClick={() => navigate(comparePath(selected))}
          data-testid="runs:compare"
        >
          Compare{selected.length > 0 ? ` (${selected.length})` : ''}
        </button>
        {selected.length > 0 && (
          <button type="button" className="button--quiet" onClick={() => setSelected([])}>
            Clear selection
          </button>
        )}
        <label className="filter">
          Status
          <select
            value={status ?? ''}
            onChange={(event) => navigate(withSearchParams(location, { status: event.target.value }))}
            data-testid="runs:status-filter"
          >
            <option value="">any</option>
            {runStatuses.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>

      {changes.error && <ErrorNotice error={changes.error} />}
      {unlisted > 0 && (
        <button type="button" className="notice notice--info" onClick={runs.refresh} data-testid="runs:new">
          {unlisted === 1 ? '1 new run' : `${unlisted} new runs`}: show
        </button>
      )}

      <ConnectionTable
        connection={runs}
        testid="runs"
        columns={[
          { label: 'Compare', className: 'select-cell', labelHidden: true },
          { label: 'Status' },
          { label: 'Run' },
          { label: 'Dataset' },
          { label: 'Base model' },
          { label: 'Executor' },
          { label: 'Queued' },
          { label: 'Finished' },
        ]}
        renderRow={(run) => <RunRow run={run} selected={selected.includes(run.id)} onSelect={(on) => select(run.id, on)} />}
        empty={status ? `No ${status} runs.` : 'No runs yet. Queue one with the createRun mutation.'}
        loadingText="Loading runs…"
        noun="runs"
      />
    </section>
  );
}
