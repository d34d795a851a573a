import { formatValue, objectEntries } from '../format';

/** A JSON object (a run's config, metrics, a dataset's stats) as a two-column list. */
export function KeyValues({
  value,
  empty = '—',
  'data-testid': testId,
}: {
  value: unknown;
  empty?: string;
  'data-testid'?: string;
}) {
  const entries = objectEntries(value);
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <dl className="facts facts--compact" data-testid={testId}>
      {entries.map(([key, item]) => (
        <div key={key} className="facts__row" data-key={key}>
          <dt>{key}</dt>
          <dd>
            <code>{formatValue(item)}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
