import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { LiveIndicator } from '../../components/LiveIndicator';
import { PageHeader } from '../../components/PageHeader';
import { Time } from '../../components/Time';
import { formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import type { LeaderboardFilter } from '../../graphql/generated/graphql';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { useSubscriptionStream } from '../../hooks/useSubscriptionStream';
import { datasetPath, runPath } from '../../paths';
import { Link, navigate, useLocation, withSearchParams } from '../../router';
import { formatShare, rankEntries } from './evaluationData';
import { VerdictBadge } from './VerdictBadge';

export const LEADERBOARD_PAGE_SIZE = 25;
/** A burst of finished evaluations (a sweep's trials) costs one re-read. */
const EVENT_COALESCE_MS = 300;

const LeaderboardQuery = graphql(`
  query Leaderboard($first: Int!, $after: String, $filter: LeaderboardFilter) {
    leaderboard(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          score
          primaryScore
          verdict
          createdAt
          finishedAt
          judge {
            name
            version
          }
          evalDataset {
            id
            name
            version
          }
          run {
            id
            name
            baseModel
            dataset {
              id
              name
              version
            }
          }
        }
      }
    }
  }
`);

const LeaderboardJudgesQuery = graphql(`
  query LeaderboardJudges {
    judges {
      name
    }
  }
`);

const LeaderboardUpdatedSubscription = graphql(`
  subscription LeaderboardUpdated($filter: LeaderboardFilter) {
    leaderboardUpdated(filter: $filter) {
      id
      score
    }
  }
`);

/** The board's filter from the address (`?judge=…&baseModel=…`); empty parts are left out. */
export function leaderboardFilterOf(search: URLSearchParams): LeaderboardFilter | null {
  const judge = search.get('judge')?.trim();
  const baseModel = search.get('baseModel')?.trim();
  const filter: LeaderboardFilter = { ...(judge ? { judge } : {}), ...(baseModel ? { baseModel } : {}) };
  return Object.keys(filter).length > 0 ? filter : null;
}

/**
 * Runs ranked by their latest evaluation, in the server's order (score, then newest evaluation).
 * Filters live in the address; a newly finished evaluation on this board reloads it.
 */
export function LeaderboardPage() {
  const location = useLocation();
  const filter = leaderboardFilterOf(location.searchParams);
  const board = useConnectionPages({
    query: LeaderboardQuery,
    variables: { first: LEADERBOARD_PAGE_SIZE, filter },
    select: (data) => data.leaderboard,
  });
  const [judges] = useQuery({ query: LeaderboardJudgesQuery });

  const refresh = useRef(board.refresh);
  refresh.current = board.refresh;
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const stream = useSubscriptionStream({
    query: LeaderboardUpdatedSubscription,
    variables: { filter },
    onData: () => {
      clearTimeout(pending.current);
      pending.current = setTimeout(() => refresh.current(), EVENT_COALESCE_MS);
    },
  });

  const ranks = new Map(rankEntries(board.nodes).map((entry) => [entry.id, entry.rank]));
  const setParam = (name: string, value: string) => navigate(withSearchParams(location, { [name]: value }), { replace: true });

  return (
    <section className="page" data-testid="leaderboard">
      <PageHeader title="Leaderboard">
        <LiveIndicator live={stream.live} finished={false} data-testid="leaderboard:live" />
      </PageHeader>
      <div className="runs-filters">
        <label className="filter">
          Judge
          <select
            value={location.searchParams.get('judge') ?? ''}
            onChange={(event) => setParam('judge', event.target.value)}
            data-testid="leaderboard:judge"
          >
            <option value="">Any judge</option>
            {(judges.data?.judges ?? []).map((judge) => (
              <option key={judge.name} value={judge.name}>
                {judge.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          Base model
          <input
            type="search"
            defaultValue={location.searchParams.get('baseModel') ?? ''}
            onChange={(event) => setParam('baseModel', event.target.value)}
            placeholder="contains…"
            data-testid="leaderboard:base-model"
          />
        </label>
      </div>
      <ConnectionTable
        connection={board}
        testid="leaderboard"
        columns={[
          { label: 'Rank', className: 'num' },
          { label: 'Run' },
          { label: 'Score', className: 'num' },
          { label: 'Primary', className: 'num' },
          { label: 'Verdict' },
          { label: 'Judge' },
          { label: 'Evaluated on' },
          { label: 'Base model' },
          { label: 'Finished' },
        ]}
        renderRow={(entry) => (
          <tr data-testid="leaderboard:row" data-run-id={entry.run.id} data-evaluation-id={entry.id}>
            <td className="num" data-testid="leaderboard:rank">
              {ranks.get(entry.id)}
            </td>
            <td>
              <Link to={runPath(entry.run.id)}>{entry.run.name}</Link>
              <span className="muted">
                {' '}
                on <Link to={datasetPath(entry.run.dataset.id)}>{entry.run.dataset.name}</Link> {entry.run.dataset.version}
              </span>
            </td>
            <td className="num" data-testid="leaderboard:score">
              {formatNumber(entry.score)}
            </td>
            <td className="num">{formatShare(entry.primaryScore)}</td>
            <td>
              <VerdictBadge verdict={entry.verdict} />
            </td>
            <td>
              {entry.judge.name} <span className="muted">{entry.judge.version}</span>
            </td>
            <td>
              {entry.evalDataset ? (
                <Link to={datasetPath(entry.evalDataset.id)}>
                  {entry.evalDataset.name} {entry.evalDataset.version}
                </Link>
              ) : (
                <span className="muted">held-out split</span>
              )}
            </td>
            <td>
              <code>{entry.run.baseModel}</code>
            </td>
            <td className="nowrap">
              <Time value={entry.finishedAt} />
            </td>
          </tr>
        )}
        empty={filter ? 'No evaluated run matches these filters.' : 'No run has been evaluated yet. Evaluate one from its page.'}
        loadingText="Loading the leaderboard…"
        noun="runs"
      />
    </section>
  );
}
