import type { ReactNode } from 'react';
import { endpoint } from '../graphql/endpoint';
import { Link, useLocation } from '../router';

interface Section {
  id: string;
  label: string;
  path: string;
}

// Datasets, Tuning, Leaderboard and Registry join this list as their pages arrive.
export const sections: Section[] = [
  { id: 'traces', label: 'Traces', path: '/traces' },
  { id: 'runs', label: 'Runs', path: '/runs' },
];

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
            const active = pathname === section.path || pathname.startsWith(`${section.path}/`);
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
