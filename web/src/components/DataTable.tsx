import type { ReactNode } from 'react';
import { Time } from './Time';

export interface Column {
  label: string;
  /** What the header shows, when more than the label (e.g. `<code>`). */
  heading?: ReactNode;
  className?: string;
  /** The label is for screen readers only (e.g. a checkbox column). */
  labelHidden?: boolean;
}

/** A table's header row, one cell per column. */
export function TableHead({ columns }: { columns: ReadonlyArray<Column> }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          column.labelHidden ? (
            <th key={column.label} className={column.className} aria-label={column.label} />
          ) : (
            <th key={column.label} className={column.className}>
              {column.heading ?? column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** A row across every column that says why there are no rows (or that they are loading). */
export function EmptyRow({ columnCount, testid, children }: { columnCount: number; testid?: string; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columnCount} className="empty" data-testid={testid}>
        {children}
      </td>
    </tr>
  );
}

/** A small table inside a card: its header from `columns`, a row per item, and `empty` when there are none. */
export function CompactTable<TItem>({
  testid,
  columns,
  items,
  renderRow,
  empty,
}: {
  testid: string;
  columns: ReadonlyArray<Column>;
  items: readonly TItem[];
  /** The item's `<tr>`, with its key. */
  renderRow: (item: TItem) => ReactNode;
  empty?: ReactNode;
}) {
  return (
    <div className="table-wrap table-wrap--flat">
      <table className="table table--compact" data-testid={testid}>
        <TableHead columns={columns} />
        <tbody>
          {items.map(renderRow)}
          {items.length === 0 && empty && <EmptyRow columnCount={columns.length}>{empty}</EmptyRow>}
        </tbody>
      </table>
    </div>
  );
}

/** A cell with a date and time from the API. */
export function TimeCell({ value }: { value: string | null | undefined }) {
  return (
    <td className="nowrap">
      <Time value={value} />
    </td>
  );
}

/** The start of a content hash, the whole of it in the tooltip. */
export function Hash({ value, length = 12 }: { value: string; length?: number }) {
  return (
    <code className="hash" title={value}>
      {value.slice(0, length)}…
    </code>
  );
}
