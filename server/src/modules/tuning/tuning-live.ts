// What tuningJobUpdated subscribers follow: one hub per job per process (modules/common/live.ts),
// fed by events that carry the job's row, so an event costs no database read per subscriber (the
// fields a subscriber selects beyond the row, e.g. its trials, are read once per event by the
// shared execution of each distinct document).
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import type { TuningJob } from '../../generated/prisma/client.ts';
import type { TuningJobEvent, Wire } from '../../pubsub.ts';
import { followState } from '../common/live.ts';
import { date, revivedOnce } from '../runs/run-live.ts';
import { isJobTerminal } from './tuning.service.ts';

const revivedJob = revivedOnce(
  (job: Wire<TuningJob>): TuningJob => ({
    ...job,
    createdAt: new Date(job.createdAt),
    updatedAt: new Date(job.updatedAt),
    startedAt: date(job.startedAt),
    finishedAt: date(job.finishedAt),
  }),
);

/**
 * The job now, then the job after every event (a trial scheduled, started or finished, a new
 * best, a status), in order; an event older than the row the hub holds is skipped, one without
 * a row makes the hub read the job. Ends after a terminal status.
 */
export function followTuningJob(deps: Deps, tuningJobId: string) {
  return followState<TuningJob, TuningJobEvent>(deps.pubsub, `tuningJob:${tuningJobId}`, () => ({
    events: deps.pubsub.subscribe('tuningJobUpdated', tuningJobId),
    channels: [`tuningJobUpdated:${tuningJobId}`],
    resyncs: deps.pubsub.resyncs(),
    read: () => deps.prisma.tuningJob.findUnique({ where: { id: tuningJobId } }),
    apply(current, event) {
      if (!event.job) return 'reread';
      const job = revivedJob(event.job);
      return job.updatedAt < current.updatedAt ? 'stale' : job;
    },
    // After a re-sync the job is sent again: its trials may have moved while its row did not.
    changed: () => true,
    isLast: (job) => isJobTerminal(job.status),
    notFound: () => notFound('TuningJob', tuningJobId),
  }));
}
