// The operations server tests share, typed by graphql-codegen (server/test/generated, from
// schema/schema.graphql: `npm run codegen -w web`), and the flows built on them. A test writes
// a document here once and imports it; results and variables carry the generated types.
import { graphql } from '../generated/gql.ts';
import type { CreateRunInput, TypedDocumentString } from '../generated/graphql.ts';
import type { TestServer } from '../harness.ts';

export type { CreateRunInput } from '../generated/graphql.ts';

/** Runs a typed operation and returns its data; any GraphQL error fails the test. */
export function execute<Result, Variables>(
  server: TestServer,
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  headers?: Record<string, string>,
): Promise<Result> {
  return server.ok<Result>(document.toString(), variables as Record<string, unknown> | undefined, headers);
}

/**
 * Sends a typed operation and returns the whole response, errors included. Variables are not
 * checked against the document: tests of refused input send what no typed client would.
 */
export function request<Result, Variables>(
  server: TestServer,
  document: TypedDocumentString<Result, Variables>,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  return server.gql<Result>(document.toString(), variables, headers);
}

/** The database id inside a global id (`base64("Type:uuid")`). */
export const rawId = (globalId: string): string => {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw new Error(`"${globalId}" is not a global id`);
  return decoded.slice(colon + 1);
};

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
  mutation CancelRun($id: ID!) {
    cancelRun(input: { id: $id }) { run { id status error statusChanges { toStatus reason } } }
  }
`);

/** Queues a run and returns it as createRun answered. */
export async function startRun(server: TestServer, input: CreateRunInput) {
  return (await execute(server, CreateRunDocument, { input })).createRun.run;
}
