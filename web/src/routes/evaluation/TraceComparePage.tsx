import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDelta, formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import type { StepChangeKind } from '../../graphql/generated/graphql';
import { Link, navigate, useLocation } from '../../router';
import type { Tone } from '../../status';
import { traceComparePath } from './paths';

const CompareTracesQuery = graphql(`
  query CompareTraces($base: ID!, $other: ID!) {
    compareTraces(base: $base, other: $other) {
      promptChanged
      finalAnswerChanged
      scoreDelta
      base {
        score
        trace {
          id
          prompt
          finalAnswer
        }
      }
      other {
        score
        trace {
          id
          prompt
          finalAnswer
        }
      }
      steps {
        change
        basePosition
        otherPosition
        base {
          i
          type
          content
        }
        other {
          i
          type
          content
        }
        contentDiff {
          value
          added
          removed
        }
      }
    }
  }
`);

/** How many traces the picker offers per search. */
const PICKER_SIZE = 8;

const TracePickerQuery = graphql(`
  query TracePicker($first: Int!, $search: String) {
    traces(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          prompt
          finalAnswer
        }
      }
    }
  }
`);

/** Picks a trace by searching its prompt or answer (ids are not for people to type). */
function TracePicker({ label, onPick, testid }: { label: string; onPick: (traceId: string) => void; testid: string }) {
  const [search, setSearch] = useState('');
  const [result] = useQuery({ query: TracePickerQuery, variables: { first: PICKER_SIZE, search: search.trim() || null } });
  return (
    <fieldset className="card" data-testid={testid}>
      <legend>{label}</legend>
      <label className="filter">
        Search
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid={`${testid}:search`}
        />
      </label>
      {result.error && <ErrorNotice error={result.error} />}
      <ul className="links">
        {(result.data?.traces.edges ?? []).map(({ node }) => (
          <li key={node.id}>
            <button type="button" className="button--quiet" onClick={() => onPick(node.id)} data-testid={`${testid}:option`}>
              {node.prompt}
            </button>{' '}
            <span className="muted">→ {node.finalAnswer}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface StepChange {
  change: StepChangeKind;
  base: { type: string; content: string } | null;
  other: { type: string; content: string } | null;
  contentDiff: ReadonlyArray<{ value: string; added: boolean; removed: boolean }> | null;
}

const changeTone: Record<StepChangeKind, Tone> = {
  ADDED: 'success',
  REMOVED: 'danger',
  CHANGED: 'warning',
  UNCHANGED: 'neutral',
};

/** A run of words the other trace added, removed or kept. */
function DiffPart({ part }: { part: { value: string; added: boolean; removed: boolean } }) {
  if (part.added) return <ins>{part.value}</ins>;
  if (part.removed) return <del>{part.value}</del>;
  return <span>{part.value}</span>;
}

/** One row of the step diff: the base step, the other, and for a changed step its words added and removed. */
function StepRow({ step }: { step: StepChange }) {
  const side = (value: { type: string; content: string } | null) =>
    value ? (
      <>
        <span className="step__type">{value.type}</span> {value.content}
      </>
    ) : (
      <span className="muted">—</span>
    );
  return (
    <tr data-testid="trace-compare:step" data-change={step.change}>
      <td>
        <span className={`badge badge--${changeTone[step.change]}`}>{step.change}</span>
      </td>
      <td>{side(step.base)}</td>
      <td>
        {step.contentDiff
          ? step.contentDiff.map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
              <DiffPart key={index} part={part} />
            ))
          : side(step.other)}
      </td>
    </tr>
  );
}

/** Two traces side by side (`?base=…&other=…`): their baseline scores, the prompt and answer, a step-by-step diff. */
export function TraceComparePage() {
  const location = useLocation();
  const base = location.searchParams.get('base') ?? '';
  const other = location.searchParams.get('other') ?? '';
  const [result, reexecute] = useQuery({ query: CompareTracesQuery, variables: { base, other }, pause: !base || !other });
  const comparison = result.data?.compareTraces ?? null;

  return (
    <section className="page" data-testid="trace-compare">
      <p className="breadcrumbs">
        <Link to="/traces">Traces</Link> / compare
      </p>
      <header className="page__header">
        <h1>Compare traces</h1>
      </header>
      {(!base || !other) && (
        <div className="columns">
          {!base && (
            <TracePicker label="Base trace" onPick={(id) => navigate(traceComparePath(id, other))} testid="trace-compare:base" />
          )}
          {!other && (
            <TracePicker label="Other trace" onPick={(id) => navigate(traceComparePath(base, id))} testid="trace-compare:other" />
          )}
        </div>
      )}
      {result.error && <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {comparison && (
        <div className="stack">
          <section className="card">
            <table className="table table--compact" data-testid="trace-compare:summary">
              <thead>
                <tr>
                  <th />
                  <th>Base</th>
                  <th>Other</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Score</th>
                  <td data-testid="trace-compare:base-score">{formatNumber(comparison.base.score)}</td>
                  <td data-testid="trace-compare:other-score">
                    {formatNumber(comparison.other.score)} <span className="muted">({formatDelta(comparison.scoreDelta)})</span>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Prompt{comparison.promptChanged ? ' (changed)' : ''}</th>
                  <td>{comparison.base.trace.prompt}</td>
                  <td>{comparison.other.trace.prompt}</td>
                </tr>
                <tr>
                  <th scope="row">Final answer{comparison.finalAnswerChanged ? ' (changed)' : ''}</th>
                  <td>{comparison.base.trace.finalAnswer}</td>
                  <td>{comparison.other.trace.finalAnswer}</td>
                </tr>
              </tbody>
            </table>
            <p>
              <button type="button" className="button--quiet" onClick={() => navigate(traceComparePath(other, base))}>
                Swap
              </button>{' '}
              <Link to={traceComparePath(base)}>Pick another</Link>
            </p>
          </section>
          <section className="card" aria-labelledby="trace-compare-steps">
            <h2 id="trace-compare-steps">Steps</h2>
            <table className="table table--compact" data-testid="trace-compare:steps">
              <thead>
                <tr>
                  <th>Change</th>
                  <th>Base</th>
                  <th>Other</th>
                </tr>
              </thead>
              <tbody>
                {comparison.steps.map((step) => (
                  <StepRow key={`${step.basePosition ?? '-'}:${step.otherPosition ?? '-'}`} step={step} />
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </section>
  );
}
