/**
 * Correcting the machine in real Chromium, on the built timeline: retitle and
 * redate an event, take one off, merge two, split one, attach words selected in
 * an article; undo and redo; reload and find every change, each event saying it
 * was corrected by hand with the machine's reading beside it. axe finds nothing
 * with the editor open, and at 390 px nothing scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/shared/schema';
import {
  axeViolations,
  builtTimeline,
  openApp,
  screenshotPath,
  settled,
  startHarness,
  type Harness,
} from './harness';
import { addArticle, FERRY } from './addArticle';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const timeline = builtTimeline();
const events = timeline.events;
const passagesOf = (e: TimelineEvent) => new Set(e.sources.map((s) => s.excerpt)).size;
const byId = (id: string) => events.find((e) => e.id === id)!;
// A State Department briefing the seeds tell in seven passages, with no date of its own
// (placed on or before the report's day), and a line from the same briefing told apart.
const wide = byId('2016-09-08-mark-toner-on-pakistan');
const sameDay = byId('2016-09-08-us-on-pakistan');
/** One far from both, to take off the timeline. */
const notOne = events.find((e) => e.date.start.slice(0, 4) !== wide.date.start.slice(0, 4))!;
const total = events.length;

const NEW_TITLE = 'Toner: the US is urging Pakistan to take action against terrorist groups';
const SPLIT_TITLE = 'A second point of the same briefing';

function panel(page: Page) {
  return page.locator('#event-details');
}

async function openEditor(page: Page) {
  await panel(page).getByRole('button', { name: 'Correct this event' }).click();
  return panel(page).getByRole('region', { name: 'Correct this event' });
}

async function said(page: Page, words: string | RegExp) {
  await panel(page).locator('.correction-said').getByText(words).waitFor({ timeout: 30_000 });
}

const countShown = (page: Page, n: number) =>
  page.getByText(new RegExp(`^${n} of ${n} events$`)).waitFor({ timeout: 30_000 });

