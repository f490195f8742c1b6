/**
 * Sharing what you saw: a link that reopens the same stretch of time at any
 * width, Back that undoes a zoom, a link whose parts disagree, per-event titles
 * and share pages, the exports, the embed and the printed page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, watchForProblems, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const DAY = 86_400_000;
const SIZES = [
  ['laptop', 1280, 720],
  ['phone', 390, 844],
] as const;

async function open(query: string, width = 1280, height = 720) {
  const page = await harness.newPage({ width, height });
  const problems = watchForProblems(page);
  await page.goto(`${harness.baseUrl}${query}`);
  await page.locator('.vis-item.vis-point').first().waitFor({ timeout: 15_000 });
  return { page, problems };
}

/** The window vis reports once a move has settled, in ms. */
async function shownWindow(page: Page): Promise<{ start: number; end: number }> {
  const timeline = page.getByTestId('timeline');
  await expect.poll(() => timeline.getAttribute('data-window-start')).not.toBeNull();
  const [start, end] = await timeline.evaluate((element) => [
    Date.parse(element.dataset.windowStart ?? ''),
    Date.parse(element.dataset.windowEnd ?? ''),
  ]);
  return { start: start!, end: end! };
}

/**
 * Waits until the window has moved away from `from` and then stopped (vis reports
 * the end of a move 200 ms after it), with the address naming it.
 */
async function movedWindow(page: Page, from: { start: number; end: number }) {
  await expect
    .poll(async () => {
      const now = await shownWindow(page);
      return now.start !== from.start || now.end !== from.end;
    })
    .toBe(true);
  let last = await shownWindow(page);
  await expect
    .poll(
      async () => {
        const now = await shownWindow(page);
        const same = now.start === last.start && now.end === last.end;
        last = now;
        return (
          same && (await page.evaluate(() => new URL(location.href).searchParams.get('window')))
        );
      },
      { interval: 400 },
    )
    .toBeTruthy();
  return last;
}

const withinADay = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.abs(a.start - b.start) <= DAY && Math.abs(a.end - b.end) <= DAY;

function expectWithinADay(
  actual: { start: number; end: number },
  expected: { start: number; end: number },
) {
  expect(Math.abs(actual.start - expected.start)).toBeLessThanOrEqual(DAY);
  expect(Math.abs(actual.end - expected.end)).toBeLessThanOrEqual(DAY);
}

describe('the window in the link', () => {
  it('reopens a zoomed and panned view with the same window at 1280 and 390 px', async () => {
    const { page, problems } = await open('?crisis=2019-pulwama-balakot');
    const opened = await shownWindow(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await movedWindow(page, opened);
    // Pan: drag the timeline a third of its width to the left, later in time.
    const box = (await page.getByTestId('timeline').boundingBox())!;
    const y = box.y + box.height - 20;
    await page.mouse.move(box.x + box.width * 0.6, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
    await page.mouse.up();
    const seen = await movedWindow(page, zoomed);
    expect(seen.start).toBeGreaterThan(zoomed.start + DAY);
    const link = page.url();
    expect(new URL(link).searchParams.get('window')).toMatch(/^2019-0\d-\d\d\.\.2019-0\d-\d\d$/);
    for (const [, width, height] of SIZES) {
      const again = await open(new URL(link).search, width, height);
      expectWithinADay(await shownWindow(again.page), seen);
      expect(again.problems).toEqual([]);
      await again.page.close();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Back after a zoom restores the window before it, and Forward the zoom', async () => {
    const { page, problems } = await open('?crisis=2019-pulwama-balakot');
    const before = await shownWindow(page);
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await movedWindow(page, before);
    expect(zoomed.end - zoomed.start).toBeLessThan((before.end - before.start) * 0.75);
    // One entry for the whole zoom, not one per frame of its animation.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await expect
      .poll(() => page.evaluate(() => location.search))
      .toBe('?crisis=2019-pulwama-balakot');
    await expect.poll(async () => withinADay(await shownWindow(page), before)).toBe(true);
    await page.goForward();
    await expect.poll(async () => withinADay(await shownWindow(page), zoomed)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a link whose parts disagree', () => {
  it('opens the event, says the filters hide it, and shows it in context in one click', async () => {
    const { page, problems } = await open(
      '?event=2019-03-15-mike-pompeo-on-pakistan&crisis=2025-pahalgam-sindoor&kind=statement',
    );
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Pompeo: Pakistan has to stop harbouring terrorists',
      })
      .waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'is open, but hidden by' });
    // Only the crisis hides it: it is a statement, so the kind filter does not.
    await expect.poll(() => notice.textContent()).toContain('hidden by the crisis “2025: Pahalgam');
    expect(await notice.textContent()).not.toContain('kinds');
    await notice.getByRole('button', { name: 'Show it in context' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    const search = new URL(page.url()).searchParams;
    expect(search.get('crisis')).toBeNull();
    expect(search.get('kind')).toBe('statement');
    expect(search.get('event')).toBe('2019-03-15-mike-pompeo-on-pakistan');
    // The event is drawn, selected, among its neighbours.
    const item = page.locator('.vis-item.vis-point.vis-selected');
    await expect.poll(() => item.textContent()).toContain('Pompeo');
    expect(await page.locator('.vis-item.vis-point').count()).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
