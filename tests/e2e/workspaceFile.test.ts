/**
 * The workspace as a file, in real Chromium: an article added in one browser is
 * exported (the download caught), and imported into a fresh browser profile (a new
 * user-data-dir), where its event shows on the timeline. A file that is not a
 * corrections file changes nothing and says why; an import over a workspace with
 * articles asks first, and the question is answered by keyboard. axe finds nothing
 * on the question, at 390 px.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  nextFrames,
  openApp,
  screenshotPath,
  startHarness,
  windowSettled,
  type Harness,
} from './harness';
import { addArticle, FERRY } from './addArticle';

const folder = mkdtempSync(join(tmpdir(), 'crisis-timeline-workspace-file-'));
const harnesses: Harness[] = [];
afterAll(async () => {
  for (const harness of harnesses) await harness.close();
  rmSync(folder, { recursive: true, force: true });
});

async function freshBrowser(): Promise<Harness> {
  const harness = await startHarness();
  harnesses.push(harness);
  return harness;
}

/** The row of FERRY's event (addArticle.ts). */
const OWN_ROW = /Okafor: The ferry service between the two islands would resume/;

async function openWorkspace(page: Page) {
  await page.getByRole('button', { name: 'Add articles' }).click();
  return page.getByRole('dialog', { name: 'Add your own articles' });
}

async function chooseFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace…' }).click();
  await (await chooser).setFiles(path);
}

describe('the workspace as a file', () => {
  const exported = join(folder, 'exported.json');

  it('exports the added article as one corrections file', async () => {
    const { page, problems } = await openApp(await freshBrowser(), '', {
      width: 1280,
      height: 860,
    });
    const dialog = await addArticle(page, FERRY);
    await dialog.getByText(/^Added\. Your articles now give 1 event/).waitFor();

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export workspace' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^crisis-timeline-corrections-\d{4}-\d\d-\d\d\.json$/);
    await file.saveAs(exported);
    await dialog.getByText(/^Exported 1 article and 0 corrections as crisis-timeline/).waitFor();
    // For the README: the article added, and the workspace as a file below it.
    await dialog
      .getByRole('heading', { name: 'Your workspace as a file' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('workspace-desktop') });
    const saved = JSON.parse(readFileSync(exported, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({
      format: 'crisis-timeline-corrections',
      version: 1,
      articles: [{ headline: 'Ferry to resume', outlet: 'My notes', published: '2019-03-08' }],
      corrections: [],
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('imports it into a fresh browser profile, where its event shows', async () => {
    const { page, problems } = await openApp(await freshBrowser(), '', {
      width: 1280,
      height: 860,
    });
    const dialog = await openWorkspace(page);
    await dialog.getByText('No articles added yet.').waitFor();

    const broken = join(folder, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'crisis-timeline-corrections', version: 2 }));
    await chooseFile(page, broken);
    await dialog
      .getByRole('alert')
      .getByText(/^“broken\.json” was not imported, and nothing was changed: version: /)
      .waitFor();

    await chooseFile(page, exported);
    await dialog
      .getByText(/^Imported exported\.json: your workspace now holds 1 article and 0 corrections/)
      .waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Remove “Ferry to resume”' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const row = page.getByRole('button', { name: OWN_ROW });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/^5 Mar 2019.*From an added article$/);
    // For the README: the imported article's event, opened from its own link as a reader would.
    await row.click();
    await page.waitForURL((url) => url.search.includes('event='));
    await page.goto(page.url());
    await page
      .locator('#event-details')
      .getByText('From an added article:')
      .waitFor({ timeout: 60_000 });
    await windowSettled(page);
    await page.screenshot({ path: screenshotPath('workspace-event-desktop') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks before replacing a workspace, by keyboard, and fits 390 px', async () => {
    const [, second] = harnesses;
    const { page, problems } = await openApp(second!, '?add=1', { width: 390, height: 844 });
    const dialog = page.getByRole('dialog', { name: 'Add your own articles' });
    await dialog.getByRole('button', { name: 'Remove “Ferry to resume”' }).waitFor();
    await chooseFile(page, exported);
    const question = dialog.getByRole('group', { name: /^Importing replaces the 1 article/ });
    await question.waitFor();
    // The choice that loses nothing has the focus.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Keep my workspace',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);

    await page.keyboard.press('Enter');
    await dialog.getByText('Not imported: your workspace is as it was.').waitFor();
    await chooseFile(page, exported);
    await question.waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await dialog.getByText(/^Imported exported\.json/).waitFor({ timeout: 60_000 });
    // The import's own note on the store's channel is not taken for another tab's change.
    await page.getByRole('button', { name: OWN_ROW }).waitFor();
    await nextFrames(page);
    await expect(dialog.getByText(/Another tab/).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
