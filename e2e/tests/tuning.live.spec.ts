import { expect, test } from '@playwright/test';
import { arithmeticTraces, buildDataset, createTraces } from './api';

test('a tuning job created in the form runs its trials live, and its best trial is promoted', async ({ page, request }) => {
  const source = `e2e-tuning-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 40));
  const datasetId = await buildDataset(request, source);

  await page.goto('/tuning');
  await page.getByTestId('tuning:new').click();
  const form = page.getByTestId('tuning:create-form');
  await expect(form.getByTestId('tuning-form:search-space')).toHaveValue(/"loguniform"/);
  await form.getByTestId('tuning-form:name').fill(source);
  await form.getByTestId('tuning-form:dataset').selectOption(datasetId);
  await form.getByTestId('tuning-form:samples').fill('3');
  await form.getByTestId('tuning-form:concurrency').fill('2');
  await form.getByTestId('tuning-form:epochs').fill('1');
  await form.getByTestId('tuning-form:submit').click();

  await expect(page).toHaveURL(/\/tuning\/[^/?]+$/);
  await expect(page.getByRole('heading', { name: source })).toBeVisible();
  await expect(page.getByTestId('tuning-job:status')).toHaveText('SUCCEEDED', { timeout: 30_000 });
  await expect(page.getByTestId('tuning-job:progress')).toHaveText('3/3 trials done');
  const trials = page.getByTestId('tuning-job:trial');
  await expect(trials).toHaveCount(3);
  // Best first (evalLoss, MIN): the values never go down the table, and the first row is the best.
  const values = (await page.getByTestId('tuning-job:trial-metric').allTextContents()).map((text) =>
    Number.parseFloat(text.replace(/[^\d.e+-]/g, '')),
  );
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await expect(trials.first()).toHaveAttribute('data-best', 'true');
  await expect(page.getByTestId('tuning-job:best-trial')).toContainText('Trial #');
  await expect(page.getByTestId('tuning-job:best-params')).toContainText('learningRate');
  // The sweep views: parallel coordinates (brushing an axis narrows the trials) and a scatter.
  await expect(page.getByTestId('sweep:brushed')).toHaveAttribute('data-count', '3');
  const parallel = page.getByTestId('sweep:parallel');
  await expect(parallel.locator('canvas')).toBeVisible();
  await expect(page.getByTestId('sweep:scatter').locator('canvas')).toBeVisible();
  const box = await parallel.boundingBox();
  if (!box) throw new Error('the parallel coordinates have no box');
  // The metric's axis is the last one, 80 px from the right; drag along it.
  await page.mouse.move(box.x + box.width - 80, box.y + 45);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 80, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('sweep:brushed')).toContainText('in the brushed ranges');
  await expect(page.getByTestId('tuning-job:live')).toHaveText('final');

  // Promote the best trial, then point `production` at it in the registry.
  await page.getByTestId('tuning-job:promote').click();
  const promoted = page.getByTestId('tuning-job:promoted');
  await expect(promoted).toContainText(`version 1 of ${source}`);
  await promoted.getByRole('link', { name: source }).click();
  await expect(page.getByRole('heading', { name: source })).toBeVisible();
  await expect(page.getByTestId('artifact:version')).toHaveCount(1);
  await page.getByTestId('artifact:alias-submit').click();
  await expect(page.locator('[data-testid="artifact:alias"][data-alias="production"]')).toContainText('v1');
  await expect(page.getByTestId('artifact:version')).toContainText('production');

  await page.getByTestId('nav:registry').click();
  await expect(page.getByTestId('registry:row').filter({ hasText: source })).toContainText('production → v1');
});
