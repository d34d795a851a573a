import type { ReactNode } from 'react';
import { endpoint } from '../graphql/endpoint';
import { Link, useLocation } from '../router';

interface Section {
  id: string;
  label: string;
  path: string;
  /** Other pages that belong to this section (highlighted with it). */
  also?: string[];
}

// A Leaderboard joins this list when its page arrives.
export const sections: Section[] = [
  { id: 'traces', label: 'Traces', path: '/traces' },
  { id: 'datasets', label: 'Datasets', path: '/datasets' },
  { id: 'runs', label: 'Runs', path: '/runs', also: ['/compare'] },
  { id: 'tuning', label: 'Tuning', path: '/tuning' },
  { id: 'registry', label: 'Registry', path: '/registry' },
];

const isIn = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="brand">
          tunix-rt
        </Link>
        <nav className="nav" aria-label="Sections">
          {sections.map((section) => {
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
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}
