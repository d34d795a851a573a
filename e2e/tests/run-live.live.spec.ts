import { expect, type Page, test } from '@playwright/test';
import { arithmeticTraces, buildDataset, createRun, createTraces } from './api';

// Against the server with a worker: runs really train (BUILTIN), and the pages follow them live.

/** Counts full page loads from now on: live updates must arrive without one. */
function countLoads(page: Page) {
  const counter = { loads: 0 };
  page.on('load', () => {
    counter.loads += 1;
  });
  return counter;
}

test('a run page fills its chart and logs and reaches SUCCEEDED without a reload', async ({ page, request }) => {
  const source = `e2e-live-run-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 40));
  const datasetId = await buildDataset(request, source);
  const run = await createRun(request, datasetId, { executor: 'BUILTIN', name: `${source} api`, config: { epochs: 1 } });

  await page.goto(`/runs/${encodeURIComponent(run.id)}`);
  await expect(page.getByTestId('run:status')).toBeVisible();
  const loads = countLoads(page);

  await expect(page.getByTestId('run:status')).toHaveText('SUCCEEDED', { timeout: 20_000 });
  // The chart: the builtin trainer reports trainLoss, evalLoss and evalAccuracy.
  const chart = page.getByTestId('run:chart');
  await expect(chart.getByTestId('chart:legend-item')).toHaveText(['evalAccuracy', 'evalLoss', 'trainLoss']);
  const shown = chart.locator('[data-testid="chart:legend-item"][data-shown="true"]');
  await expect(shown).toHaveCount(2); // accuracy starts hidden
  // uPlot draws on a canvas; hovering reads the values out, and the legend toggles a series.
  const plot = chart.getByTestId('chart:plot').locator('canvas').first();
  await expect(plot).toBeVisible();
  await chart.locator('.u-over').hover(); // uPlot's overlay takes the pointer
  await expect(chart.getByTestId('chart:cursor')).toContainText('step');
  await chart.locator('[data-series="evalAccuracy"]').getByRole('button').click();
  await expect(shown).toHaveCount(3);
  await chart.getByTestId('chart:log').check();
  await expect(plot).toBeVisible();
  expect(Number(await page.getByTestId('run:chart-count').getAttribute('data-points'))).toBeGreaterThan(6);
  // The logs: from the first line to the trainer's summary, then the stream is done.
  const logs = page.getByTestId('run:logs');
  await expect(logs).toContainText('Training the builtin character model on 40 traces');
  await expect(logs).toContainText(/Done: \d+ steps/);
  await expect(page.getByTestId('run:logs-live')).toHaveText('complete');
  await expect(page.getByTestId('run:chart-live')).toHaveText('complete');
  // Artifacts appear with the final status, with download links served by the API.
  const weights = page.getByTestId('run:artifacts').getByRole('link', { name: 'model.bin' });
  await expect(weights).toBeVisible();
  const download = await request.get((await weights.getAttribute('href')) ?? '');
  expect(download.ok()).toBe(true);
  await expect(page.getByTestId('run:summary-metrics')).toContainText('evalLoss');
  await expect(page.getByTestId('run:cancel')).toHaveCount(0);
  expect(loads.loads).toBe(0);

  // A second run from the dataset page's form: the run page opens at once and follows it.
  await page.goto(`/datasets/${encodeURIComponent(datasetId)}`);
  await expect(page.getByTestId('dataset:trace-count')).toHaveText('40');
  await page.getByTestId('new-run:name').fill(`${source} form`);
  await page.getByTestId('new-run:epochs').fill('1');
  await page.getByTestId('new-run:learning-rate').fill('1.5');
  const formLoads = countLoads(page);
  await page.getByTestId('new-run:submit').click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
  await expect(page.getByRole('heading', { name: `${source} form` })).toBeVisible();
  await expect(page.getByTestId('run:status')).toHaveText('SUCCEEDED', { timeout: 20_000 });
  await expect(page.getByTestId('run:logs')).toContainText(/Done: \d+ steps/);
  await expect(page.getByTestId('run:config')).toContainText('1.5');
  expect(formLoads.loads).toBe(0);

  // Both runs side by side: the learning rate differs, and both evalLoss series share one chart.
  await page.getByTestId('nav:runs').click();
  for (const name of [`${source} api`, `${source} form`]) {
    await page.getByTestId('runs:row').filter({ hasText: name }).getByTestId('runs:select').check();
  }
  await page.getByTestId('runs:compare').click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  await expect(page.locator('[data-testid="compare:config-row"][data-key="learningRate"]')).toContainText('1.5');
  const overlay = page.getByTestId('compare:chart');
  await expect(overlay.locator('[data-testid="chart:legend-item"][data-shown="true"]')).toHaveCount(2);
  await expect(overlay.getByTestId('chart:plot').locator('canvas').first()).toBeVisible();

  // Tags written on the run page find the run in the table, which shows and sorts by metric and param columns.
  const tag = `t${Date.now()}`;
  await page.goto(`/runs/${encodeURIComponent(run.id)}`);
  await page.getByTestId('run:edit-notes').click();
  await page.getByTestId('run:tags-input').fill(`${tag}, e2e`);
  await page.getByTestId('run:notes-input').fill('the api run');
  await page.getByTestId('run:notes-save').click();
  await expect(page.getByTestId('run:tag')).toHaveText([tag, 'e2e']);
  await expect(page.getByTestId('run:notes-text')).toHaveText('the api run');

  await page.goto('/runs');
  await page.getByTestId('runs:columns').click();
  await page.getByTestId('runs:column:metric:evalLoss').check();
  await page.getByTestId('runs:column:param:learningRate').check();
  await expect(page).toHaveURL(/metrics=evalLoss/);
  await expect(page).toHaveURL(/params=learningRate/);
  await page.getByTestId('runs:tags-filter').fill(tag);
  await page.getByTestId('runs:tags-filter').press('Enter');
  await expect(page).toHaveURL(new RegExp(`tags=${tag}`));
  await expect(page.getByTestId('runs:row')).toHaveCount(1);
  await expect(page.getByTestId('runs:row').getByTestId('runs:param')).not.toHaveText('—');
  await page.getByTestId('runs:sort').filter({ hasText: 'learningRate' }).click();
  await expect(page).toHaveURL(/sort=param%3AlearningRate|sort=param:learningRate/);
  // A reload keeps the view: it is all in the address.
  await page.reload();
  await expect(page.getByTestId('runs:row')).toHaveCount(1);
  await expect(page.getByTestId('runs:row').getByTestId('runs:metric')).not.toHaveText('—');
});

interface SubscribeMessage {
  type: string;
  payload?: { operationName?: string; variables?: Record<string, unknown> };
}

test('after the connection drops, the logs resume after the last seq they have, and Cancel stops the run', async ({
  page,
  request,
}) => {
  // Long (100 epochs over ~150k characters: about 18 s here): it is still writing when the
  // connection drops, and the test ends it with the Cancel button.
  const source = `e2e-reconnect-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 300, 12));
  const datasetId = await buildDataset(request, source, 300);
  const run = await createRun(request, datasetId, { executor: 'BUILTIN', config: { epochs: 100, batchSize: 1 } });

  // Every graphql-ws connection goes through here: the first one is cut after the first log chunks.
  const subscribes: SubscribeMessage[] = [];
  let dropped = false;
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as SubscribeMessage;
      if (parsed.type === 'subscribe') subscribes.push(parsed);
      server.send(message);
    });
    server.onMessage((message) => {
      ws.send(message);
      if (!dropped && String(message).includes('"runLogAppended"')) {
        dropped = true;
        // 1001 (going away): graphql-ws reconnects and subscribes again.
        ws.close({ code: 1001, reason: 'e2e: connection dropped' });
        server.close();
      }
    });
  });
  const logSubscribes = () => subscribes.filter((message) => message.payload?.operationName === 'RunLogAppended');
  const shownSeqs = () =>
    page.getByTestId('run:log-chunk').evaluateAll((chunks) => chunks.map((chunk) => Number(chunk.getAttribute('data-seq'))));

  await page.goto(`/runs/${encodeURIComponent(run.id)}`);
  await expect(page.getByTestId('run:status')).toHaveText('RUNNING');
  // graphql-ws waits a second or more, then subscribes again after the chunks the page has.
  await expect.poll(() => logSubscribes().length, { timeout: 15_000 }).toBe(2);
  expect(logSubscribes()[0]?.payload?.variables?.afterSeq).toBe(0);
  const resumedAt = Number(logSubscribes()[1]?.payload?.variables?.afterSeq);
  expect(resumedAt).toBeGreaterThan(0);
  // The other streams came back too: the run's status and its metrics (after their last step).
  const resent = subscribes.slice(-3).map((message) => message.payload?.operationName);
  expect(resent.sort()).toEqual(['RunLogAppended', 'RunMetricRecorded', 'RunUpdated']);
  await expect(page.getByTestId('run:logs-live')).toHaveText('● live');
  await expect.poll(async () => (await shownSeqs()).length, { timeout: 15_000 }).toBeGreaterThan(resumedAt);

  await page.getByTestId('run:cancel').click();
  await expect(page.getByTestId('run:status')).toHaveText('CANCELLED', { timeout: 15_000 });
  await expect(page.getByTestId('run:logs-live')).toHaveText('complete');
  // Every chunk exactly once, in order: 1, 2, … — nothing lost or repeated across the drop.
  const seqs = await shownSeqs();
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
});
