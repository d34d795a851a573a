import { Facts } from '../../components/Facts';
import { Time } from '../../components/Time';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';

// The versions' arguments match the versions table's, so both read one cached list.
export const ArtifactSummaryFragment = graphql(`
  fragment ArtifactSummary on ModelArtifact {
    id
    description
    taskType
    createdAt
    updatedAt
    versions(first: 50) {
      totalCount
    }
  }
`);

/** What the artifact is for, how many versions it has, and when it last changed. */
export function ArtifactSummary(props: { artifact: FragmentType<typeof ArtifactSummaryFragment> }) {
  const artifact = getFragmentData(ArtifactSummaryFragment, props.artifact);
  return (
    <section className="card">
      <h3>Artifact</h3>
      <Facts
        facts={[
          { label: 'Task', value: artifact.taskType ?? '—' },
          { label: 'Versions', value: artifact.versions.totalCount },
          { label: 'Created', value: <Time value={artifact.createdAt} /> },
          { label: 'Updated', value: <Time value={artifact.updatedAt} /> },
        ]}
      />
      {artifact.description && <p className="prose">{artifact.description}</p>}
    </section>
  );
}
