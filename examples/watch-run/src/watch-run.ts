// watch-run: follows one tunix-rt run live over graphql-ws and exits with its outcome.
//   node dist/watch-run.js <run id> [--url http://127.0.0.1:4000/graphql] [--token trt_…]
// Prints each status change and the run's log as it is written; exit code 0 when the run
// SUCCEEDED, 1 when it ended otherwise, 2 on a usage or connection error.
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from './gql/gql.js';
import type { TypedDocumentString } from './gql/graphql.js';

const RunUpdates = graphql(`
  subscription RunUpdates($id: ID!) {
    runUpdated(id: $id) {
      status
      error
      summaryMetrics
    }
  }
`);

const RunLog = graphql(`
  subscription RunLog($runId: ID!, $afterSeq: Int) {
    runLogAppended(runId: $runId, afterSeq: $afterSeq) {
      seq
      stream
      text
    }
  }
`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: process.env.TUNIX_RT_URL ?? 'http://127.0.0.1:4000/graphql' },
    token: { type: 'string', default: process.env.TUNIX_RT_TOKEN },
  },
});
const runId = positionals[0];
if (!runId) {
  console.error('usage: watch-run <run id> [--url http://127.0.0.1:4000/graphql] [--token trt_…]');
  process.exit(2);
}

const client = createClient({
  url: values.url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: values.token ? { authorization: `Bearer ${values.token}` } : {},
  retryAttempts: 5,
});

/** The results of a subscription, typed by its generated document. */
const follow = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  client.iterate<Result>({ query: document.toString(), variables: variables as Record<string, unknown> });

// graphql-ws serialises the variables at every (re)subscribe: after a dropped connection the log
// goes on after the last line printed, with no gap and no repeat.
let lastSeq = 0;
const log = follow(RunLog, {
  runId,
  get afterSeq() {
    return lastSeq;
  },
});
const following = (async () => {
  for await (const result of log) {
    for (const chunk of result.data?.runLogAppended ?? []) {
      lastSeq = chunk.seq;
      (chunk.stream === 'STDERR' ? process.stderr : process.stdout).write(chunk.text);
    }
  }
})();

let outcome: string | undefined;
try {
  for await (const result of follow(RunUpdates, { id: runId })) {
    if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('; '));
    const run = result.data?.runUpdated;
    if (!run) continue;
    if (run.status !== outcome) console.log(`[watch-run] ${run.status}${run.error ? `: ${run.error}` : ''}`);
    outcome = run.status;
  }
  // The log ends by itself once the run has ended and every line was sent.
  await following;
} catch (error) {
  console.error(`[watch-run] ${(error as Error).message}`);
  await client.dispose();
  process.exit(2);
}
await client.dispose();
console.log(`[watch-run] finished: ${outcome}`);
process.exit(outcome === 'SUCCEEDED' ? 0 : 1);
