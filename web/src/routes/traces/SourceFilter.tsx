import { type FormEvent, useState } from 'react';

/** Filters traces by exact meta.source; applies on submit so typing does not query on every key. */
export function SourceFilter({ source, onChange }: { source: string; onChange: (source: string) => void }) {
  const [draft, setDraft] = useState(source);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft.trim());
  };
  return (
    <form className="filter" onSubmit={submit}>
      <label htmlFor="trace-source">Source</label>
      <input
        id="trace-source"
        name="source"
        value={draft}
        placeholder="any source"
        onChange={(event) => setDraft(event.target.value)}
        data-testid="traces:source-filter"
      />
      <button type="submit">Filter</button>
      {source && (
        <button type="button" className="button--quiet" onClick={() => onChange('')}>
          Clear
        </button>
      )}
    </form>
  );
}
