import { type ChangeEvent, useState } from 'react';
import { countOf, formatBytes, formatCount } from '../../format';
import { type ImportOutcome, type UploadProgress, uploadTraces } from './uploadTraces';

interface ImportState extends UploadProgress {
  fileName: string;
  outcome: ImportOutcome | null;
}

const describeProblem = ({ field, message }: { field: string | null; message: string }) =>
  field ? `${field}: ${message}` : message;

function summary({ outcome, problems }: ImportState): string {
  if (!outcome) return '';
  if (outcome.status === 'FAILED') return `Nothing imported: ${outcome.message}`;
  const count = Math.max(outcome.invalid, problems.length);
  const found = count > 0 ? `, ${countOf(count, 'problem')}` : '';
  if (outcome.status === 'REJECTED') return `Nothing imported${found} (a bad line stores nothing unless bad lines are skipped).`;
  return `${countOf(outcome.imported, 'trace')} imported${found}.`;
}

/**
 * Streams a JSONL file to the server's import endpoint (POST /import/traces), which checks every
 * line with createTraces' rules, with a progress bar over the upload; every bad line is listed by
 * number. Bad lines are skipped by default; unticked, one bad line stores nothing.
 */
export function ImportTraces({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<ImportState | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(true);
  const running = state !== null && state.outcome === null;

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const start = { sentBytes: 0, totalBytes: file.size, lines: 0, written: 0, problems: [] };
    setState({ ...start, fileName: file.name, outcome: null });
    const outcome = await uploadTraces(file, {
      skipInvalid,
      onProgress: (progress) => setState((current) => current && { ...current, ...progress }),
    });
    setState((current) => current && { ...current, sentBytes: file.size, outcome });
    if (outcome.imported > 0) onImported();
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
          disabled={running}
          data-testid="traces:import-file"
        />
      </label>
      <label className="field">
        <span className="field__label">Bad lines</span>
        <span>
          <input
            type="checkbox"
            checked={skipInvalid}
            disabled={running}
            onChange={(event) => setSkipInvalid(event.target.checked)}
            data-testid="traces:import-skip-invalid"
          />{' '}
          skip them and store the good lines (unticked, one bad line stores nothing)
        </span>
      </label>
      {state && (
        <div className="stack" aria-live="polite">
          <label className="progress">
            <span data-testid="traces:import-status">
              {state.fileName}: {formatBytes(state.sentBytes)} of {formatBytes(state.totalBytes)} sent
              {state.lines > 0 && `, ${countOf(state.lines, 'line')} read`}
            </span>
            <progress max={Math.max(state.totalBytes, 1)} value={state.sentBytes} data-testid="traces:import-progress" />
          </label>
          {state.outcome && <p data-testid="traces:import-summary">{summary(state)}</p>}
          {state.problems.length > 0 && (
            <ul className="problems" data-testid="traces:import-problems">
              {state.problems.slice(0, 50).map((problem) => (
                <li key={`${problem.line}:${problem.field}:${problem.message}`}>
                  Line {formatCount(problem.line)}: {describeProblem(problem)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
