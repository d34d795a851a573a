import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCan } from '../../auth/permissions';
import { DetailPage } from '../../components/DetailPage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field, fieldErrorsOf } from '../../components/form';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { formatBytes, formatValue, objectEntries } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { runPath, tuningJobPath } from '../../paths';
import { Link } from '../../router';

export const ArtifactDetailFragment = graphql(`
  fragment ArtifactDetail on ModelArtifact {
    id
    name
    description
    taskType
    createdAt
    updatedAt
    aliases {
      id
      name
      updatedAt
      version {
        id
        version
        label
      }
      history {
        createdAt
        fromVersion {
          id
          version
        }
        toVersion {
          id
          version
        }
      }
    }
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

const ArtifactQuery = graphql(`
  query ModelArtifact($id: ID!) {
    modelArtifact(id: $id) {
      id
      ...ArtifactDetail
    }
  }
`);

// The payload carries the whole artifact, so every version's aliases are right after a move.
const SetModelAliasMutation = graphql(`
  mutation SetModelAlias($input: SetModelAliasInput!) {
    setModelAlias(input: $input) {
      changed
      alias {
        id
        name
        artifact {
          id
          ...ArtifactDetail
        }
      }
    }
  }
`);

/** The usual alias names; any other valid name works too. */
const suggestedAliases = ['production', 'staging'];

/** A version's metrics in one line: `evalLoss 1.77 · trainLoss 1.82`. */
const metricsLine = (metrics: unknown) =>
  objectEntries(metrics)
    .map(([name, value]) => `${name} ${formatValue(value)}`)
    .join(' · ');

/** One model artifact: its versions with their provenance, and its aliases with a form to move them. */
export function ArtifactPage({ artifactId }: { artifactId: string }) {
  const [result, reexecute] = useQuery({ query: ArtifactQuery, variables: { id: artifactId } });
  const node = result.data?.modelArtifact ?? null;
  const artifact = node ? getFragmentData(ArtifactDetailFragment, node) : null;
  const can = useCan();

  return (
    <DetailPage
      list={{ path: '/registry', label: 'Registry', seeAll: 'See all models.' }}
      kind="model artifact"
      id={artifactId}
      crumb={artifact?.name ?? artifactId}
      title={artifact?.name ?? 'Model artifact'}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      loading={!artifact && result.fetching}
      notFound={!artifact && !!result.data}
      loadingText="Loading artifact…"
      testid="artifact"
    >
      {node && artifact && (
        <div className="stack">
          <div className="columns">
            <section className="card">
              <h3>Artifact</h3>
              <dl className="facts">
                <dt>Task</dt>
                <dd>{artifact.taskType ?? '—'}</dd>
                <dt>Versions</dt>
                <dd>{artifact.versions.totalCount}</dd>
                <dt>Created</dt>
                <dd>
                  <Time value={artifact.createdAt} />
                </dd>
                <dt>Updated</dt>
                <dd>
                  <Time value={artifact.updatedAt} />
                </dd>
              </dl>
              {artifact.description && <p className="prose">{artifact.description}</p>}
            </section>
            <section className="card" data-testid="artifact:aliases">
              <h3>Aliases</h3>
              {artifact.aliases.length === 0 && <p className="muted">None yet.</p>}
              <ul className="links">
                {artifact.aliases.map((alias) => (
                  <li key={alias.id} data-testid="artifact:alias" data-alias={alias.name}>
                    <span className="tag">{alias.name}</span> → v{alias.version.version}
                    {alias.version.label && <span className="muted"> {alias.version.label}</span>}{' '}
                    <span className="muted">
                      since <Time value={alias.updatedAt} />
                      {alias.history.length > 1 && ` · moved ${alias.history.length - 1}×`}
                    </span>
                  </li>
                ))}
              </ul>
              {can('setModelAlias') && <SetAliasForm artifact={node} />}
            </section>
          </div>

          <section className="card">
            <header className="card__header">
              <h2>Versions</h2>
              <span className="muted">
                {artifact.versions.edges.length} of {artifact.versions.totalCount}
              </span>
            </header>
            <div className="table-wrap table-wrap--flat">
              <table className="table table--compact" data-testid="artifact:versions">
                <thead>
                  <tr>
                    <th className="num">Version</th>
                    <th>Status</th>
                    <th>Aliases</th>
                    <th>Metrics</th>
                    <th>Source</th>
                    <th>sha256</th>
                    <th className="num">Size</th>
                    <th>Promoted</th>
                  </tr>
                </thead>
                <tbody>
                  {artifact.versions.edges.map(({ node: version }) => (
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
                        {version.sourceRun ? (
                          <Link to={runPath(version.sourceRun.id)}>{version.sourceRun.name ?? 'run'}</Link>
                        ) : (
                          <span className="muted">run deleted</span>
                        )}
                        {version.tuningJob && (
                          <div className="muted">
                            <Link to={tuningJobPath(version.tuningJob.id)}>{version.tuningJob.name}</Link>
                            {version.sourceTrial && ` trial #${version.sourceTrial.number}`}
                          </div>
                        )}
                      </td>
                      <td>
                        <code className="hash" title={version.sha256}>
                          {version.sha256.slice(0, 12)}…
                        </code>
                      </td>
                      <td className="num nowrap">{formatBytes(version.sizeBytes)}</td>
                      <td className="nowrap">
                        <Time value={version.createdAt} />
                      </td>
                    </tr>
                  ))}
                  {artifact.versions.edges.length === 0 && (
                    <tr>
                      <td colSpan={8} className="empty">
                        No versions yet.
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </DetailPage>
  );
}

/** Points an alias (new or existing) at a version of this artifact. */
function SetAliasForm(props: { artifact: FragmentType<typeof ArtifactDetailFragment> }) {
  const artifact = getFragmentData(ArtifactDetailFragment, props.artifact);
  const versions = artifact.versions.edges.map((edge) => edge.node);
  const [name, setName] = useState('production');
  const [versionId, setVersionId] = useState('');
  const [result, setAlias] = useMutation(SetModelAliasMutation);
  const errors = fieldErrorsOf(result.error);
  const chosen = versionId || versions[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAlias({ input: { artifactId: artifact.id, name: name.trim(), versionId: chosen } });
  };

  if (versions.length === 0) return null;
  return (
    <form className="inline-form" onSubmit={submit} data-testid="artifact:alias-form">
      <Field label="Alias" name="name" errors={errors}>
        <input
          list="alias-names"
          value={name}
          onChange={(event) => setName(event.target.value)}
          data-testid="artifact:alias-name"
        />
        <datalist id="alias-names">
          {suggestedAliases.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      </Field>
      <Field label="Version" name="versionId" errors={errors}>
        <select value={chosen} onChange={(event) => setVersionId(event.target.value)} data-testid="artifact:alias-version">
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              v{version.version}
              {version.label ? ` ${version.label}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="submit"
        className="button--primary"
        disabled={result.fetching || !name.trim()}
        data-testid="artifact:alias-submit"
      >
        {result.fetching ? 'Moving…' : 'Set alias'}
      </button>
      {result.error && <ErrorNotice error={result.error} />}
      {result.data && !result.error && (
        <p className="muted" data-testid="artifact:alias-result">
          {result.data.setModelAlias.changed ? `${result.data.setModelAlias.alias.name} moved.` : 'It already pointed there.'}
        </p>
      )}
    </form>
  );
}
