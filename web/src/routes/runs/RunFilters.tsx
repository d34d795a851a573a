import { useState } from 'react';
import { FilterSelect, Form } from '../../components/form';
import { type RangeFilter, type RunsTableState, rangeParam, type ValueKind } from './runsTableState';

const toggled = (items: readonly string[], item: string) =>
  items.includes(item) ? items.filter((other) => other !== item) : [...items, item];

/** The kinds of value column, each with its list in the table's state. */
const columnKinds = [
  { kind: 'metric', legend: 'Metrics', list: 'metrics' },
  { kind: 'param', legend: 'Params', list: 'params' },
] as const;

/** A range's two ends, as its inputs name them. */
const bounds = [
  { bound: 'min', label: 'Minimum' },
  { bound: 'max', label: 'Maximum' },
] as const;

/** The table's columns, tag filter and value ranges; every change goes to the address. */
export function RunFilters({
  state,
  keys,
  onChange,
}: {
  state: RunsTableState;
  keys: { metrics: readonly string[]; params: readonly string[] };
  onChange: (changes: Partial<RunsTableState>) => void;
}) {
  const [tags, setTags] = useState(state.tags.join(', '));
  const [range, setRange] = useState<{ column: string; min: string; max: string }>({ column: '', min: '', max: '' });
  const columns = [...keys.metrics.map((key) => `metric:${key}`), ...keys.params.map((key) => `param:${key}`)];
  const addRange = () => {
    const [kind, ...rest] = range.column.split(':');
    const key = rest.join(':');
    if ((kind !== 'metric' && kind !== 'param') || !key) return;
    const bound = (text: string) => (text.trim() === '' ? null : Number(text));
    const added: RangeFilter = { kind: kind as ValueKind, key, min: bound(range.min), max: bound(range.max) };
    onChange({ ranges: [...state.ranges, added] });
    setRange({ column: '', min: '', max: '' });
  };

  return (
    <div className="card runs-filters" data-testid="runs:filters">
      <details>
        <summary data-testid="runs:columns">Columns ({state.metrics.length + state.params.length})</summary>
        {columnKinds.map(({ kind, legend, list }) => (
          <ColumnChoices
            key={kind}
            legend={legend}
            kind={kind}
            keys={keys[list]}
            chosen={state[list]}
            onToggle={(key) => onChange({ [list]: toggled(state[list], key) })}
          />
        ))}
      </details>
      <Form
        className="filter"
        onSubmit={() =>
          onChange({
            tags: [
              ...new Set(
                tags
                  .split(',')
                  .map((tag) => tag.trim())
                  .filter(Boolean),
              ),
            ],
          })
        }
      >
        <label className="filter">
          Tags
          <input
            value={tags}
            onChange={(event) => setTags(event.target.value)}
            placeholder="all of: best, sweep"
            data-testid="runs:tags-filter"
          />
        </label>
        <button type="submit">Apply</button>
      </Form>
      <Form className="filter" onSubmit={addRange}>
        <FilterSelect
          label="Range of"
          value={range.column}
          onValueChange={(column) => setRange({ ...range, column })}
          placeholder="choose…"
          options={columns.map((column) => ({ value: column, label: column.replace(':', ' ') }))}
          data-testid="runs:range-key"
        />
        {bounds.map(({ bound, label }) => (
          <input
            key={bound}
            aria-label={label}
            type="number"
            step="any"
            value={range[bound]}
            onChange={(event) => setRange({ ...range, [bound]: event.target.value })}
            placeholder={bound}
            data-testid={`runs:range-${bound}`}
          />
        ))}
        <button type="submit" disabled={!range.column} data-testid="runs:range-add">
          Add
        </button>
      </Form>
      {state.ranges.map((item, index) => (
        <span key={rangeParam(item)} className="tag" data-testid="runs:range">
          {item.min ?? '−∞'} ≤ {item.key} ≤ {item.max ?? '∞'}{' '}
          <button
            type="button"
            className="button--quiet"
            aria-label={`Remove the range of ${item.key}`}
            onClick={() => onChange({ ranges: state.ranges.filter((_, other) => other !== index) })}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}

/** A checkbox per metric or param: ticked ones are the table's columns. */
function ColumnChoices(props: {
  legend: string;
  kind: ValueKind;
  keys: readonly string[];
  chosen: readonly string[];
  onToggle: (key: string) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.keys.map((key) => (
        <label key={key} className="filter">
          <input
            type="checkbox"
            checked={props.chosen.includes(key)}
            onChange={() => props.onToggle(key)}
            data-testid={`runs:column:${props.kind}:${key}`}
          />
          {key}
        </label>
      ))}
    </fieldset>
  );
}
