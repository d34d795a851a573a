import { ConnectionCard, Hash, TimeCell } from '../../components/DataTable';
import { RunLink } from '../../components/LinkList';
import { StatusBadge } from '../../components/StatusBadge';
import { formatBytes, formatValue, objectEntries } from '../../format';
import { apiUrl } from '../../graphql/endpoint';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { tuningJobPath } from '../../paths';
import { Link } from '../../router';

export const ArtifactVersionsFragment = graphql(`
  fragment ArtifactVersions on ModelArtifact {
    id
    versions(first: 50) {
      totalCount
      edges {
        node {
          id
          version
          label
          status
          description
          metrics
          sha256
          sizeBytes
          downloadUrl
          createdAt
          aliases {
            id
            name
          }
          sourceRun {
            id
            name
          }
          sourceTrial {
            id
            number
          }
          tuningJob {
            id
            name
          }
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

/** A version's metrics in one line: `evalLoss 1.77 · trainLoss 1.82`. */
const metricsLine = (metrics: unknown) =>
  objectEntries(metrics)
    .map(([name, value]) => `${name} ${formatValue(value)}`)
    .join(' · ');

/** The artifact's versions, newest first, with their aliases, metrics and provenance. */
export function ArtifactVersions(props: { artifact: FragmentType<typeof ArtifactVersionsFragment> }) {
  const artifact = getFragmentData(ArtifactVersionsFragment, props.artifact);
  return (
    <ConnectionCard
      title="Versions"
      connection={artifact.versions}
      testid="artifact:versions"
      columns={[
        { label: 'Version', className: 'num' },
        { label: 'Status' },
        { label: 'Aliases' },
        { label: 'Metrics' },
        { label: 'Source' },
        { label: 'sha256' },
        { label: 'Weights', className: 'num' },
        { label: 'Promoted' },
      ]}
      empty="No versions yet."
      renderRow={({ node: version }) => (
        <tr key={version.id} data-testid="artifact:version" data-version={version.version}>
          <td className="num">
            v{version.version}
            {version.label && <div className="muted">{version.label}</div>}
          </td>
          <td>
            <StatusBadge status={version.status} />
          </td>
          <td>
            {version.aliases.map((alias) => (
              <span key={alias.id} className="tag">
                {alias.name}
              </span>
            ))}
          </td>
          <td>
            <code className="wrap">{metricsLine(version.metrics) || '—'}</code>
          </td>
          <td>
            {version.sourceRun ? <RunLink run={version.sourceRun} /> : <span className="muted">run deleted</span>}
            {version.tuningJob && (
              <div className="muted">
                <Link to={tuningJobPath(version.tuningJob.id)}>{version.tuningJob.name}</Link>
                {version.sourceTrial && ` trial #${version.sourceTrial.number}`}
              </div>
            )}
          </td>
          <td>
            <Hash value={version.sha256} />
          </td>
          <td className="num nowrap">
            <a
              href={apiUrl(version.downloadUrl)}
              download
              aria-label={`Download the weights of v${version.version} (${formatBytes(version.sizeBytes)})`}
              data-testid="artifact:version-download"
            >
              {formatBytes(version.sizeBytes)} ⤓
            </a>
          </td>
          <TimeCell value={version.createdAt} />
        </tr>
      )}
    />
  );
}
