/**
 * The overview: the whole period on one strip, crises wide and the years between
 * narrow, with the timeline's window on it as a brush. The window moves the brush,
 * and the brush (a press on the strip, or the arrow keys) moves the window, at a
 * laptop's and two phones' sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, startHarness, windowSettled, type Harness, openApp } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(query: string, width: number, height: number) {
  const opened = await openApp(harness, query, { width, height });
  await windowSettled(opened.page);
  return opened;
}

/** The brush's middle lies over the segment of the strip labelled `year`. */
async function brushOver(page: Page, year: string): Promise<boolean> {
  const brush = (await page.getByRole('slider', { name: /timeline's window/ }).boundingBox())!;
  const segment = (await segmentOf(page, year).boundingBox())!;
  const middle = brush.x + brush.width / 2;
  return middle >= segment.x - 1 && middle <= segment.x + segment.width + 1;
}

const segmentOf = (page: Page, year: string): Locator =>
  page.locator('.overview-crisis', { hasText: year });

const windowYear = (page: Page) =>
  page.evaluate(() => {
    const timeline = document.querySelector<HTMLElement>('[data-testid=timeline]')!;
    const middle =
      (Date.parse(timeline.dataset.windowStart!) + Date.parse(timeline.dataset.windowEnd!)) / 2;
    return new Date(middle).getFullYear();
  });

describe.each([
  ['laptop', 1280, 720],
  ['phone', 390, 844],
  ['small phone', 320, 640],
])('the overview at %s size', (_name, width, height) => {
  it('follows the window: a crisis chosen, the brush is over it', async () => {
    const { page, problems } = await open('?crisis=2019-pulwama-balakot', width, height);
    expect(await brushOver(page, '2019')).toBe(true);
    const before = await windowSettled(page);
    await page.getByRole('button', { name: /^2025: Pahalgam/ }).click();
    await windowSettled(page, before);
    await expect.poll(() => brushOver(page, '2025')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves the window: a press on the strip, then the arrow keys on the brush', async () => {
    const { page, problems } = await open('?window=2019-02-10..2019-03-25', width, height);
    expect(await windowYear(page)).toBe(2019);
    const before = await windowSettled(page);
    const target = (await segmentOf(page, '2025').boundingBox())!;
    await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
    const moved = await windowSettled(page, before);
    expect(await windowYear(page)).toBe(2025);
    expect(await brushOver(page, '2025')).toBe(true);
    // A move by the reader: the address names the new window.
    await page.waitForURL((url) => url.searchParams.get('window')?.startsWith('2025') ?? false);
    const brush = page.getByRole('slider', { name: /timeline's window/ });
    await brush.focus();
    await page.keyboard.press('ArrowLeft');
    const keyed = await windowSettled(page, moved);
    expect(Date.parse(keyed.start!)).toBeLessThan(Date.parse(moved.start!));
    // ← moved the brush, and opened no event.
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the calendar at a glance', () => {
  /** The years the axis labels, left to right. */
  const axisYears = (page: Page) =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.vis-time-axis .vis-text.vis-major, .vis-time-axis .vis-text.vis-minor',
        ),
      ]
        .map((label) => /^(\d{4})$/.exec(label.textContent!.trim())?.[1])
        .filter((year): year is string => year !== undefined)
        .map(Number),
    );

  it('leaves the years of nothing out of "Fit all", says so, and ends near the last event', async () => {
    const { page, problems } = await open('', 1280, 720);
    const opened = await windowSettled(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await windowSettled(page, opened);
    await page.getByRole('button', { name: 'Fit all' }).click();
    const fitted = await windowSettled(page, zoomed);
    const years = await axisYears(page);
    expect(years).toContain(2019);
    expect(years).toContain(2025);
    // The seeds have no event from 2020 to 2024: those years are not on the axis.
    expect(years.filter((year) => year > 2020 && year < 2024)).toEqual([]);
    // Room past the last event (May 2025) for its label: before, with 2020-2024 drawn
    // at full width, that room reached into 2029.
    expect(new Date(fitted.end!).getFullYear()).toBeLessThanOrEqual(2028);
    await expect(page.getByText(/Left out of the calendar/).textContent()).resolves.toMatch(
      /\b202[01] to \w+ 202[45]\b/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the overview, accessibility', () => {
  it('axe finds no violations with the brush on the page', async () => {
    const { page } = await open('?crisis=2019-pulwama-balakot', 1280, 720);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
