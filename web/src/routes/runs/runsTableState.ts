// The runs table's state in the address (columns, sort, filters, compare selection), so a view
// can be shared, reloaded and left with Back. Plain functions: the page reads and writes these.
import type { OrderDirection, RunFilter, RunOrder, RunStatus } from '../../graphql/generated/graphql';
import { runStatuses } from '../../status';

export type ValueKind = 'metric' | 'param';

export interface RangeFilter {
  kind: ValueKind;
  key: string;
  min: number | null;
  max: number | null;
}

export interface RunsTableState {
  status: RunStatus | null;
  /** Summary metrics and config params shown as columns, in order. */
  metrics: string[];
  params: string[];
  sort: { by: 'created' } | { by: ValueKind; key: string };
  direction: OrderDirection;
  tags: string[];
  ranges: RangeFilter[];
  /** Runs ticked for comparison, in the order they were ticked. */
  selected: string[];
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const number = (text: string | undefined) =>
  text === undefined || text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text);

/** `?metrics=evalLoss&params=learningRate&sort=metric:evalLoss&dir=ASC&tags=best&ranges=metric:evalLoss::0.5;param:lr:0.01:&selected=a,b` */
export function readTableState(search: URLSearchParams): RunsTableState {
  const [sortKind, ...sortKey] = (search.get('sort') ?? '').split(':');
  const key = sortKey.join(':');
  return {
    status: runStatuses.find((status) => status === search.get('status')) ?? null,
    metrics: list(search.get('metrics')),
    params: list(search.get('params')),
    sort: (sortKind === 'metric' || sortKind === 'param') && key ? { by: sortKind, key } : { by: 'created' },
    direction: search.get('dir') === 'ASC' ? 'ASC' : 'DESC',
    tags: list(search.get('tags')),
    ranges: (search.get('ranges') ?? '').split(';').flatMap((text): RangeFilter[] => {
      // The key may hold colons (params.lr): kind first, min and max last.
      const parts = text.split(':');
      const kind = parts[0];
      if ((kind !== 'metric' && kind !== 'param') || parts.length < 4) return [];
      const rangeKey = parts.slice(1, -2).join(':');
      return rangeKey ? [{ kind, key: rangeKey, min: number(parts.at(-2)), max: number(parts.at(-1)) }] : [];
    }),
    selected: list(search.get('selected')),
  };
}

/** The search-param changes that store `state` (for withSearchParams; null removes a param). */
export function tableSearchParams(state: RunsTableState): Record<string, string | null> {
  const joined = (items: readonly string[]) => (items.length ? items.join(',') : null);
  return {
    status: state.status,
    metrics: joined(state.metrics),
    params: joined(state.params),
    sort: state.sort.by === 'created' ? null : `${state.sort.by}:${state.sort.key}`,
    dir: state.direction === 'DESC' ? null : 'ASC',
    tags: joined(state.tags),
    ranges: state.ranges.length ? state.ranges.map(rangeParam).join(';') : null,
    selected: joined(state.selected),
  };
}

export const rangeParam = (range: RangeFilter) => `${range.kind}:${range.key}:${range.min ?? ''}:${range.max ?? ''}`;

/** The API's filter and order for the state. */
export function toQuery(state: RunsTableState): { filter: RunFilter | null; orderBy: RunOrder } {
  const ranges = (kind: ValueKind) =>
    state.ranges.filter((range) => range.kind === kind).map(({ key, min, max }) => ({ key, min, max }));
  const filter: RunFilter = {
    ...(state.status ? { status: [state.status] } : {}),
    ...(state.tags.length ? { tags: state.tags } : {}),
    ...(ranges('metric').length ? { metrics: ranges('metric') } : {}),
    ...(ranges('param').length ? { params: ranges('param') } : {}),
  };
  const orderBy: RunOrder =
    state.sort.by === 'created'
      ? { by: 'CREATED_AT', direction: state.direction }
      : { by: state.sort.by === 'metric' ? 'METRIC' : 'PARAM', key: state.sort.key, direction: state.direction };
  return { filter: Object.keys(filter).length ? filter : null, orderBy };
}

/** Clicking a column's header: sort by it (largest first), or flip the direction when it already sorts. */
export function toggleSort(state: RunsTableState, column: RunsTableState['sort']): Pick<RunsTableState, 'sort' | 'direction'> {
  const same =
    state.sort.by === column.by && (column.by === 'created' || (state.sort.by !== 'created' && state.sort.key === column.key));
  return { sort: column, direction: same && state.direction === 'DESC' ? 'ASC' : 'DESC' };
}

/** A run's value for a column: its summary metric, or its config param (`params.lr` is config.params.lr). */
export function columnValue(run: { summaryMetrics: unknown; config: unknown }, kind: ValueKind, key: string): number | null {
  let source: unknown = kind === 'metric' ? run.summaryMetrics : run.config;
  for (const part of kind === 'param' && key.startsWith('params.') ? ['params', key.slice(7)] : [key]) {
    source = source && typeof source === 'object' ? (source as Record<string, unknown>)[part] : undefined;
  }
  return typeof source === 'number' ? source : null;
}
