import { expect, test } from '@playwright/test';
import { createTraces } from './api';

test('lists traces created through the API and filters them by source', async ({ page, request }) => {
  // A per-test suffix keeps this independent of whatever other tests created.
  const tag = `e2e-${Date.now()}`;
  await createTraces(request, [
    {
      prompt: `[${tag}] What is 2 + 3?`,
      finalAnswer: '5',
      source: `${tag}-arith`,
      steps: [
        { type: 'parse', content: 'two numbers: 2 and 3' },
        { type: 'compute', content: '2 + 3 = 5' },
      ],
    },
    {
      prompt: `[${tag}] What is 7 × 6?`,
      finalAnswer: '42',
      source: `${tag}-arith`,
      steps: [{ type: 'compute', content: '7 × 6 = 42' }],
    },
    {
      prompt: `[${tag}] Capital of France?`,
      finalAnswer: 'Paris',
      source: `${tag}-geo`,
      steps: [{ type: 'recall', content: 'The capital of France is Paris.' }],
    },
  ]);

  await page.goto('/traces');
  const table = page.getByTestId('traces:table');
  await expect(table).toBeVisible();
  const rows = page.getByTestId('traces:row').filter({ hasText: tag });
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Capital of France?' })).toContainText(`${tag}-geo`);

  await page.getByTestId('traces:source-filter').fill(`${tag}-arith`);
  await page.getByTestId('traces:source-filter').press('Enter');
  await expect(page).toHaveURL(new RegExp(`source=${tag}-arith`));
  await expect(page.getByTestId('traces:row')).toHaveCount(2);
  await expect(page.getByTestId('traces:row').filter({ hasText: 'Capital of France?' })).toHaveCount(0);

  await page.getByTestId('traces:row').filter({ hasText: '2 + 3' }).click();
  // The steps as a timeline: position, kind, text.
  await expect(page.getByTestId('trace:step')).toHaveText(['1parsetwo numbers: 2 and 3', '2compute2 + 3 = 5']);
  await expect(page.getByTestId('trace:final-answer')).toHaveText('5');
});

test('header links reach each section', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('home')).toBeVisible();
  await expect(page.getByTestId('nav:home')).toHaveAttribute('aria-current', 'page');
  for (const [section, table] of [
    ['traces', 'traces:table'],
    ['datasets', 'datasets:table'],
    ['runs', 'runs:table'],
    ['tuning', 'tuning:table'],
    ['registry', 'registry:table'],
  ] as const) {
    await page.getByTestId(`nav:${section}`).click();
    await expect(page).toHaveURL(new RegExp(`/${section}$`));
    await expect(page.getByTestId(table)).toBeVisible();
    await expect(page.getByTestId('error')).toHaveCount(0);
  }
  await expect(page.getByTestId('nav:graphiql')).toHaveAttribute('href', /\/graphql$/);
});
