const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A DateTime from the API in the reader's locale; the exact UTC value is in the tooltip. */
export function Time({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <time dateTime={value} title={value}>
      {format.format(new Date(value))}
    </time>
  );
}
