import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCan } from '../../auth/permissions';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldErrorsOf, SelectField } from '../../components/form';
import { LiveIndicator } from '../../components/LiveIndicator';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber } from '../../format';
import { getFragmentData, graphql } from '../../graphql/generated';
import { useLiveSubscription } from '../../hooks/useSubscriptionStream';
import { EvaluationItems } from './EvaluationItems';
import { EvaluationSummary, EvaluationSummaryFragment } from './EvaluationSummary';
import { isEvaluationFinished } from './evaluationData';

/** The evaluations listed on a run's page (newest first). */
export const RUN_EVALUATIONS_SHOWN = 10;

const RunEvaluationsQuery = graphql(`
  query RunEvaluations($runId: ID!, $first: Int!) {
    run(id: $runId) {
      id
      evaluations(first: $first) {
        totalCount
        edges {
          node {
            id
            ...EvaluationSummary
          }
        }
      }
    }
    judges {
      name
      version
      kind
      description
      available
    }
  }
`);

const EvaluationProgressSubscription = graphql(`
  subscription EvaluationProgress($id: ID!) {
    evaluationUpdated(id: $id) {
      id
      ...EvaluationSummary
    }
  }
`);

const EvaluateRunMutation = graphql(`
  mutation EvaluateRun($input: EvaluateRunInput!) {
    evaluateRun(input: $input) {
      evaluation {
        id
        ...EvaluationSummary
      }
    }
  }
`);

/**
 * A run's evaluations: "Evaluate" with a judge of this server, the chosen evaluation kept live by
 * evaluationUpdated until it ends (graphcache carries each event into the list), then its items.
 */
export function EvaluationPanel({ runId, runFinished }: { runId: string; runFinished: boolean }) {
  const [listed, reexecute] = useQuery({ query: RunEvaluationsQuery, variables: { runId, first: RUN_EVALUATIONS_SHOWN } });
  const [evaluation, evaluate] = useMutation(EvaluateRunMutation);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [chosenJudge, setChosenJudge] = useState<string | null>(null);
  const can = useCan();

  // Masked nodes, each with its id: EvaluationSummary unmasks them.
  const nodes = listed.data?.run?.evaluations.edges.map((edge) => edge.node) ?? [];
  const started = evaluation.data?.evaluateRun.evaluation ?? null;
  const selectedId = chosenId ?? started?.id ?? nodes[0]?.id ?? null;
  const fromList = nodes.find((node) => node.id === selectedId) ?? (started?.id === selectedId ? started : null);
  const listedStatus = fromList ? getFragmentData(EvaluationSummaryFragment, fromList).status : null;
  const live = useLiveSubscription({
    query: EvaluationProgressSubscription,
    variables: { id: selectedId ?? '' },
    pause: listedStatus === null || isEvaluationFinished(listedStatus),
  });
  const event = live.data?.evaluationUpdated;
  const selected = event && event.id === selectedId ? event : fromList;
  const selectedStatus = selected ? getFragmentData(EvaluationSummaryFragment, selected).status : null;
  const history = nodes.map((node) => getFragmentData(EvaluationSummaryFragment, node));

  const judges = listed.data?.judges ?? [];
  const usable = judges.filter((judge) => judge.available);
  // mock is the reference's placeholder score: offered, not preselected.
  const judge = chosenJudge ?? (usable.find((item) => item.name !== 'mock') ?? usable[0])?.name ?? '';
  const unavailable = judges.filter((item) => !item.available).map((item) => item.name);
  const errors = fieldErrorsOf(evaluation.error);

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const result = await evaluate({ input: { runId, judge } });
    if (result.data) {
      setChosenId(result.data.evaluateRun.evaluation.id);
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  return (
    <section className="card" aria-labelledby="run-evaluation" data-testid="run:evaluation">
      <header className="card__header">
        <h2 id="run-evaluation">Evaluation</h2>
        {selectedStatus && (
          <LiveIndicator live={live.live} finished={isEvaluationFinished(selectedStatus)} data-testid="evaluation:live" />
        )}
      </header>
      {listed.error && <ErrorNotice error={listed.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {listed.data && nodes.length === 0 && !started && (
        <p className="muted" data-testid="evaluation:none">
          Not evaluated yet.{runFinished ? '' : ' A run can be evaluated once it has ended.'}
        </p>
      )}
      {selected && <EvaluationSummary evaluation={selected} />}
      {selectedId && selectedStatus && isEvaluationFinished(selectedStatus) && <EvaluationItems evaluationId={selectedId} />}

      {history.length > 1 && (
        <table className="table table--compact" data-testid="evaluation:history">
          <caption className="visually-hidden">Evaluations of this run, newest first</caption>
          <thead>
            <tr>
              <th>Judge</th>
              <th>Status</th>
              <th className="num">Score</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {history.map((item) => (
              <tr
                key={item.id}
                className={item.id === selectedId ? 'row row--selected' : 'row'}
                data-testid="evaluation:history-row"
              >
                <td>{item.judge.name}</td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="num">{formatNumber(item.score)}</td>
                <td>
                  <button
                    type="button"
                    className="button--quiet"
                    disabled={item.id === selectedId}
                    onClick={() => setChosenId(item.id)}
                  >
                    Show
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {can('evaluateRun') && (
        <form className="inline-form" onSubmit={submit} data-testid="evaluation:form">
          <SelectField
            label="Judge"
            name="judge"
            errors={errors}
            value={judge}
            onValueChange={setChosenJudge}
            options={usable.map((item) => ({ value: item.name, label: `${item.name} (${item.kind.toLowerCase()})` }))}
            hint={unavailable.length > 0 ? `Not configured here: ${unavailable.join(', ')}` : undefined}
            data-testid="evaluation:judge"
          />
          <button
            type="submit"
            className="button--primary"
            disabled={!runFinished || !judge || evaluation.fetching}
            title={runFinished ? undefined : 'The run has not ended yet'}
            data-testid="evaluation:evaluate"
          >
            {evaluation.fetching ? 'Queueing…' : 'Evaluate'}
          </button>
          {evaluation.error && <ErrorNotice error={evaluation.error} />}
        </form>
      )}
    </section>
  );
}
