import { type ChangeEvent, useState } from 'react';
import { useClient } from 'urql';
import { describeError } from '../../components/ErrorNotice';
import { countOf, formatCount } from '../../format';
import { graphql } from '../../graphql/generated';
import { parseTraceLines } from './importLines';

const ImportTracesMutation = graphql(`
  mutation ImportTraces($input: CreateTracesInput!) {
    createTraces(input: $input) {
      createdCount
    }
  }
`);

/** Lines per createTraces call: one all-or-nothing write each, and a step of the progress bar. */
export const IMPORT_BATCH_LINES = 200;

interface LineProblem {
  line: number;
  message: string;
}

interface ImportState {
  fileName: string;
  total: number;
  done: number;
  imported: number;
  problems: LineProblem[];
  running: boolean;
}

/** `traces.3.steps.0.content` in a batch that starts at line 401 → line 404, `steps.0.content`. */
function problemsOfBatch(error: Parameters<typeof describeError>[0], lines: number[]): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const graphQLError of error.graphQLErrors) {
    const fieldErrors = graphQLError.extensions.fieldErrors;
    if (!Array.isArray(fieldErrors)) continue;
    for (const { path, message } of fieldErrors as Array<{ path: string; message: string }>) {
      const match = /^(?:input\.)?traces\.(\d+)\.?(.*)$/.exec(path);
      const line = match ? lines[Number(match[1])] : undefined;
      if (line !== undefined) problems.push({ line, message: match?.[2] ? `${match[2]}: ${message}` : message });
    }
  }
  if (problems.length > 0) return problems;
  const [first] = describeError(error);
  return [{ line: lines[0] ?? 0, message: `lines ${lines[0]}–${lines.at(-1)}: ${first?.message ?? 'refused'}` }];
}

/**
 * Imports a JSONL file of traces in batches, with a progress bar. A batch with a bad line is
 * refused whole (createTraces is all-or-nothing); every problem is listed by line number.
 */
export function ImportTraces({ onImported }: { onImported: () => void }) {
  const client = useClient();
  const [state, setState] = useState<ImportState | null>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseTraceLines(await file.text());
    const problems: LineProblem[] = parsed.flatMap((entry) =>
      'problem' in entry ? [{ line: entry.line, message: entry.problem }] : [],
    );
    const good = parsed.flatMap((entry) => ('input' in entry ? [entry] : []));
    let current: ImportState = { fileName: file.name, total: good.length, done: 0, imported: 0, problems, running: true };
    setState(current);
    for (let start = 0; start < good.length; start += IMPORT_BATCH_LINES) {
      const batch = good.slice(start, start + IMPORT_BATCH_LINES);
      const result = await client
        .mutation(ImportTracesMutation, { input: { traces: batch.map((entry) => entry.input) } })
        .toPromise();
      const batchProblems = result.error
        ? problemsOfBatch(
            result.error,
            batch.map((entry) => entry.line),
          )
        : [];
      current = {
        ...current,
        done: current.done + batch.length,
        imported: current.imported + (result.data?.createTraces.createdCount ?? 0),
        problems: [...current.problems, ...batchProblems],
      };
      setState(current);
    }
    setState({ ...current, running: false });
    if (current.imported > 0) onImported();
  };

  return (
    <section className="card" aria-labelledby="import-traces" data-testid="traces:import">
      <header className="card__header">
        <h2 id="import-traces">Import JSONL</h2>
      </header>
      <label className="field">
        <span className="field__label">File (one trace per line, as createTrace takes it or as a TRACE export)</span>
        <input
          type="file"
          accept=".jsonl,.ndjson,application/x-ndjson,text/plain"
          onChange={importFile}
          disabled={state?.running}
          data-testid="traces:import-file"
        />
      </label>
      {state && (
        <div className="stack" aria-live="polite">
          <label className="progress">
            <span>
              {state.fileName}: {formatCount(state.done)} of {countOf(state.total, 'line')} sent
            </span>
            <progress max={Math.max(state.total, 1)} value={state.done} data-testid="traces:import-progress" />
          </label>
          {!state.running && (
            <p data-testid="traces:import-summary">
              {countOf(state.imported, 'trace')} imported
              {state.problems.length > 0 && `, ${countOf(state.problems.length, 'problem')}`}.
            </p>
          )}
          {state.problems.length > 0 && (
            <ul className="problems" data-testid="traces:import-problems">
              {state.problems.slice(0, 50).map((problem) => (
                <li key={`${problem.line}:${problem.message}`}>
                  Line {formatCount(problem.line)}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
