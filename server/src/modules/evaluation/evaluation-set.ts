// Which traces an evaluation judges. Apart from predictions.ts so that the COMMAND executor can
// hand its trainer the same held-out split without importing the worker (an import cycle).
import type { Deps } from '../../deps.ts';
import { splitExamples, type TrainExample } from '../../executors/builtin/trainer.ts';
import type { Run } from '../../generated/prisma/client.ts';
import { runConfigSpec, withDefaults } from '../runs/run-config.ts';

const PAGE = 10_000;

export interface EvalSetItem {
  position: number;
  traceId: string;
}

/**
 * The traces an evaluation judges, in dataset order: every item of `evalDatasetId`, or the run's
 * held-out split: the split the builtin trainer holds out (splitExamples over the run dataset's
 * build order with the run's seed and evalFraction), which every trainer can reproduce.
 */
export async function evaluationSet(
  deps: Deps,
  run: Pick<Run, 'datasetId' | 'executor' | 'config'>,
  evalDatasetId: string | null,
): Promise<EvalSetItem[]> {
  const items: EvalSetItem[] = [];
  const datasetId = evalDatasetId ?? run.datasetId;
  for (let after = -1; ; ) {
    const page = await deps.prisma.datasetItem.findMany({
      where: { datasetId, position: { gt: after } },
      orderBy: { position: 'asc' },
      take: PAGE,
      select: { position: true, traceId: true },
    });
    items.push(...page);
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = last.position;
  }
  if (evalDatasetId) return items;
  const config = withDefaults(runConfigSpec(run.executor, deps.config), run.config as object);
  // splitExamples only counts and reorders its examples, so the items themselves stand in for them.
  const split = splitExamples(items as unknown as TrainExample[], config.seed, config.evalFraction);
  return split.eval as unknown as EvalSetItem[];
}
