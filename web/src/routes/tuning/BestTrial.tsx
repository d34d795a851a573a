import { useCan } from '../../auth/permissions';
import { KeyValues } from '../../components/KeyValues';
import { formatNumber } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { runPath } from '../../paths';
import { Link } from '../../router';
import { PromoteBestTrial } from './PromoteBestTrial';

export const BestTrialFragment = graphql(`
  fragment BestTrial on TuningJob {
    id
    name
    metricName
    bestMetricValue
    bestParams
    bestTrial {
      id
      number
      run {
        id
      }
    }
  }
`);

/** The best trial so far: its metric, params and run, and the form that promotes it to the registry. */
export function BestTrial(props: { job: FragmentType<typeof BestTrialFragment> }) {
  const job = getFragmentData(BestTrialFragment, props.job);
  const can = useCan();
  return (
    <section className="card" aria-label="Best trial" data-testid="tuning-job:best">
      <h3>Best trial</h3>
      {job.bestTrial ? (
        <>
          <p className="best">
            <span className="best__value" data-testid="tuning-job:best-value">
              {formatNumber(job.bestMetricValue)}
            </span>{' '}
            <span className="muted">{job.metricName}</span>
          </p>
          <p data-testid="tuning-job:best-trial">
            Trial #{job.bestTrial.number}
            {job.bestTrial.run && (
              <>
                {' '}
                · <Link to={runPath(job.bestTrial.run.id)}>its run</Link>
              </>
            )}
          </p>
          <KeyValues value={job.bestParams} data-testid="tuning-job:best-params" />
        </>
      ) : (
        <p className="muted">None yet: the first trial to report {job.metricName} becomes the best.</p>
      )}
      {can('promoteBestTrial') && <PromoteBestTrial jobId={job.id} jobName={job.name} hasBest={job.bestTrial !== null} />}
    </section>
  );
}
