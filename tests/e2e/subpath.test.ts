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

  it('serves the share pages there, linking into the app under the same sub-path', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${harness.baseUrl}e/2017-10-23-tillerson-bagram.html`);
    await page.getByRole('link', { name: 'Open this event in the timeline' }).click();
    await page.getByRole('region', { name: /Tillerson/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/some/dir/');
    expect(problems).toEqual([]);
  });
});
