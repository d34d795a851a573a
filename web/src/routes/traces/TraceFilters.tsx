import { type FormEvent, useState } from 'react';

export interface TraceFilterValues {
  /** Text in the prompt or final answer (the server's `search`). */
  search: string;
  /** Exact meta.source. */
  source: string;
}

/** Search and source filters; applied on submit so typing does not query on every key. */
export function TraceFilters({ values, onChange }: { values: TraceFilterValues; onChange: (values: TraceFilterValues) => void }) {
  const [search, setSearch] = useState(values.search);
  const [source, setSource] = useState(values.source);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ search: search.trim(), source: source.trim() });
  };
  return (
    <form className="filter" aria-label="Filter traces" onSubmit={submit}>
      <label htmlFor="trace-search">Search</label>
      <input
        id="trace-search"
        type="search"
        value={search}
        placeholder="text in prompt or answer"
        onChange={(event) => setSearch(event.target.value)}
        data-testid="traces:search"
      />
      <label htmlFor="trace-source">Source</label>
      <input
        id="trace-source"
        value={source}
        placeholder="any source"
        onChange={(event) => setSource(event.target.value)}
        data-testid="traces:source-filter"
      />
      <button type="submit" data-testid="traces:filter-submit">
        Filter
      </button>
      {(values.search || values.source) && (
        <button type="button" className="button--quiet" onClick={() => onChange({ search: '', source: '' })}>
          Clear
        </button>
      )}
    </form>
  );
}
