import { formatCount } from '../format';
import type { ConnectionPages } from '../hooks/useConnectionPages';

interface LoadMoreProps {
  connection: ConnectionPages<unknown>;
  /** What is being counted, plural: "traces", "runs". */
  noun: string;
}

/** The footer under a paged table: how many are shown, and a button for the next page. */
export function LoadMore({ connection, noun }: LoadMoreProps) {
  const { totalCount: total, hasMore, fetching, loadMore } = connection;
  const shown = connection.nodes.length;
  return (
    <div className="load-more">
      <span className="muted" data-testid="paging:count">
        {total === null ? `${formatCount(shown)} ${noun}` : `${formatCount(shown)} of ${formatCount(total)} ${noun}`}
      </span>
      {hasMore && (
        <button type="button" onClick={loadMore} disabled={fetching} data-testid="paging:load-more">
          {fetching ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
