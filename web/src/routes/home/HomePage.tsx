import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LinkList, RunLink } from '../../components/LinkList';
import { LiveIndicator } from '../../components/LiveIndicator';
import { SampleDataOffer } from '../../components/SampleDataOffer';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { countOf, formatCount } from '../../format';
import { graphql } from '../../graphql/generated';
import type { DependencyStatus } from '../../graphql/generated/graphql';
import { useSubscriptionStream } from '../../hooks/useSubscriptionStream';
import { artifactPath, runPath } from '../../paths';
import { Link } from '../../router';
import { RecentEvaluations } from '../evaluation/RecentEvaluations';

const HomeQuery = graphql(`
  query Home {
    health {
      database
      redis
      workerInThisProcess
      queuedRuns
      runsInProgress
      workers {
        name
        runsHeld
        leaseExpiresAt
      }
      ...RecentEvaluations
      recentPromotions(first: 5) {
        id
        version
        label
        createdAt
        artifact {
          id
          name
        }
        sourceRun {
          id
          name
        }
      }
    }
    allTraces: traces(first: 1) {
      totalCount
    }
    runs(first: 10, filter: { status: [RUNNING, CANCELLING, PENDING] }) {
      totalCount
      edges {
        node {
          id
          name
          status
          createdAt
          startedAt
          dataset {
            id
            name
            version
          }
        }
      }
    }
  }
`);

const RunsChangedSubscription = graphql(`
  subscription HomeRunsChanged {
    runsChanged {
      id
      status
    }
  }
`);

/** How often the dependencies are probed again while the page is open (runs come live). */
export const HEALTH_REFRESH_MS = 15_000;
/** Bursts of run events (a sweep starting ten trials) cost one re-read. */
const EVENT_COALESCE_MS = 500;

const dependencyText: Record<DependencyStatus, { label: string; tone: 'success' | 'danger' | 'neutral' }> = {
  OK: { label: 'up', tone: 'success' },
  DOWN: { label: 'down', tone: 'danger' },
  DISABLED: { label: 'not configured', tone: 'neutral' },
};

function Dependency({ name, status, hint }: { name: string; status: DependencyStatus; hint: string }) {
  const { label, tone } = dependencyText[status];
  return (
    <div className="stat" data-testid={`home:${name.toLowerCase()}`} data-status={status}>
      <span className="stat__label">{name}</span>
      <span className={`badge badge--${tone}`}>{label}</span>
      <small className="muted">{hint}</small>
    </div>
  );
}

/** The home page: is the server healthy, what is running, what was promoted lately. Live by runsChanged. */
export function HomePage() {
  const [result, reexecute] = useQuery({ query: HomeQuery, requestPolicy: 'cache-and-network' });
  const refresh = useRef(() => {});
  refresh.current = () => reexecute({ requestPolicy: 'network-only' });

  // Any run created or changing status may change the counts and the list: read them again.
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stream = useSubscriptionStream({
    query: RunsChangedSubscription,
    variables: {},
    onData: () => {
      clearTimeout(pending.current);
      pending.current = setTimeout(() => refresh.current(), EVENT_COALESCE_MS);
    },
  });
  useEffect(() => {
    const timer = setInterval(() => refresh.current(), HEALTH_REFRESH_MS);
    return () => {
      clearInterval(timer);
      clearTimeout(pending.current);
    };
  }, []);

  const health = result.data?.health;
  const runs = result.data?.runs;

  return (
    <section className="page" data-testid="home">
      <header className="page__header">
        <h1>Overview</h1>
        <LiveIndicator live={stream.live} finished={false} data-testid="home:live" />
      </header>
      {result.error && <ErrorNotice error={result.error} onRetry={refresh.current} />}
      {!health && result.fetching && <p className="muted">Loading the server’s health…</p>}
      {health && (
        <div className="stack">
          {result.data?.allTraces.totalCount === 0 && (
            <section className="card" aria-label="Sample data">
              <SampleDataOffer />
            </section>
          )}
          <section className="card" aria-labelledby="home-health">
            <h2 id="home-health">Server</h2>
            <div className="stats">
              <Dependency name="Database" status={health.database} hint="PostgreSQL or the embedded PGlite" />
              <Dependency
                name="Redis"
                status={health.redis}
                hint={health.redis === 'DISABLED' ? 'events stay in this process (REDIS_URL unset)' : 'events between processes'}
              />
              <div className="stat" data-testid="home:queued">
                <span className="stat__label">Queued runs</span>
                <strong className="stat__value">{formatCount(health.queuedRuns)}</strong>
                <small className="muted">waiting for a worker</small>
              </div>
              <div className="stat" data-testid="home:in-progress">
                <span className="stat__label">Runs in progress</span>
                <strong className="stat__value">{formatCount(health.runsInProgress)}</strong>
                <small className="muted">running or stopping</small>
              </div>
            </div>
            <h3>Workers</h3>
            <LinkList
              items={health.workers}
              testid="home:workers"
              emptyTestid="home:no-workers"
              empty={
                <>
                  No worker holds a run right now.{' '}
                  {health.workerInThisProcess ? 'This server runs one, idle.' : 'This server runs none (WORKER_ENABLED=false).'}
                </>
              }
              renderItem={(worker) => (
                <li key={worker.name} data-testid="home:worker">
                  <code>{worker.name}</code> holds {countOf(worker.runsHeld, 'run')}{' '}
                  <span className="muted">
                    (lease until <Time value={worker.leaseExpiresAt} />)
                  </span>
                </li>
              )}
            />
          </section>

          <section className="card" aria-labelledby="home-runs">
            <header className="card__header">
              <h2 id="home-runs">Running and queued</h2>
              <Link to="/runs">All runs</Link>
            </header>
            <LinkList
              items={runs?.edges ?? []}
              testid="home:runs"
              emptyTestid="home:runs-empty"
              empty="Nothing is running. Start a run from a dataset’s page."
              renderItem={({ node: run }) => (
                <li key={run.id} data-testid="home:run">
                  <StatusBadge status={run.status} /> <RunLink run={run} />{' '}
                  <span className="muted">
                    on {run.dataset.name} {run.dataset.version} · <Time value={run.startedAt ?? run.createdAt} />
                  </span>
                </li>
              )}
            />
            {runs && runs.totalCount > runs.edges.length && (
              <p className="muted">and {countOf(runs.totalCount - runs.edges.length, 'more run')}</p>
            )}
          </section>

          <RecentEvaluations health={health} onFinished={() => refresh.current()} />

          <section className="card" aria-labelledby="home-promotions">
            <header className="card__header">
              <h2 id="home-promotions">Recent promotions</h2>
              <Link to="/registry">Registry</Link>
            </header>
            <LinkList
              items={health.recentPromotions}
              testid="home:promotions"
              emptyTestid="home:promotions-empty"
              empty="No model promoted yet."
              renderItem={(version) => (
                <li key={version.id} data-testid="home:promotion">
                  <Link to={artifactPath(version.artifact.id)}>
                    {version.artifact.name} v{version.version}
                  </Link>
                  {version.label && <span className="muted"> {version.label}</span>}
                  {version.sourceRun && (
                    <>
                      {' '}
                      from <Link to={runPath(version.sourceRun.id)}>{version.sourceRun.name ?? 'an unnamed run'}</Link>
                    </>
                  )}{' '}
                  <span className="muted">
                    <Time value={version.createdAt} />
                  </span>
                </li>
              )}
            />
          </section>
        </div>
      )}
    </section>
  );
}
