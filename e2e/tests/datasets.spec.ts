import { expect, test } from '@playwright/test';
import { arithmeticTraces, createTraces } from './api';

test('the build form shows the server’s field errors, then builds the dataset and opens it', async ({ page, request }) => {
  const source = `e2e-build-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 5));

  await page.goto('/datasets');
  await page.getByTestId('datasets:new').click();
  await page.getByTestId('datasets:build-strategy').selectOption('RANDOM');
  await page.getByTestId('datasets:build-limit').fill('0');
  await page.getByTestId('datasets:build-submit').click();
  // Every bad field at once, each next to its input.
  await expect(page.getByTestId('field-error:name')).toBeVisible();
  await expect(page.getByTestId('field-error:limit')).toBeVisible();
  await expect(page.getByTestId('field-error:seed')).toContainText('required');
  await expect(page.getByTestId('error')).toContainText('BAD_USER_INPUT');

  await page.getByTestId('datasets:build-name').fill(source);
  await page.getByTestId('datasets:build-source').fill(source);
  await page.getByTestId('datasets:build-limit').fill('3');
  await page.getByTestId('datasets:build-seed').fill('7');
  await page.getByTestId('datasets:build-submit').click();

  await expect(page).toHaveURL(/\/datasets\/[^/?]+$/);
  await expect(page.getByTestId('dataset:trace-count')).toHaveText('3');
  await expect(page.getByTestId('dataset:item')).toHaveCount(3);
  await expect(page.getByTestId('dataset:facts')).toContainText('RANDOM seed 7');
  const exportLink = page.getByTestId('dataset:exports').getByRole('link', { name: 'TRACE', exact: true });
  const exported = await request.get((await exportLink.getAttribute('href')) ?? '');
  expect((await exported.text()).trim().split('\n')).toHaveLength(3);

  await page.getByTestId('nav:datasets').click();
  await expect(page.getByTestId('datasets:row').filter({ hasText: source })).toContainText('RANDOM');
});
