import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { ConnectionStatusRows } from '../../components/ConnectionTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FilterSelect } from '../../components/form';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader, useCreateFormToggle } from '../../components/PageHeader';
import { graphql } from '../../graphql/generated';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { comparePath } from '../../paths';
import { navigate, useLocation, withSearchParams } from '../../router';
import { runStatuses } from '../../status';
import { NewRunPanel } from './NewRunPanel';
import { RunFilters } from './RunFilters';
import { RunRow } from './RunRow';
import { type RunsTableState, readTableState, tableSearchParams, toggleSort, toQuery } from './runsTableState';

export const RUNS_PAGE_SIZE = 100;
/** A row's height before it is measured. */
const ROW_HEIGHT = 37;

/** The size the virtualiser assumes where there is no layout (jsdom): the first rows still render. */
const NO_LAYOUT_RECT = { width: 1200, height: 800 };

/** The scroll container's size as it changes, like the virtualiser's own, with a fallback for no layout. */
function observeScrollerRect(
  instance: { scrollElement: Element | null },
  report: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  if (!element) return;
  const measure = () => {
    const rect = element.getBoundingClientRect();
    report(rect.height > 0 ? { width: rect.width, height: rect.height } : NO_LAYOUT_RECT);
  };
  measure();
  if (typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => observer.disconnect();
}

const RunsQuery = graphql(`
  query Runs($first: Int!, $after: String, $filter: RunFilter, $orderBy: RunOrder) {
    runs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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

const RunValueKeysQuery = graphql(`
  query RunValueKeys {
    runValueKeys {
      metrics
      params
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

/**
 * Runs as a table to search: columns for chosen metrics and params, sorted by the server by any of
 * them, filtered by status, tags and value ranges; all of it in the address. Rows are virtualised,
 * so thousands of loaded runs scroll smoothly; live while the page is open.
 */
export function RunsPage() {
  const location = useLocation();
  const state = readTableState(location.searchParams);
  const change = (changes: Partial<RunsTableState>) =>
    navigate(withSearchParams(location, tableSearchParams({ ...state, ...changes })), { replace: true });
  const { filter, orderBy } = toQuery(state);
  const newRun = useCreateFormToggle('new', 'createRun');

  const runs = useConnectionPages({
    query: RunsQuery,
    variables: { first: RUNS_PAGE_SIZE, filter, orderBy },
    select: (data) => data.runs,
  });
  const [keys] = useQuery({ query: RunValueKeysQuery });
  const [changes] = useSubscription({ query: RunsChangedSubscription, variables: { filter } }, (seen: string[] = [], event) =>
    seen.includes(event.runsChanged.id) ? seen : [...seen, event.runsChanged.id],
  );
  const select = (runId: string, on: boolean) =>
    change({
      selected: on ? [...state.selected.filter((id) => id !== runId), runId] : state.selected.filter((id) => id !== runId),
    });
  const listed = new Set(runs.nodes.map((run) => run.id));
  const unlisted = (changes.data ?? []).filter((runId) => !listed.has(runId)).length;

  const scroller = useRef<HTMLDivElement | null>(null);
  const rows = useVirtualizer({
    count: runs.nodes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    observeElementRect: observeScrollerRect,
  });
  const items = rows.getVirtualItems();
  const last = items.at(-1);
  // Scrolled near the end of what is loaded: the next page.
  const nearEnd = !!last && last.index >= runs.nodes.length - 20 && runs.hasMore && !runs.fetching;
  useEffect(() => {
    if (nearEnd) loadMore.current();
  }, [nearEnd]);
  const loadMore = useRef(runs.loadMore);
  loadMore.current = runs.loadMore;
  const padTop = items[0]?.start ?? 0;
  const padBottom = last ? rows.getTotalSize() - last.end : 0;

  const sortable = (label: string, column: RunsTableState['sort'], className?: string) => {
    const active =
      state.sort.by === column.by && (column.by === 'created' || (state.sort.by !== 'created' && state.sort.key === column.key));
    return (
      <th
        key={`${column.by}:${'key' in column ? column.key : ''}`}
        className={className}
        aria-sort={active ? (state.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
      >
        <button type="button" className="th-sort" onClick={() => change(toggleSort(state, column))} data-testid="runs:sort">
          {label}
          {active ? (state.direction === 'ASC' ? ' ↑' : ' ↓') : ''}
        </button>
      </th>
    );
  };
  const columnCount = 6 + state.metrics.length + state.params.length;

  return (
    <section className="page">
      <PageHeader title="Runs" create={{ toggle: newRun, label: 'New run', testid: 'runs:new-run' }}>
        <button
          type="button"
          disabled={state.selected.length < 2}
          title={state.selected.length < 2 ? 'Tick two or more runs to compare them' : undefined}
          onClick={() => navigate(comparePath(state.selected))}
          data-testid="runs:compare"
        >
          Compare{state.selected.length > 0 ? ` (${state.selected.length})` : ''}
        </button>
        {state.selected.length > 0 && (
          <button type="button" className="button--quiet" onClick={() => change({ selected: [] })}>
            Clear selection
          </button>
        )}
        <FilterSelect
          label="Status"
          value={state.status ?? ''}
          onValueChange={(status) => change({ status: status || null })}
          placeholder="any"
          options={runStatuses.map((status) => ({ value: status }))}
          data-testid="runs:status-filter"
        />
      </PageHeader>
      {newRun.isOpen && <NewRunPanel onCancel={newRun.close} />}

      <RunFilters state={state} keys={keys.data?.runValueKeys ?? { metrics: [], params: [] }} onChange={change} />

      {changes.error && <ErrorNotice error={changes.error} />}
      {runs.error && <ErrorNotice error={runs.error} onRetry={runs.refresh} />}
      {unlisted > 0 && (
        <button type="button" className="notice notice--info" onClick={runs.refresh} data-testid="runs:new">
          {unlisted === 1 ? '1 new run' : `${unlisted} new runs`}: show
        </button>
      )}

      <div className="table-wrap table-wrap--scroll" ref={scroller}>
        <table className="table" data-testid="runs:table" aria-busy={runs.fetching} aria-rowcount={runs.totalCount ?? undefined}>
          <thead>
            <tr>
              <th className="select-cell" aria-label="Compare" />
              <th>Status</th>
              <th>Run</th>
              <th>Dataset</th>
              {state.metrics.map((key) => sortable(key, { by: 'metric', key }, 'num'))}
              {state.params.map((key) => sortable(key, { by: 'param', key }, 'num'))}
              {sortable('Queued', { by: 'created' })}
              <th>Finished</th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
            {items.map((item) => {
              const run = runs.nodes[item.index];
              return run ? (
                <RunRow
                  key={run.id}
                  index={item.index}
                  measure={rows.measureElement}
                  run={run}
                  metrics={state.metrics}
                  params={state.params}
                  selected={state.selected.includes(run.id)}
                  onSelect={(on) => select(run.id, on)}
                />
              ) : null;
            })}
            {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
            <ConnectionStatusRows
              connection={runs}
              columnCount={columnCount}
              emptyTestid="runs:empty"
              empty={filter ? 'No runs match these filters.' : 'No runs yet. Queue one with “New run”.'}
              loadingText="Loading runs…"
            />
          </tbody>
        </table>
      </div>
      <LoadMore connection={runs} noun="runs" />
    </section>
  );
}
