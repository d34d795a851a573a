import { ClickableRow, ConnectionTable, RowLink } from '../../components/ConnectionTable';
import { TimeCell } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../graphql/generated';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { artifactPath } from '../../paths';

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
      <PageHeader title="Model registry" />
      <ConnectionTable
        connection={artifacts}
        testid="registry"
        columns={[
          { label: 'Artifact' },
          { label: 'Task' },
          { label: 'Latest version', className: 'num' },
          { label: 'Aliases' },
          { label: 'Updated' },
        ]}
        renderRow={(artifact) => (
          <ClickableRow to={artifactPath(artifact.id)} data-testid="registry:row" data-artifact-id={artifact.id}>
            <td>
              <RowLink>{artifact.name}</RowLink>
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
            <TimeCell value={artifact.updatedAt} />
          </ClickableRow>
        )}
        empty="No models yet. Promote a tuning job's best trial from its page."
        loadingText="Loading models…"
        noun="artifacts"
      />
    </section>
  );
}
