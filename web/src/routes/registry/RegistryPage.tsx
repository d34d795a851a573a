import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadMore } from '../../components/LoadMore';
import { Time } from '../../components/Time';
import { useConnectionPages } from '../../components/useConnectionPages';
import { graphql } from '../../graphql/generated';
import { artifactPath } from '../../paths';
import { Link, navigate } from '../../router';

export const ARTIFACTS_PAGE_SIZE = 20;

const ModelArtifactsQuery = graphql(`
  query ModelArtifacts($first: Int!, $after: String) {
    modelArtifacts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          taskType
          description
          updatedAt
          latestVersion {
            id
            version
            label
          }
          aliases {
            id
            name
            version {
              id
              version
            }
          }
        }
      }
    }
  }
`);

/** Model artifacts, most recently promoted first, with their latest version and aliases. */
export function RegistryPage() {
  const artifacts = useConnectionPages({
    query: ModelArtifactsQuery,
    variables: { first: ARTIFACTS_PAGE_SIZE },
    select: (data) => data.modelArtifacts,
  });

  return (
    <section className="page">
      <header className="page__header">
        <h1>Model registry</h1>
      </header>
      {artifacts.error && <ErrorNotice error={artifacts.error} onRetry={artifacts.refresh} />}
      <div className="table-wrap">
        <table className="table" data-testid="registry:table" aria-busy={artifacts.fetching}>
          <thead>
            <tr>
              <th>Artifact</th>
              <th>Task</th>
              <th className="num">Latest version</th>
              <th>Aliases</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {artifacts.nodes.map((artifact) => (
              <tr
                key={artifact.id}
                className="row"
                onClick={() => navigate(artifactPath(artifact.id))}
                data-testid="registry:row"
                data-artifact-id={artifact.id}
              >
                <td>
                  <Link to={artifactPath(artifact.id)}>{artifact.name}</Link>
                  {artifact.description && <div className="muted">{artifact.description}</div>}
                </td>
                <td>{artifact.taskType ?? <span className="muted">—</span>}</td>
                <td className="num">
                  {artifact.latestVersion ? (
                    <>
                      v{artifact.latestVersion.version}
                      {artifact.latestVersion.label && <span className="muted"> {artifact.latestVersion.label}</span>}
                    </>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
                <td>
                  {artifact.aliases.map((alias) => (
                    <span key={alias.id} className="tag" data-testid="registry:alias">
                      {alias.name} → v{alias.version.version}
                    </span>
                  ))}
                </td>
                <td className="nowrap">
                  <Time value={artifact.updatedAt} />
                </td>
              </tr>
            ))}
            {!artifacts.loading && !artifacts.error && artifacts.nodes.length === 0 && (
              <tr>
                <td colSpan={5} className="empty" data-testid="registry:empty">
                  No models yet. Promote a tuning job's best trial from its page.
                </td>
              </tr>
            )}
            {artifacts.loading && (
              <tr>
                <td colSpan={5} className="empty">
                  Loading models…
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <LoadMore
          noun="artifacts"
          shown={artifacts.nodes.length}
          total={artifacts.totalCount}
          hasMore={artifacts.hasMore}
          fetching={artifacts.fetching}
          onLoadMore={artifacts.loadMore}
        />
      </div>
    </section>
  );
}
