import type { ReactNode } from 'react';
import { runPath } from '../paths';
import { Link } from '../router';

/** A short list of linked items (one `<li>` each, with its key), or a line saying there are none. */
export function LinkList<TItem>({
  items,
  renderItem,
  empty,
  testid,
  emptyTestid,
}: {
  items: readonly TItem[];
  renderItem: (item: TItem) => ReactNode;
  empty: ReactNode;
  testid: string;
  emptyTestid?: string;
}) {
  if (items.length === 0) {
    return (
      <p className="muted" data-testid={emptyTestid}>
        {empty}
      </p>
    );
  }
  return (
    <ul className="links" data-testid={testid}>
      {items.map(renderItem)}
    </ul>
  );
}

/** A link to a run, by its name. */
export function RunLink({ run }: { run: { id: string; name: string | null } }) {
  return <Link to={runPath(run.id)}>{run.name ?? 'Unnamed run'}</Link>;
}
