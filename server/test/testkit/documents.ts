// The operations tests, e2e specs and bench scripts share, written once and typed by graphql-codegen
// (server/test/generated, from schema/schema.graphql: `npm run codegen -w web`). Only documents
// here: e2e and bench import this file without the server test harness.
import { graphql } from '../generated/gql.ts';

export const CreateRunDocument = graphql(`
  mutation CreateRun($input: CreateRunInput!) {
    createRun(input: $input) {
      run {
        id
        status
        executor
        baseModel
        config
        dataset { key }
        statusChanges { fromStatus toStatus reason }
      }
    }
  }
`);

export const CancelRunDocument = graphql(`
  mutation CancelRun($id: ID!, $reason: String) {
    cancelRun(input: { id: $id, reason: $reason }) { run { id status error statusChanges { toStatus reason } } }
  }
`);

export const CreateTracesDocument = graphql(`
  mutation CreateTraces($input: CreateTracesInput!) {
    createTraces(input: $input) { createdCount traces { id } }
  }
`);

export const BuildDatasetDocument = graphql(`
  mutation BuildDataset($input: BuildDatasetInput!) {
    buildDataset(input: $input) { dataset { id key traceCount } }
  }
`);

export const CreateTuningJobDocument = graphql(`
  mutation CreateTuningJob($input: CreateTuningJobInput!) {
    createTuningJob(input: $input) { tuningJob { id status } }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { secret token { id role prefix } }
  }
`);
