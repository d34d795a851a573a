import { DetailPage } from '../../components/DetailPage';
import { getFragmentData, graphql } from '../../graphql/generated';
import { useDetailQuery } from '../../hooks/useDetailQuery';
import { ArtifactAliases } from './ArtifactAliases';
import { ArtifactSummary } from './ArtifactSummary';
import { ArtifactVersions } from './ArtifactVersions';

/** Everything the page shows (also the payload of setModelAlias, so a move updates every part). */
export const ArtifactDetailFragment = graphql(`
  fragment ArtifactDetail on ModelArtifact {
    id
    name
    ...ArtifactSummary
    ...ArtifactAliases
    ...ArtifactVersions
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

/** One model artifact: its versions with their provenance, and its aliases with a form to move them. */
export function ArtifactPage({ artifactId }: { artifactId: string }) {
  const detail = useDetailQuery({
    query: ArtifactQuery,
    variables: { id: artifactId },
    fromQuery: (data) => data.modelArtifact,
  });
  const artifact = detail.item ? getFragmentData(ArtifactDetailFragment, detail.item) : null;

  return (
    <DetailPage
      list={{ path: '/registry', label: 'Registry', seeAll: 'See all models.' }}
      kind="model artifact"
      crumb={artifact?.name}
      title={artifact?.name ?? 'Model artifact'}
      detail={detail}
      testid="artifact"
    >
      {artifact && (
        <div className="stack">
          <div className="columns">
            <ArtifactSummary artifact={artifact} />
            <ArtifactAliases artifact={artifact} />
          </div>
          <ArtifactVersions artifact={artifact} />
        </div>
      )}
    </DetailPage>
  );
}