describe('correcting the timeline by hand', () => {
  it('corrects, takes off, merges, splits; undoes and redoes; keeps it all over a reload', async () => {
    const { page, problems } = await openApp(harness, `?event=${wide.id}`);
    const editor = await openEditor(page);
    expect(await axeViolations(page)).toEqual([]);
    await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(NEW_TITLE);
    await editor.getByRole('textbox', { name: /^From/ }).fill('2016-09-08');
    await editor.getByRole('checkbox', { name: /On or before/ }).uncheck();
    await editor
      .getByRole('textbox', { name: /^Note/ })
      .fill('An example of a note: why the date was changed.');
    await editor.getByRole('button', { name: 'Save corrections' }).click();
    await said(page, /^Corrected: /);
    await panel(page).getByRole('heading', { level: 2, name: NEW_TITLE }).waitFor();
    await panel(page).getByText('Thursday 8 September 2016').waitFor();
    await panel(page).getByText('dated by hand', { exact: true }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^8 Sep 2016.*${NEW_TITLE}`) }).waitFor();

    // The same happening, told as two events: the other's passages join this one.
    const merge = (await openEditor(page)).getByRole('form', {
      name: 'Merge another event into this one',
    });
    await merge.getByRole('combobox').selectOption(sameDay.id);
    await merge.getByRole('button', { name: 'Merge into this event' }).click();
    await said(page, /^Merged /);
    await countShown(page, total - 1);

    // Two happenings told as one: the first passage goes to an event of its own.
    const split = (await openEditor(page)).getByRole('form', {
      name: 'Split passages off into a new event',
    });
    await split.getByRole('checkbox').first().check();
    await split.getByRole('textbox', { name: 'The new event’s title' }).fill(SPLIT_TITLE);
    await split.getByRole('button', { name: 'Split off as a new event' }).click();
    await said(page, /^Split off/);
    await countShown(page, total);
    await page.getByRole('button', { name: new RegExp(SPLIT_TITLE) }).waitFor();

    // Undo takes the split back, redo brings it back.
    await panel(page).getByRole('button', { name: 'Undo' }).click();
    await said(page, 'Undone.');
    await countShown(page, total - 1);
    await panel(page).getByRole('button', { name: 'Redo' }).click();
    await said(page, 'Redone.');
    await countShown(page, total);

    // Not an event: taken off; the panel shows a neighbour.
    await page.goto(`${harness.baseUrl}?event=${notOne.id}`);
    await settled(page);
    await (await openEditor(page)).getByRole('button', { name: 'Take this event off' }).click();
    await said(page, /Undo brings it back/);
    await countShown(page, total - 1);

    await page.reload();
    await settled(page);
    await countShown(page, total - 1);
    // The list follows the count a frame later (useAfterPaint).
    await page
      .getByRole('button', { name: new RegExp(notOne.title) })
      .waitFor({ state: 'detached' });
    await page.getByRole('button', { name: new RegExp(SPLIT_TITLE) }).waitFor();
    await page.getByRole('button', { name: new RegExp(NEW_TITLE) }).click();
    const note = panel(page).locator('details.corrected-note');
    await note.getByText('Corrected by hand').click();
    await note.getByText(wide.title).waitFor();
    await note.getByText(/“An example of a note: why the date was changed\.”/).waitFor();
    await page.screenshot({ path: screenshotPath('corrected-event-desktop') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('attaches words selected in an article as evidence', async () => {
    const touched = [wide.id, sameDay.id, notOne.id];
    const event = events.find((e) => passagesOf(e) === 1 && !touched.includes(e.id))!;
    const { page, problems } = await openApp(harness, `?event=${event.id}`);
    await panel(page)
      .getByRole('button', { name: /^Read the whole article/ })
      .click();
    const reader = panel(page).locator('.article-reader p');
    await reader.waitFor();
    // Select words outside the marked passage, as a person would drag over them.
    await reader.evaluate((p) => {
      const text = [...p.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 30,
      )!;
      const at = text.textContent!.search(/\S/);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 30);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await panel(page)
      .getByRole('button', { name: 'Attach the selected words as evidence' })
      .click();
    await panel(page).getByText('Attached to this event.').waitFor({ timeout: 30_000 });
    await panel(page)
      .getByText(/^Sources: 2 passages/)
      .waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists a correction whose event is gone, applies it to nothing, and takes it back', async () => {
    const { page, problems } = await openApp(harness, '');
    const dialog = await addArticle(page, FERRY);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: /Okafor/ }).click();
    const editor = await openEditor(page);
    await editor.getByRole('textbox', { name: 'Title', exact: true }).fill('Ferry back next week');
    await editor.getByRole('button', { name: 'Save corrections' }).click();
    await said(page, /^Corrected: title/);

    // The article goes, and with it the passage the correction rests on.
    await page.getByRole('button', { name: 'Add articles' }).click();
    await dialog.getByRole('button', { name: 'Remove “Ferry to resume”' }).click();
    await dialog.getByText('Removed, with its events.').waitFor();
    // The page says so too, for whoever closes the workspace without reading its list.
    const notice = page
      .getByRole('alert')
      .filter({ hasText: /^1 of your corrections no longer applies/ });
    await notice.waitFor();
    const item = dialog.getByRole('listitem').filter({ hasText: 'Ferry back next week' });
    await item.getByText(/No longer applies: /).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await item.getByRole('button', { name: /^Take back: title/ }).click();
    await dialog.getByText('Taken back: the event is as it was.').waitFor();
    expect(await item.count()).toBe(0);
    await notice.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits the editor on a 390 px phone without scrolling sideways', async () => {
    const { page, problems } = await openApp(harness, `?event=${wide.id}`, {
      width: 390,
      height: 844,
    });
    await openEditor(page);
    await panel(page).getByRole('button', { name: 'Save corrections' }).waitFor();
    await panel(page).locator('.correction-bar').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('correct-event-phone') });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
