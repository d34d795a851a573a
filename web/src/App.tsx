import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { SignInPage } from './auth/SignInPage';
import { Layout } from './components/Layout';
import { matchPath, useLocation } from './router';
import { HomePage } from './routes/home/HomePage';

/**
 * A page whose code is fetched when it is first shown: the charts (uPlot on run pages, ECharts on
 * sweeps) and every other section stay out of the first load, which is Home or sign-in.
 */
function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Module[Name] {
  // lazy() wants a default export; the page keeps its props' type through Module[Name].
  return lazy(async () => ({ default: (await load())[name] as ComponentType<unknown> })) as Module[Name];
}

const TracesPage = lazyPage(() => import('./routes/traces/TracesPage'), 'TracesPage');
const TraceComparePage = lazyPage(() => import('./routes/evaluation/TraceComparePage'), 'TraceComparePage');
const DatasetsPage = lazyPage(() => import('./routes/datasets/DatasetsPage'), 'DatasetsPage');
const DatasetPage = lazyPage(() => import('./routes/datasets/DatasetPage'), 'DatasetPage');
const RunsPage = lazyPage(() => import('./routes/runs/RunsPage'), 'RunsPage');
const RunPage = lazyPage(() => import('./routes/runs/RunPage'), 'RunPage');
const ComparePage = lazyPage(() => import('./routes/runs/ComparePage'), 'ComparePage');
const TuningJobsPage = lazyPage(() => import('./routes/tuning/TuningJobsPage'), 'TuningJobsPage');
const TuningJobPage = lazyPage(() => import('./routes/tuning/TuningJobPage'), 'TuningJobPage');
const LeaderboardPage = lazyPage(() => import('./routes/evaluation/LeaderboardPage'), 'LeaderboardPage');
const BaselinesPage = lazyPage(() => import('./routes/evaluation/BaselinesPage'), 'BaselinesPage');
const RegistryPage = lazyPage(() => import('./routes/registry/RegistryPage'), 'RegistryPage');
const ArtifactPage = lazyPage(() => import('./routes/registry/ArtifactPage'), 'ArtifactPage');
const TokensPage = lazyPage(() => import('./routes/tokens/TokensPage'), 'TokensPage');

interface Route {
  path: string;
  render: (params: Record<string, string>) => ReactNode;
}

// One entry per page; new dashboard sections add theirs here and in Layout's `sections`.
const routes: Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/traces', render: () => <TracesPage /> },
  { path: '/traces/compare', render: () => <TraceComparePage /> },
  { path: '/datasets', render: () => <DatasetsPage /> },
  { path: '/datasets/:id', render: ({ id = '' }) => <DatasetPage key={id} datasetId={id} /> },
  { path: '/runs', render: () => <RunsPage /> },
  // key: a different run starts with fresh query and subscription state.
  { path: '/runs/:id', render: ({ id = '' }) => <RunPage key={id} runId={id} /> },
  { path: '/compare', render: () => <ComparePage /> },
  { path: '/tuning', render: () => <TuningJobsPage /> },
  { path: '/tuning/:id', render: ({ id = '' }) => <TuningJobPage key={id} jobId={id} /> },
  { path: '/leaderboard', render: () => <LeaderboardPage /> },
  { path: '/baselines', render: () => <BaselinesPage /> },
  { path: '/registry', render: () => <RegistryPage /> },
  { path: '/registry/:id', render: ({ id = '' }) => <ArtifactPage key={id} artifactId={id} /> },
  { path: '/tokens', render: () => <TokensPage /> },
  // When auth is optional; when it is required, every path shows the sign-in form until signed in.
  { path: '/sign-in', render: () => <SignInPage /> },
];

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
  return (
    <Layout>
      <Suspense
        fallback={
          <p className="muted" data-testid="page-loading">
            Loading…
          </p>
        }
      >
        {page}
      </Suspense>
    </Layout>
  );
}
