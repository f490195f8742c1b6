/**
 * Search that forgives, in the built app at a laptop's and a phone's size: a
 * misspelt name is corrected with "did you mean", an American spelling finds the
 * British one, an actor's short name finds the events that name it in full, and a
 * whole word does not match inside a longer name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtTimeline, startHarness, watchForProblems, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const POMPEO = '2019-03-15-mike-pompeo-on-pakistan';
const TOTAL = builtTimeline().events.length;
const RUBIO = '2025-05-08-rubio-calls-jaishankar-sharif';
const withJem = builtTimeline()
  .events.filter((e) => e.actors.some((a) => a.id === 'jem'))
  .map((e) => e.id)
  .sort();

async function searchFor(page: Page, query: string, misspelt = false): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  const count = page.locator('.result-bar .count');
  // From every event, so that the count's change shows the search has been applied
  // (each search here narrows): a count equal to the last search's would not.
  await box.fill('');
  await expect.poll(() => count.textContent()).toBe(`${TOTAL} of ${TOTAL} events`);
  await box.fill(query);
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  // A misspelling finds nothing until the speller, fetched then, has corrected it.
  if (misspelt) await page.getByRole('status').filter({ hasText: 'Did you mean' }).waitFor();
  await expect.poll(() => count.textContent()).not.toBe(`${TOTAL} of ${TOTAL} events`);
  return shownIds(page);
}

/** The events the list shows, once it has caught up with the count (a render of its own). */
async function shownIds(page: Page): Promise<string[]> {
  await expect
    .poll(async () => {
      const count = Number((await page.locator('.result-bar .count').textContent())!.split(' ')[0]);
      return count === (await page.locator('.event-row').count());
    })
    .toBe(true);
  const ids = await page
    .locator('.event-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

describe.each([
  ['laptop', 1280, 720],
  ['phone', 390, 844],
])('search at %s size', (_name, width, height) => {
  it('corrects "Pompio" to Pompeo, says so, and keeps the correction when asked', async () => {
    const page = await harness.newPage({ width, height });
    const problems = watchForProblems(page);
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item.vis-point').first().waitFor({ timeout: 15_000 });
    const corrected = await searchFor(page, 'Pompio', true);
    expect(corrected).toContain(POMPEO);
    const note = page.getByRole('status').filter({ hasText: 'Did you mean' });
    await expect.poll(() => note.textContent()).toContain('No event has “Pompio”');
    await note.getByRole('button', { name: 'pompeo' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'pompeo');
    expect(await note.count()).toBe(0);
    expect(await shownIds(page)).toEqual(corrected);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds "harbouring" for "harboring", JeM by its short name, and not Jaishankar for "Jaish"', async () => {
    const page = await harness.newPage({ width, height });
    const problems = watchForProblems(page);
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item.vis-point').first().waitFor({ timeout: 15_000 });
    expect(await searchFor(page, 'harboring', true)).toContain(POMPEO);
    expect(withJem.length).toBeGreaterThan(1);
    expect(await searchFor(page, 'JeM')).toEqual(withJem);
    const jaish = await searchFor(page, 'Jaish');
    expect(jaish).toContain('2019-02-14-pulwama-attack');
    expect(jaish).not.toContain(RUBIO);
    expect(await searchFor(page, 'Jaishankar')).toEqual([RUBIO]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
