/**
 * What a person curated in the browser is what the build ships: corrections made
 * in the app are exported as one file, `npm run extract -- --corrections FILE`
 * applies it to the corpus, a build is made from that, and the built app shows
 * the same timeline, event for event (an added report of a happening the corpus
 * tells joining its event in both), with its share page saying what was corrected. The build goes to a folder of its own: the work tree is not touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { builtTimeline, openApp, settled, startHarness, type Harness } from './harness';
import { addArticle, CONVOY } from './addArticle';

const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-roundtrip-'));
let browser: Harness;
let rebuilt: Harness | undefined;
beforeAll(async () => {
  browser = await startHarness();
});
afterAll(async () => {
  await browser?.close();
  await rebuilt?.close();
  rmSync(work, { recursive: true, force: true });
});

const events = builtTimeline().events;
const retitled = events.find((e) => new Set(e.sources.map((s) => s.article)).size > 1)!;
const dropped = events.find((e) => e.id !== retitled.id && e.date.start.startsWith('2025'))!;
const NEW_TITLE = 'A title a person wrote for this event';

/** Every row of the list, as the reader sees it: date, title, marks. */
async function listedRows(page: Page): Promise<string[]> {
  const rows = page.locator('#event-list li');
  await rows.first().waitFor();
  return (await rows.allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim());
}

async function correctInBrowser(page: Page): Promise<void> {
  // A report of a happening the corpus tells: it joins that event in both.
  const dialog = await addArticle(page, CONVOY);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const panel = page.locator('#event-details');
  await page.goto(`${browser.baseUrl}?event=${retitled.id}`);
  await settled(page);
  await panel.getByRole('button', { name: 'Correct this event' }).click();
  await panel.getByRole('textbox', { name: 'Title', exact: true }).fill(NEW_TITLE);
  await panel.getByRole('button', { name: 'Save corrections' }).click();
  await panel.getByText(/^Corrected: title/).waitFor({ timeout: 30_000 });
  await page.goto(`${browser.baseUrl}?event=${dropped.id}`);
  await settled(page);
  await panel.getByRole('button', { name: 'Correct this event' }).click();
  await panel.getByRole('button', { name: 'Take this event off the timeline' }).click();
  await panel.getByText(/Undo brings it back/).waitFor({ timeout: 30_000 });
}

async function exportWorkspace(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Add articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own articles' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export workspace' }).click(),
  ]);
  const path = join(work, 'corrections.json');
  await file.saveAs(path);
  return path;
}

/** `npm run extract -- --corrections FILE`, then a build, both into `work`. */
async function extractAndBuild(corrections: string): Promise<string> {
  const publicDir = join(work, 'public');
  cpSync('public', publicDir, { recursive: true });
  execFileSync(
    process.execPath,
    [
      'scripts/cli.mjs',
      '--corrections',
      corrections,
      '--out',
      join(publicDir, 'data/timeline.json'),
    ],
    { stdio: 'pipe' },
  );
  const outDir = join(work, 'dist');
  await build({ logLevel: 'silent', publicDir, build: { outDir, emptyOutDir: true } });
  return outDir;
}

describe('corrections made in the browser, shipped by the build', () => {
  it('builds the same corrected timeline from the exported file', async () => {
    const { page, problems } = await openApp(browser, '');
    await correctInBrowser(page);
    await page.goto(browser.baseUrl);
    await settled(page);
    // The shipped list draws first; the workspace's corrections follow once read.
    await page.getByRole('button', { name: new RegExp(NEW_TITLE) }).waitFor({ timeout: 30_000 });
    const inBrowser = await listedRows(page);
    expect(inBrowser.some((row) => row.includes(NEW_TITLE))).toBe(true);
    expect(inBrowser.some((row) => row.includes(dropped.title))).toBe(false);
    expect(inBrowser.filter((row) => row.includes('From an added article'))).toHaveLength(1);
    const file = await exportWorkspace(page);

    const outDir = await extractAndBuild(file);
    rebuilt = await startHarness({ root: outDir });
    const built = await openApp(rebuilt, '');
    expect(await listedRows(built.page)).toEqual(inBrowser);

    await built.page.goto(`${rebuilt.baseUrl}?event=${retitled.id}`);
    await built.page
      .locator('#event-details')
      .getByText('Corrected by hand', { exact: true })
      .waitFor();
    const share = await (await fetch(`${rebuilt.baseUrl}e/${retitled.id}.html`)).text();
    expect(share).toContain(NEW_TITLE);
    expect([...problems, ...built.problems]).toEqual([]);
  });
});
