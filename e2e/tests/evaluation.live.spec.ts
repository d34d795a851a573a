// Against the server with a worker: runs really train, the worker judges them, and the pages follow.
import { expect, type Page, test } from '@playwright/test';
import { arithmeticTraces, buildDataset, createRun, createTraces } from './api';
import { accessibilityProblems } from './axe';

/** Opens a run's page, waits for it to have trained, and evaluates it with a judge from the panel. */
async function evaluateFromRunPage(page: Page, runId: string, judge: string) {
  await page.goto(`/runs/${encodeURIComponent(runId)}`);
  await expect(page.getByTestId('run:status')).toHaveText('SUCCEEDED', { timeout: 60_000 });
  const panel = page.getByTestId('run:evaluation');
  await panel.getByTestId('evaluation:judge').selectOption(judge);
  await panel.getByTestId('evaluation:evaluate').click();
  // Progress comes live, then the result: no reload.
  await expect(panel.getByTestId('evaluation:status')).toHaveText('SUCCEEDED', { timeout: 30_000 });
  await expect(panel.getByTestId('evaluation:live')).toHaveText('final');
  await expect(panel.getByTestId('evaluation:score')).toHaveText(/^\d/);
  await expect(panel.getByTestId('evaluation:scorecard')).toBeVisible();
  await expect(panel.getByTestId('evaluation:item').first()).toBeVisible();
  return Number.parseFloat((await panel.getByTestId('evaluation:score').textContent()) ?? '');
}

test('two trained runs evaluated from their pages rank on the leaderboard, and the second is checked against the first as a baseline', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const source = `e2e-eval-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 40));
  const datasetId = await buildDataset(request, source);
  const first = await createRun(request, datasetId, { executor: 'BUILTIN', name: `${source} first`, config: { epochs: 1 } });
  const second = await createRun(request, datasetId, { executor: 'BUILTIN', name: `${source} second`, config: { epochs: 2 } });

  const firstScore = await evaluateFromRunPage(page, first.id, 'answer_correctness');
  // The items table pages and filters: "only wrong" shows no item judged right.
  const panel = page.getByTestId('run:evaluation');
  await panel.getByTestId('evaluation:only-wrong').check();
  await expect(panel.locator('[data-testid="evaluation:item"][data-correct="right"]')).toHaveCount(0);
  expect(await accessibilityProblems(page)).toEqual([]);

  // The first run becomes the baseline.
  const baselineName = `${source}-gate`;
  const regression = page.getByTestId('run:regression');
  await regression.getByTestId('regression:name').fill(baselineName);
  await regression.getByTestId('regression:make-baseline').click();
  await expect(regression.getByTestId('regression:baseline-made')).toContainText(baselineName);

  // The leaderboard, open while the second run is evaluated elsewhere, learns of it live.
  const board = await page.context().newPage();
  await board.goto(`/leaderboard?judge=answer_correctness`);
  await expect(board.getByTestId('leaderboard:live')).toHaveText('● live');
  await expect(board.locator(`[data-testid="leaderboard:row"][data-run-id="${first.id}"]`)).toBeVisible();

  const secondScore = await evaluateFromRunPage(page, second.id, 'answer_correctness');
  const secondRow = board.locator(`[data-testid="leaderboard:row"][data-run-id="${second.id}"]`);
  await expect(secondRow).toBeVisible();
  // Higher scores rank first; equal scores share a rank.
  const firstRank = Number(
    await board
      .locator(`[data-testid="leaderboard:row"][data-run-id="${first.id}"] [data-testid="leaderboard:rank"]`)
      .textContent(),
  );
  const secondRank = Number(await secondRow.getByTestId('leaderboard:rank').textContent());
  if (firstScore === secondScore) expect(firstRank).toBe(secondRank);
  else expect(firstScore > secondScore ? firstRank < secondRank : secondRank < firstRank).toBe(true);
  expect(await accessibilityProblems(board)).toEqual([]);

  // The second run is checked against the baseline; the verdict follows the numbers.
  const checks = page.getByTestId('run:regression');
  await checks.getByTestId('regression:baseline').selectOption(baselineName);
  await checks.getByTestId('regression:check-submit').click();
  const expected = secondScore >= firstScore * 0.95 ? 'PASS' : 'FAIL';
  await expect(checks.getByTestId('regression:result')).toContainText(expected);
  await expect(checks.locator(`[data-testid="regression:check"][data-verdict="${expected}"]`)).toHaveCount(1);

  // The baselines page lists it with the check made against it.
  await page.goto(`/baselines?name=${encodeURIComponent(baselineName)}`);
  await expect(page.locator(`[data-testid="baselines:row"][data-name="${baselineName}"]`)).toBeVisible();
  const history = page.getByTestId('baseline:checks');
  await expect(history.getByTestId('regression:check')).toHaveCount(1);
  await expect(history.getByTestId('regression:check')).toContainText(`${source} second`);
  expect(await accessibilityProblems(page)).toEqual([]);

  // Both runs side by side: their scores on the compare page.
  await page.goto(`/compare?ids=${encodeURIComponent(first.id)},${encodeURIComponent(second.id)}`);
  await expect(page.getByTestId('compare:score-row')).toBeVisible();
  await expect(page.getByTestId('compare:score-row').getByRole('cell')).toHaveCount(2);
});
