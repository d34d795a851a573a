// Operations of the runs table: the sorted, filtered list and the edits people make to a run.
import { graphql } from '../generated/gql.ts';

export const RunsTableDocument = graphql(`
  query RunsTable($first: Int, $after: String, $last: Int, $before: String, $filter: RunFilter, $orderBy: RunOrder) {
    runs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id name number tags summaryMetrics config dataset { key } statusChanges { toStatus } } }
    }
  }
`);

export const UpdateRunDocument = graphql(`
  mutation UpdateRun($input: UpdateRunInput!) {
    updateRun(input: $input) { run { id name number tags notes } }
  }
`);

export const RunValueKeysDocument = graphql(`
  query RunValueKeys { runValueKeys { metrics params } }
`);
