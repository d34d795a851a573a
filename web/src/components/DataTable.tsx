import type { ReactNode } from 'react';
import { formatCount } from '../format';
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

interface CompactTableProps<TItem> {
  testid: string;
  columns: ReadonlyArray<Column>;
  items: readonly TItem[];
  /** The item's `<tr>`, with its key. */
  renderRow: (item: TItem) => ReactNode;
  empty?: ReactNode;
}

/** A small table inside a card: its header from `columns`, a row per item, and `empty` when there are none. */
export function CompactTable<TItem>({ testid, columns, items, renderRow, empty }: CompactTableProps<TItem>) {
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

/**
 * A titled card with the first page of a connection in a CompactTable, its header saying how many
 * of them it shows ("20 of 1,204"; `countTestid` names that count).
 */
export function ConnectionCard<TEdge>({
  title,
  connection,
  countTestid,
  ...table
}: Omit<CompactTableProps<TEdge>, 'items'> & {
  title: string;
  connection: { edges: readonly TEdge[]; totalCount: number };
  countTestid?: string;
}) {
  return (
    <section className="card">
      <header className="card__header">
        <h2>{title}</h2>
        <span className="muted" data-testid={countTestid}>
          {formatCount(connection.edges.length)} of {formatCount(connection.totalCount)}
        </span>
      </header>
      <CompactTable items={connection.edges} {...table} />
    </section>
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
