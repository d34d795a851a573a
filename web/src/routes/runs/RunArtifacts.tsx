import { Hash, TableHead } from '../../components/DataTable';
import { formatBytes } from '../../format';
import { apiUrl } from '../../graphql/endpoint';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';

export const RunArtifactsFragment = graphql(`
  fragment RunArtifacts on Run {
    artifacts {
      name
      sizeBytes
      sha256
      downloadUrl
    }
  }
`);

/** The files a run produced (weights, manifest…), each with a download link and its checksum. */
export function RunArtifacts(props: { run: FragmentType<typeof RunArtifactsFragment> }) {
  const { artifacts } = getFragmentData(RunArtifactsFragment, props.run);
  return (
    <section className="card" aria-label="Artifacts">
      <header className="card__header">
        <h2>Artifacts</h2>
      </header>
      {artifacts.length === 0 ? (
        <p className="muted" data-testid="run:artifacts">
          None yet: a run registers its files when it ends.
        </p>
      ) : (
        <table className="table table--compact" data-testid="run:artifacts">
          <TableHead columns={[{ label: 'File' }, { label: 'Size', className: 'num' }, { label: 'sha256' }]} />
          <tbody>
            {artifacts.map((artifact) => (
              <tr key={artifact.name} data-testid="run:artifact">
                <td>
                  {/* A plain link: the file comes from the API, not from this app's router. */}
                  <a href={apiUrl(artifact.downloadUrl)} download={artifact.name.split('/').at(-1)}>
                    {artifact.name}
                  </a>
                </td>
                <td className="num nowrap">{formatBytes(artifact.sizeBytes)}</td>
                <td>
                  <Hash value={artifact.sha256} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
