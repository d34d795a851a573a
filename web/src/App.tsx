import type { ReactNode } from 'react';
import { SignInPage } from './auth/SignInPage';
import { Layout } from './components/Layout';
import { matchPath, useLocation } from './router';
import { DatasetPage } from './routes/datasets/DatasetPage';
import { DatasetsPage } from './routes/datasets/DatasetsPage';
import { BaselinesPage } from './routes/evaluation/BaselinesPage';
import { LeaderboardPage } from './routes/evaluation/LeaderboardPage';
import { TraceComparePage } from './routes/evaluation/TraceComparePage';
import { HomePage } from './routes/home/HomePage';
import { ArtifactPage } from './routes/registry/ArtifactPage';
import { RegistryPage } from './routes/registry/RegistryPage';
import { ComparePage } from './routes/runs/ComparePage';
import { RunPage } from './routes/runs/RunPage';
import { RunsPage } from './routes/runs/RunsPage';
import { TokensPage } from './routes/tokens/TokensPage';
import { TracesPage } from './routes/traces/TracesPage';
import { TuningJobPage } from './routes/tuning/TuningJobPage';
import { TuningJobsPage } from './routes/tuning/TuningJobsPage';

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
  return <Layout>{page}</Layout>;
}
