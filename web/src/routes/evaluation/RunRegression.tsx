import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCan } from '../../auth/permissions';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormCard, fieldErrorsOf, InputField, optionalFloat, SelectField } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { type Connection, useConnectionPages } from '../../hooks/useConnectionPages';
import { Link } from '../../router';
import { baselinesPath } from './paths';
import { REGRESSION_CHECKS_PAGE_SIZE, RegressionChecks } from './RegressionChecks';
import { VerdictBadge } from './VerdictBadge';

const RunRegressionChecksQuery = graphql(`
  query RunRegressionChecks($runId: ID!, $first: Int!, $after: String) {
    run(id: $runId) {
      id
      regressionChecks(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...RegressionCheckRow
          }
        }
      }
    }
  }
`);

/** The baselines a run can be checked against (the newest; a check names one). */
const BASELINE_CHOICES = 100;

const BaselineChoicesQuery = graphql(`
  query BaselineChoices($first: Int!) {
    regressionBaselines(first: $first) {
      edges {
        node {
          id
          name
          metric
        }
      }
    }
  }
`);

const CheckRegressionMutation = graphql(`
  mutation CheckRegression($input: CheckRegressionInput!) {
    checkRegression(input: $input) {
      check {
        id
        verdict
        details
      }
    }
  }
`);

const CreateBaselineMutation = graphql(`
  mutation CreateRegressionBaseline($input: CreateRegressionBaselineInput!) {
    createRegressionBaseline(input: $input) {
      replaced
      baseline {
        id
        name
        metric
      }
    }
  }
`);

const noChecks: Connection<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** A run against regression baselines: check it against one, make it one, and its history of verdicts. */
export function RunRegression({ runId, runName }: { runId: string; runName: string }) {
  const checks = useConnectionPages({
    query: RunRegressionChecksQuery,
    variables: { runId, first: REGRESSION_CHECKS_PAGE_SIZE },
    select: (data) => data.run?.regressionChecks ?? noChecks,
  });
  const [baselines, reexecuteBaselines] = useQuery({ query: BaselineChoicesQuery, variables: { first: BASELINE_CHOICES } });
  const [checking, check] = useMutation(CheckRegressionMutation);
  const [chosenBaseline, setChosenBaseline] = useState<string | null>(null);
  const can = useCan();

  const names = (baselines.data?.regressionBaselines.edges ?? []).map((edge) => edge.node);
  const baselineName = chosenBaseline ?? names[0]?.name ?? '';
  const submitCheck = async (event: FormEvent) => {
    event.preventDefault();
    const result = await check({ input: { runId, baselineName } });
    if (result.data) checks.refresh();
  };

  return (
    <section className="card" aria-labelledby="run-regression" data-testid="run:regression">
      <header className="card__header">
        <h2 id="run-regression">Regression checks</h2>
        <Link to={baselinesPath()}>Baselines</Link>
      </header>
      <RegressionChecks checks={checks} show="baseline" testid="run-checks" empty="Not checked against a baseline yet." />
      {can('checkRegression') && (
        <form className="inline-form" onSubmit={submitCheck} data-testid="regression:check-form">
          <SelectField
            label="Baseline"
            name="baselineName"
            errors={fieldErrorsOf(checking.error)}
            value={baselineName}
            onValueChange={setChosenBaseline}
            options={names.map((baseline) => ({ value: baseline.name, label: `${baseline.name} (${baseline.metric})` }))}
            hint={names.length === 0 ? 'No baseline yet: make one below.' : undefined}
            data-testid="regression:baseline"
          />
          <button
            type="submit"
            className="button--primary"
            disabled={!baselineName || checking.fetching}
            data-testid="regression:check-submit"
          >
            {checking.fetching ? 'Checking…' : 'Check'}
          </button>
          {checking.data && (
            <span data-testid="regression:result">
              <VerdictBadge verdict={checking.data.checkRegression.check.verdict} /> {checking.data.checkRegression.check.details}
            </span>
          )}
          {checking.error && <ErrorNotice error={checking.error} />}
        </form>
      )}
      {can('createRegressionBaseline') && (
        <MakeBaselineForm runId={runId} runName={runName} onMade={() => reexecuteBaselines({ requestPolicy: 'network-only' })} />
      )}
    </section>
  );
}

/** Makes the run the reference of a named baseline (replacing one of that name when asked). */
function MakeBaselineForm({ runId, runName, onMade }: { runId: string; runName: string; onMade: () => void }) {
  const [name, setName] = useState(runName);
  const [metric, setMetric] = useState('primary_score');
  const [tolerance, setTolerance] = useState('5');
  const [direction, setDirection] = useState<'auto' | 'higher' | 'lower'>('auto');
  const [replace, setReplace] = useState(false);
  const [result, create] = useMutation(CreateBaselineMutation);
  const errors = fieldErrorsOf(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = await create({
      input: {
        runId,
        name: name.trim(),
        metric: metric.trim(),
        tolerancePercent: optionalFloat(tolerance),
        ...(direction === 'auto' ? {} : { lowerIsBetter: direction === 'lower' }),
        replace,
      },
    });
    if (made.data) onMade();
  };
  const made = result.data?.createRegressionBaseline;

  return (
    <FormCard
      title="Make this run a baseline"
      onSubmit={submit}
      data-testid="regression:baseline-form"
      request={result}
      notices={
        made && (
          <p className="notice notice--success" data-testid="regression:baseline-made">
            {made.replaced ? 'Replaced' : 'Made'} baseline{' '}
            <Link to={baselinesPath(made.baseline.name)}>{made.baseline.name}</Link> on <code>{made.baseline.metric}</code>.
          </p>
        )
      }
      actions={{
        submitLabel: 'Make baseline',
        busyLabel: 'Saving…',
        submitTestid: 'regression:make-baseline',
      }}
    >
      <InputField label="Name" name="name" errors={errors} value={name} onValueChange={setName} data-testid="regression:name" />
      <InputField
        label="Metric"
        name="metric"
        errors={errors}
        value={metric}
        onValueChange={setMetric}
        hint="primary_score, score, a judge metric or a summary metric"
        data-testid="regression:metric"
      />
      <InputField
        label="Tolerance (%)"
        name="tolerancePercent"
        errors={errors}
        value={tolerance}
        onValueChange={setTolerance}
        inputMode="decimal"
        data-testid="regression:tolerance"
      />
      <SelectField
        label="Better when"
        name="lowerIsBetter"
        errors={errors}
        value={direction}
        onValueChange={setDirection}
        options={[
          { value: 'auto', label: 'from the name (loss, latency, time, error: lower)' },
          { value: 'higher', label: 'higher' },
          { value: 'lower', label: 'lower' },
        ]}
      />
      <label className="field">
        <span className="field__label">Replace</span>
        <span>
          <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} /> replace a baseline of
          this name
        </span>
      </label>
    </FormCard>
  );
}
