/**
 * Adding one's own article in real Chromium: the workspace opens from the header,
 * an invented report pasted there gives its event on the same list, dated from its
 * publication day and marked as the person's own; it is still there after a
 * reload, and goes when the article is removed; a second tab's change shows in
 * the first without a reload. axe finds nothing on the
 * workspace, and at 390 px nothing scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, startHarness, type Harness } from './harness';
import { addArticle, CONVOY, FERRY } from './addArticle';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const REPORT = FERRY.text;
const OWN_ROW = /Okafor: The ferry service between the two islands would resume/;

// A second invented report, for a second tab: "on Wednesday" is 6 March.
const SECOND = 'Port Authority chief Daniel Mbeki said on Wednesday that the new pier would open.';
const SECOND_ROW = /Mbeki/;

async function addReport(page: Page, text = REPORT, headline = 'Ferry to resume', count = 1) {
  const dialog = await addArticle(page, { text, headline, published: FERRY.published });
  await dialog.getByText(new RegExp(`^Added\\. Your articles now give ${count} event`)).waitFor();
  return dialog;
}

function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('adding your own articles', () => {
  it('shows the event on the list, keeps it over a reload, and removes it', async () => {
    const { page, problems } = await openApp(harness, '');
    const dialog = await addReport(page);
    expect(page.url()).toContain('add=1');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.search.includes('add=1'));

    const row = page.getByRole('button', { name: OWN_ROW });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/^5 Mar 2019.*From an added article$/);
    await row.click();
    const panel = page.locator('#event-details');
    await panel.getByText('From an added article:').waitFor();
    await panel.getByText('How this date was read').click();
    await panel
      .getByText(/worked out from the text and the publication date.*Friday 8 March 2019/)
      .waitFor();

    await page.reload();
    await page.getByRole('button', { name: OWN_ROW }).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Add articles' }).click();
    await page.getByRole('button', { name: 'Remove “Ferry to resume”' }).click();
    await page.getByText('Removed, with its events.').waitFor();
    await page.getByRole('button', { name: OWN_ROW }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows what another tab added, without a reload', async () => {
    const first = await openApp(harness, '');
    await addReport(first.page);
    await first.page.getByRole('button', { name: 'Close' }).click();
    const second = await openApp(harness, '');
    await second.page.getByRole('button', { name: OWN_ROW }).waitFor({ timeout: 60_000 });
    await addReport(second.page, SECOND, 'Pier to open', 2);
    // The first tab hears of it on the store's channel and reads the articles again.
    await first.page.getByRole('button', { name: SECOND_ROW }).waitFor({ timeout: 60_000 });
    await expect(first.page.getByRole('button', { name: OWN_ROW }).count()).resolves.toBe(1);

    const dialog = second.page.getByRole('dialog', { name: 'Add your own articles' });
    await dialog.getByRole('button', { name: 'Remove “Ferry to resume”' }).click();
    await dialog.getByText('Removed, with its events.').waitFor();
    await dialog.getByRole('button', { name: 'Remove “Pier to open”' }).click();
    await dialog.getByText('No articles added yet.').waitFor();
    await first.page.getByRole('button', { name: SECOND_ROW }).waitFor({ state: 'detached' });
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  it('joins a report of a happening the corpus tells to its event, not beside it', async () => {
    const { page, problems } = await openApp(harness, '');
    const total = await page.getByText(/^\d+ of \d+ events$/).textContent();
    const dialog = await addArticle(page, CONVOY);
    await dialog.getByText(/^Added\. Your articles now give 1 event/).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    // One event per happening: the count stands, and the corpus's event gains the passage.
    await expect(page.getByText(/^\d+ of \d+ events$/).textContent()).resolves.toBe(total);
    const row = page.getByRole('button', { name: /Pulwama.*From an added article$/ });
    await row.click();
    await page
      .locator('#event-details')
      .getByText(/^Sources: 3 passages from 3 articles/)
      .waitFor();

    await page.getByRole('button', { name: 'Add articles' }).click();
    await dialog.getByRole('button', { name: /^Remove/ }).click();
    await dialog.getByText('Removed, with its events.').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone without scrolling sideways', async () => {
    const { page, problems } = await openApp(harness, '?add=1', { width: 390, height: 844 });
    await page.getByRole('dialog', { name: 'Add your own articles' }).waitFor();
    await page.getByText('No articles added yet.').waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
