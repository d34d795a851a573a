import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Form, InputField, SubmitButton } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { artifactPath } from '../../paths';
import { Link } from '../../router';

const PromoteBestTrialMutation = graphql(`
  mutation PromoteBestTrial($input: PromoteBestTrialInput!) {
    promoteBestTrial(input: $input) {
      created
      version {
        id
        version
        label
        artifact {
          id
          name
        }
      }
    }
  }
`);

/** Artifact names allow letters, digits, ".", "_" and "-": the job's name with everything else as "-". */
export const artifactNameFor = (jobName: string) =>
  jobName
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 256) || 'model';

/** Makes the job's best trial the next version of a registry artifact (created when new). */
export function PromoteBestTrial({ jobId, jobName, hasBest }: { jobId: string; jobName: string; hasBest: boolean }) {
  const [artifactName, setArtifactName] = useState(() => artifactNameFor(jobName));
  const [result, promote] = useMutation(PromoteBestTrialMutation);
  const promoted = result.data?.promoteBestTrial;

  const submit = () => promote({ input: { tuningJobId: jobId, artifactName: artifactName.trim() } });

  return (
    <Form className="promote" onSubmit={submit} requestErrors={[result.error]} data-testid="tuning-job:promote-form">
      <h3>Registry</h3>
      <InputField
        label="Artifact"
        name="artifactName"
        value={artifactName}
        onValueChange={setArtifactName}
        data-testid="tuning-job:artifact-name"
      />
      <SubmitButton
        label="Promote best trial"
        busyLabel="Promoting…"
        busy={result.fetching}
        disabled={!hasBest || !artifactName.trim()}
        title={hasBest ? undefined : 'The job has no best trial yet'}
        data-testid="tuning-job:promote"
      />
      {result.error && <ErrorNotice error={result.error} />}
      {promoted && (
        <p className="notice notice--success" data-testid="tuning-job:promoted">
          {promoted.created ? 'Promoted as' : 'Already registered as'} version {promoted.version.version} of{' '}
          <Link to={artifactPath(promoted.version.artifact.id)}>{promoted.version.artifact.name}</Link>.
        </p>
      )}
    </Form>
  );
}
