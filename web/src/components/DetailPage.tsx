import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import type { DetailStatus } from '../hooks/useDetailQuery';
import { Link } from '../router';
import { ErrorNotice } from './ErrorNotice';
import { PageHeader } from './PageHeader';

interface DetailPageProps {
  /** The list this item belongs to: the breadcrumb and the not-found message link back to it. */
  list: { path: string; label: string; seeAll: string };
  /** What the item is called in "Loading <kind>…" and "There is no such <kind>". */
  kind: string;
  /** The breadcrumb's last part: the item's name or key (never its id), once loaded. */
  crumb: ReactNode | undefined;
  title: ReactNode;
  /** Controls in the header, after the title. */
  actions?: ReactNode;
  /** The item's loading error (with Retry), loading and not-found states. */
  detail: DetailStatus;
  /** The errors of the header's actions (cancel, start...), under the loading error. */
  actionErrors?: ReadonlyArray<CombinedError | undefined>;
  /** Further notices under those. */
  notices?: ReactNode;
  /** Prefix of `<testid>:not-found`. */
  testid: string;
  /** The item itself, once loaded. */
  children: ReactNode;
}

/** The frame of a page about one item: breadcrumbs, header, and the loading, error and not-found states. */
export function DetailPage(props: DetailPageProps) {
  const { list, detail } = props;
  return (
    <section className="page">
      <p className="breadcrumbs">
        <Link to={list.path}>{list.label}</Link>
        {props.crumb && (
          <>
            {' / '}
            <span>{props.crumb}</span>
          </>
        )}
      </p>
      <PageHeader title={props.title}>{props.actions}</PageHeader>
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.retry} />}
      {props.actionErrors?.map((error, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: one fixed slot per action.
        error ? <ErrorNotice key={index} error={error} /> : null,
      )}
      {props.notices}
      {detail.loading && <p className="muted">Loading {props.kind}…</p>}
      {detail.notFound && (
        <p className="notice" data-testid={`${props.testid}:not-found`}>
          There is no such {props.kind}: it may have been deleted, or the link is wrong. <Link to={list.path}>{list.seeAll}</Link>
        </p>
      )}
      {props.children}
    </section>
  );
}
