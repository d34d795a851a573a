import { createContext, Fragment, type ReactNode, useContext } from 'react';
import type { ConnectionPages } from '../hooks/useConnectionPages';
import { Link, navigate } from '../router';
import { type Column, EmptyRow, TableHead } from './DataTable';
import { ErrorNotice } from './ErrorNotice';
import { LoadMore } from './LoadMore';

interface ConnectionTableProps<TNode extends { id: string }> {
  connection: ConnectionPages<TNode>;
  /** Prefix of the test ids: `<testid>:table` and `<testid>:empty`. */
  testid: string;
  columns: ReadonlyArray<Column>;
  renderRow: (node: TNode) => ReactNode;
  /** Shown when the list is loaded and has nothing. */
  empty: ReactNode;
  loadingText: string;
  /** What the footer counts, plural. */
  noun: string;
}

/** A paged list as a table: its loading error, its rows, an empty or loading row, and the load-more footer. */
export function ConnectionTable<TNode extends { id: string }>({
  connection,
  testid,
  columns,
  renderRow,
  empty,
  loadingText,
  noun,
}: ConnectionTableProps<TNode>) {
  return (
    // Focusable, so a keyboard can scroll a table wider than a phone's screen (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" aria-label={noun} tabIndex={0}>
      {connection.error && <ErrorNotice error={connection.error} onRetry={connection.refresh} />}
      <table className="table" data-testid={`${testid}:table`} aria-busy={connection.fetching}>
        <TableHead columns={columns} />
        <tbody>
          {connection.nodes.map((node) => (
            <Fragment key={node.id}>{renderRow(node)}</Fragment>
          ))}
          <ConnectionStatusRows
            connection={connection}
            columnCount={columns.length}
            emptyTestid={`${testid}:empty`}
            empty={empty}
            loadingText={loadingText}
          />
        </tbody>
      </table>
      <LoadMore connection={connection} noun={noun} />
    </section>
  );
}

/** The rows that stand in for a connection's nodes: why there are none, or that the first page is loading. */
export function ConnectionStatusRows({
  connection,
  columnCount,
  emptyTestid,
  empty,
  loadingText,
}: {
  connection: ConnectionPages<unknown>;
  columnCount: number;
  emptyTestid: string;
  empty: ReactNode;
  loadingText: string;
}) {
  if (connection.loading) return <EmptyRow columnCount={columnCount}>{loadingText}</EmptyRow>;
  if (connection.error || connection.nodes.length > 0) return null;
  return (
    <EmptyRow columnCount={columnCount} testid={emptyTestid}>
      {empty}
    </EmptyRow>
  );
}

type DataAttributes = { [name: `data-${string}`]: string | undefined };

/** Where the enclosing `ClickableRow` leads. */
const RowTarget = createContext('');

/** A table row that opens `to` when clicked anywhere; one of its cells holds a `RowLink`, for keyboards. */
export function ClickableRow({
  to,
  selected = false,
  children,
  ...dataAttributes
}: { to: string; selected?: boolean; children: ReactNode } & DataAttributes) {
  return (
    <tr className={selected ? 'row row--selected' : 'row'} onClick={() => navigate(to)} {...dataAttributes}>
      <RowTarget.Provider value={to}>{children}</RowTarget.Provider>
    </tr>
  );
}

/** The real link to where the row leads, so the row is reachable by keyboard too. */
export function RowLink({ children }: { children: ReactNode }) {
  return <Link to={useContext(RowTarget)}>{children}</Link>;
}
