// Example operations that open as tabs in GraphiQL on first visit.
const tab = (query: string, variables?: object) => ({
  query: query.trim(),
  variables: variables ? JSON.stringify(variables, null, 2) : null,
});

export const graphiqlTabs = [
  tab(
    `
# Welcome to tunix-rt. Each tab is an example; run it with the ▶ button.
# 1. Create a reasoning trace.
mutation CreateTrace($input: CreateTraceInput!) {
  createTrace(input: $input) {
    trace { id createdAt prompt stepCount steps { i type content } finalAnswer }
  }
}`,
    {
      input: {
        prompt: 'Convert 68°F to Celsius',
        steps: [
          { i: 0, type: 'parse', content: 'Temperature is 68°F' },
          { i: 1, type: 'formula', content: 'C = (F - 32) × 5/9' },
          { i: 2, type: 'compute', content: '(68 - 32) × 5/9 = 20' },
        ],
        finalAnswer: '20°C',
        meta: { source: 'example' },
      },
    },
  ),
  tab(
    `
# 2. Page through traces (keyset cursors: pass pageInfo.endCursor as "after").
query Traces($after: String, $filter: TraceFilter) {
  traces(first: 10, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id createdAt prompt source stepCount } }
  }
}`,
    { filter: { source: 'example' } },
  ),
];
