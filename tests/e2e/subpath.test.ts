/** The same build must work from a sub-path of any static host. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, watchForProblems, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ base: '/some/dir/' });
});
afterAll(async () => {
  await harness?.close();
});

describe('hosting under a sub-path', () => {
  it('loads the data and opens a deep link', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    expect(harness.baseUrl).toMatch(/\/some\/dir\/$/);
    await page.goto(`${harness.baseUrl}?event=2017-10-23-tillerson-bagram`);
    await page.getByRole('region', { name: /Tillerson/ }).waitFor();
    await expect(page.locator('.vis-item.vis-point').count()).resolves.toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});
