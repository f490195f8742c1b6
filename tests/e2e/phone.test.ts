/**
 * The phone: at 320 and 390 px no view scrolls sideways, the actors list fits with
 * its Done and Clear on screen, the first screen shows an event with a way to the
 * list, and the search box's placeholder is whole. The desktop size is checked too,
 * so the phone's rules cannot break it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startHarness, type Harness, openApp } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SIZES = [
  ['desktop', 1280, 720],
  ['phone', 390, 844],
  ['small phone', 320, 640],
] as const;

const open = (query: string, width: number, height: number) =>
  openApp(harness, query, { width, height });

/** How far the page can scroll sideways, in px: 0 when nothing sticks out. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.scrollTo(10_000, window.scrollY);
    const x = window.scrollX;
    window.scrollTo(0, window.scrollY);
    return Math.max(x, document.documentElement.scrollWidth - window.innerWidth);
  });
}

/** Whether the whole of `locator`'s box is on screen, as the page first shows it. */
function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.left >= -0.5 &&
      box.top >= -0.5 &&
      box.right <= window.innerWidth + 0.5 &&
      box.bottom <= window.innerHeight + 0.5
    );
  });
}

describe.each(SIZES)('at %s size (%i × %i)', (_name, width, height) => {
  it.each([
    ['the first view', '', null],
    ['an open event', '?event=2019-03-15-mike-pompeo-on-pakistan', null],
    ['the crises side by side', '?view=aligned', null],
    ['About', '?about=1', 'About this timeline'],
    ['the actors list', '', 'Choose actors'],
    ['actors chosen, named on their button', '?actor=mike-pompeo,pakistan,us', null],
    ['Share and export', '', 'Share and export'],
  ])('does not scroll sideways: %s', async (_label, query, dialog) => {
    const { page, problems } = await open(query, width, height);
    if (dialog === 'Choose actors') await page.getByRole('button', { name: /^Actors/ }).click();
    if (dialog === 'Share and export')
      await page.getByRole('button', { name: 'Share and export' }).click();
    if (dialog) await page.getByRole('dialog', { name: dialog }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits the actors list, its Done and Clear on screen', async () => {
    const { page } = await open('?actor=us', width, height);
    await page.getByRole('button', { name: /^Actors/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose actors' });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    for (const name of ['Done', 'Clear actors'])
      expect(await onScreen(dialog.getByRole('button', { name })), name).toBe(true);
    await page.close();
  });

  it('shows an event on the first screen', async () => {
    const { page } = await open('', width, height);
    const items = page.locator('.vis-item.vis-point');
    const seen = await Promise.all((await items.all()).map((item) => onScreen(item)));
    expect(seen).toContain(true);
    await page.close();
  });

  it('shows the search placeholder whole', async () => {
    const { page } = await open('', width, height);
    const fits = await page.getByRole('searchbox', { name: 'Search' }).evaluate((element) => {
      const input = element as HTMLInputElement;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);
    await page.close();
  });
});

describe.each(SIZES.slice(1))('a way to the list at %s size', (_name, width, height) => {
  it('takes the reader to the list without writing #event-list into the address', async () => {
    const { page } = await open('', width, height);
    await page.getByRole('link', { name: 'The list', exact: true }).click();
    await expect.poll(() => onScreen(page.locator('.event-row').first())).toBe(true);
    expect(page.url()).not.toContain('#');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-list');
    await page.close();
  });
});
