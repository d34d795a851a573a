import type { ReactNode } from 'react';
import { type Action, useCan } from '../auth/permissions';
import { SessionStatus } from '../auth/SessionStatus';
import { useSession } from '../auth/session';
import { endpoint } from '../graphql/endpoint';
import { Link, useLocation } from '../router';

interface Section {
  id: string;
  label: string;
  path: string;
  /** Other pages that belong to this section (highlighted with it). */
  also?: string[];
  /** Shown only to a viewer who may do this. */
  requires?: Action;
}

export const sections: Section[] = [
  { id: 'home', label: 'Home', path: '/' },
  { id: 'traces', label: 'Traces', path: '/traces' },
  { id: 'datasets', label: 'Datasets', path: '/datasets' },
  { id: 'runs', label: 'Runs', path: '/runs', also: ['/compare'] },
  { id: 'tuning', label: 'Tuning', path: '/tuning' },
  { id: 'leaderboard', label: 'Leaderboard', path: '/leaderboard', also: ['/baselines'] },
  { id: 'registry', label: 'Registry', path: '/registry' },
  { id: 'tokens', label: 'Tokens', path: '/tokens', requires: 'manageTokens' },
];

const isIn = (pathname: string, path: string) => pathname === path || (path !== '/' && pathname.startsWith(`${path}/`));

/** The frame of every screen: a header with the brand (then `header`), and the main column. */
export function AppFrame({ header, children }: { header?: ReactNode; children: ReactNode }) {
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="brand">
          tunix-rt
        </Link>
        {header}
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}

/** The frame of the pages: the sections, GraphiQL and who is signed in. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { notice, dismissNotice } = useSession();
  const can = useCan();
  const header = (
    <>
      <nav className="nav" aria-label="Sections">
        {sections
          .filter((section) => !section.requires || can(section.requires))
          .map((section) => {
            const active = [section.path, ...(section.also ?? [])].some((path) => isIn(pathname, path));
            return (
              <Link
                key={section.id}
                to={section.path}
                className={active ? 'nav__link nav__link--active' : 'nav__link'}
                aria-current={active ? 'page' : undefined}
                data-testid={`nav:${section.id}`}
              >
                {section.label}
              </Link>
            );
          })}
      </nav>
      {/* A full page load: GraphiQL is served by the API, not by this app. */}
      <a className="nav__link nav__link--external" href={endpoint.httpUrl} data-testid="nav:graphiql">
        GraphiQL
      </a>
      <SessionStatus />
    </>
  );
  return (
    <AppFrame header={header}>
      {/* E.g. a stored token refused while auth is off: the dashboard goes on without it, and says so. */}
      {notice && pathname !== '/sign-in' && (
        <div className={`notice notice--${notice.tone} session-notice`} role="status" data-testid="session:notice">
          {notice.message}{' '}
          <button type="button" className="button--quiet" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      {children}
    </AppFrame>
  );
}
