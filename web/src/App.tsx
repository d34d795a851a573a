import { type ReactNode, useEffect } from 'react';
import { Layout } from './components/Layout';
import { matchPath, navigate, useLocation } from './router';
import { RunPage } from './routes/runs/RunPage';
import { RunsPage } from './routes/runs/RunsPage';
import { TracesPage } from './routes/traces/TracesPage';

interface Route {
  path: string;
  render: (params: Record<string, string>) => ReactNode;
}

// One entry per page; new dashboard sections add theirs here and in Layout's `sections`.
const routes: Route[] = [
  { path: '/', render: () => <Redirect to="/traces" /> },
  { path: '/traces', render: () => <TracesPage /> },
  { path: '/runs', render: () => <RunsPage /> },
  // key: a different run starts with fresh query and subscription state.
  { path: '/runs/:id', render: ({ id = '' }) => <RunPage key={id} runId={id} /> },
];

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFoundPage({ pathname }: { pathname: string }) {
  return (
    <section className="page" data-testid="not-found">
      <h1>Not found</h1>
      <p>
        Nothing lives at <code>{pathname}</code>. Pick a section above.
      </p>
    </section>
  );
}

export function App() {
  const { pathname } = useLocation();
  let page: ReactNode = <NotFoundPage pathname={pathname} />;
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) {
      page = route.render(params);
      break;
    }
  }
  return <Layout>{page}</Layout>;
}
