import { formatCount } from '../format';

interface LoadMoreProps {
  shown: number;
  total: number | null;
  hasMore: boolean;
  fetching: boolean;
  onLoadMore: () => void;
  /** What is being counted, plural: "traces", "runs". */
  noun: string;
}

/** The footer under a paged table: how many are shown, and a button for the next page. */
export function LoadMore({ shown, total, hasMore, fetching, onLoadMore, noun }: LoadMoreProps) {
  return (
    <div className="load-more">
      <span className="muted" data-testid="paging:count">
        {total === null ? `${formatCount(shown)} ${noun}` : `${formatCount(shown)} of ${formatCount(total)} ${noun}`}
      </span>
      {hasMore && (
        <button type="button" onClick={onLoadMore} disabled={fetching} data-testid="paging:load-more">
          {fetching ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
