/** Lanes, the date window and focus, in the built app. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtTimeline, startHarness, windowSettled, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(query = '') {
  const page = await harness.newPage();
  await page.goto(`${harness.baseUrl}${query}`);
  await page.locator('.vis-item.vis-point').first().waitFor();
  return page;
}

describe('view controls', () => {
  it('splits the timeline into a lane per crisis, and remembers it in the URL', async () => {
    const page = await open();
    await page.getByLabel('Lanes').selectOption('crisis');
    await page.waitForURL(/group=crisis/);
    const labels = await page.locator('.vis-labelset .vis-label').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['2019: Pulwama–Balakot crisis', 'Between crises']),
    );
    await page.reload();
    await page.locator('.vis-labelset .vis-label').first().waitFor();
    await expect(page.getByLabel('Lanes').inputValue()).resolves.toBe('crisis');
    // Lanes follow the filters: only those that hold a shown event, back again when cleared.
    const laneLabels = async () =>
      (await page.locator('.vis-labelset .vis-label').allTextContents()).filter(Boolean);
    await page.getByRole('searchbox').fill('Pulwama');
    await expect.poll(laneLabels).not.toContain('2025: Pahalgam attack and Operation Sindoor');
    expect(await laneLabels()).toContain('2019: Pulwama–Balakot crisis');
    await page.getByRole('searchbox').fill('');
    await expect.poll(laneLabels).toEqual(labels);
    await page.getByLabel('Lanes').selectOption('none');
    await expect.poll(laneLabels).toEqual([]);
    await page.close();
  });

  it('opens a link whose filters match nothing on the crises years, and on the usual window once cleared', async () => {
    const usual = await open();
    const opening = await windowSettled(usual);
    await usual.close();

    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}?q=nothing-matches-this`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect
      .poll(() => timeline.getByText('No events match these filters.').isVisible())
      .toBe(true);
    // The axis is drawn, with the crises' years on it (vis alone shows the days around today).
    await expect
      .poll(() => page.locator('.vis-time-axis .vis-text', { hasText: /^2019$/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await page.locator('.vis-item.vis-point').first().waitFor();
    expect(await windowSettled(page)).toEqual(opening);
    await expect(timeline.getByText('No events match these filters.').count()).resolves.toBe(0);
    await page.close();
  });

  it('zooms to a crisis while nothing matches, and opens there once something does', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}?q=nothing-matches-this`);
    await page.getByText('No events match these filters.').first().waitFor();
    await page.getByLabel('Zoom to a crisis').selectOption('2019-pulwama-balakot');
    const canvas = page.getByTestId('timeline');
    const windowEnd = async () => Date.parse((await canvas.getAttribute('data-window-end')) ?? '');
    // vis reports the window once the zoom's animation has settled.
    await expect.poll(windowEnd).toBeLessThan(Date.parse('2020-01-01'));
    await page.getByRole('searchbox').fill('');
    await page.locator('.vis-item.vis-point').first().waitFor();
    await windowSettled(page);
    expect(await windowEnd()).toBeLessThan(Date.parse('2020-01-01'));
    await page.close();
  });

  it('keeps most of a phone-wide timeline for the items when it has lanes', async () => {
    const page = await harness.newPage({ width: 390, height: 844 });
    await page.goto(`${harness.baseUrl}?group=crisis`);
    await page.locator('.vis-item.vis-point').first().waitFor();
    const share = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=timeline]')!.getBoundingClientRect();
      const lanes = document.querySelector('.vis-panel.vis-left')!.getBoundingClientRect();
      return lanes.width / canvas.width;
    });
    // The crisis names are long: at a fixed 13rem they took most of it.
    expect(share).toBeLessThan(0.35);
    await page.close();
  });

  it.each([
    ['a lane per crisis', 'crisis'],
    ['a lane per actor kind', 'actor-kind'],
  ])('opens a link to an event with %s on the event, every lane drawn', async (_label, group) => {
    // The latest event: its label does not fit the opening window, so the timeline moves to it.
    const bruce = builtTimeline().events.find((e) => e.id.startsWith('2025-05-09-tammy-bruce'))!;
    const page = await open(`?group=${group}&event=${bruce.id}`);
    const selected = page.locator('.vis-item.vis-selected:not(.vis-dot)');
    const start = bruce.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect.poll(() => selected.textContent()).toMatch(new RegExp(`^${start}`));
    // Once the move has ended, the event is in the panel and the other lanes keep their events.
    await windowSettled(page);
    const placement = await page.evaluate(() => {
      const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const item = document.querySelector('.vis-item.vis-selected')!.getBoundingClientRect();
      return {
        inPanel: item.top >= panel.top && item.bottom <= panel.bottom,
        events: document.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range').length,
      };
    });
    expect(placement.inPanel).toBe(true);
    expect(placement.events).toBeGreaterThan(5);
    await page.close();
  });

  it.each([
    ['a crisis', '?crisis=2019-pulwama-balakot', '2019-02-14', '2019-03-22'],
    ['a stretch of dates', '?from=2017-10-01&to=2017-10-31', '2017-10-01', '2017-10-31'],
  ])('opens a link to %s on its window, not the opening one', async (_label, query, from, to) => {
    const page = await open(query);
    const canvas = page.getByTestId('timeline');
    const window = async () =>
      Promise.all([
        canvas.getAttribute('data-window-start'),
        canvas.getAttribute('data-window-end'),
      ]);
    // vis reports its window once it has settled there.
    await expect.poll(window).not.toEqual([null, null]);
    const [start, end] = (await window()).map((iso) => Date.parse(iso ?? ''));
    // The whole span is in view, with no more than room for labels either side.
    expect(start).toBeLessThanOrEqual(Date.parse(from));
    expect(end).toBeGreaterThanOrEqual(Date.parse(to));
    expect(end! - start!).toBeLessThan(3 * (Date.parse(to) - Date.parse(from) + 86_400_000));
    await page.close();
  });

  it('turns the visible stretch of time into a date filter, and clears it', async () => {
    const page = await open();
    const all = await page.locator('.event-list > li').count();
    const opened = await windowSettled(page);
    await page.getByLabel('Zoom to a crisis').selectOption('2019-pulwama-balakot');
    await windowSettled(page, opened);
    await page.getByRole('button', { name: 'Only the dates in view' }).click();
    await page.waitForURL(/from=2019-\d\d-\d\d&to=2019-\d\d-\d\d/);
    const rows = () => page.locator('.event-list > li').count();
    // The list follows the timeline in a render of its own.
    await expect.poll(rows).toBeLessThan(all);
    const inWindow = await rows();
    expect(inWindow).toBeGreaterThan(0);
    expect(inWindow).toBeLessThan(all);
    await page.getByRole('button', { name: /remove this filter/ }).click();
    await page.waitForURL((url) => !url.search.includes('from='));
    await expect.poll(rows).toBe(all);
    await page.close();
  });

  it('returns focus to the list row when the panel closes with Escape', async () => {
    const page = await open();
    const row = page.getByRole('button', {
      name: /Pompeo: Pakistan has to stop harbouring terrorists/,
    });
    await row.click();
    await page.getByRole('heading', { level: 2, name: /Pompeo/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('event='));
    await expect.poll(() => row.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('closes only the whole article on Escape inside it; the next Escape closes the event', async () => {
    const page = await open('?event=2019-03-15-mike-pompeo-on-pakistan');
    const read = page.getByRole('button', { name: /^Read the whole article/ });
    await read.click();
    const reader = page.getByRole('region', { name: /^Full text/ });
    await reader.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('event')).toBe(
      '2019-03-15-mike-pompeo-on-pakistan',
    );
    await expect.poll(() => read.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('event='));
    await page.close();
  });

  it('skips to the list without writing #event-list into the address', async () => {
    const page = await open('?crisis=2019-pulwama-balakot');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the list of events' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-list');
    expect(page.url()).not.toContain('#');
    await page.close();
  });

  it('scrolls the list, and only the list, to an event opened from a link', async () => {
    const first = await open();
    const lastId = await first
      .locator('.event-list > li')
      .last()
      .locator('button')
      .getAttribute('data-event-id');
    await first.close();
    const page = await open(`?event=${lastId}`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    const row = page.locator(`.event-list [data-event-id="${lastId}"]`);
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    // The scroll happens in an effect after the panel opens: wait for it, with a limit.
    await page
      .waitForFunction(
        (id) => {
          const list = document.querySelector('.event-list')!.getBoundingClientRect();
          const box = document
            .querySelector(`.event-list [data-event-id="${id}"]`)!
            .getBoundingClientRect();
          return box.top >= list.top && box.bottom <= list.bottom;
        },
        lastId,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const [rowBox, listBox] = await Promise.all([
      row.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
      page.locator('.event-list').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    ]);
    expect(rowBox.top).toBeGreaterThanOrEqual(listBox.top);
    expect(rowBox.bottom).toBeLessThanOrEqual(listBox.bottom);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await page.close();
  });

  it('redraws the timeline to its new width when the window narrows', async () => {
    const page = await open();
    const widths = () =>
      page.evaluate(() => ({
        container: document.querySelector('[data-testid="timeline"]')!.clientWidth,
        axis: (document.querySelector('.vis-time-axis.vis-foreground') as HTMLElement).offsetWidth,
      }));
    const wide = await widths();
    expect(wide.axis).toBe(wide.container);
    const lastLabelLeft = () =>
      page.evaluate(() =>
        Math.max(
          ...[...document.querySelectorAll('.vis-time-axis .vis-text.vis-minor')].map(
            (label) => label.getBoundingClientRect().left,
          ),
        ),
      );
    // A label lies beyond where the narrowed timeline will end.
    const NARROW = 480;
    expect(await lastLabelLeft()).toBeGreaterThan(NARROW);
    await page.setViewportSize({ width: NARROW, height: 800 });
    await page
      .waitForFunction(
        () =>
          (document.querySelector('.vis-time-axis.vis-foreground') as HTMLElement).offsetWidth ===
          document.querySelector('[data-testid="timeline"]')!.clientWidth,
        null,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    const narrow = await widths();
    expect(narrow.container).toBeLessThan(wide.container);
    expect(narrow.axis).toBe(narrow.container);
    // The axis's labels were laid out again for the new width, not left where they were.
    const narrowRight = await page.evaluate(
      () => document.querySelector('[data-testid="timeline"]')!.getBoundingClientRect().right,
    );
    expect(await lastLabelLeft()).toBeLessThanOrEqual(narrowRight);
    await page.close();
  });

  it('focuses the search box with "/" and filters as you type, highlighting matches', async () => {
    const page = await open();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.keyboard.type('harbouring');
    await page.waitForURL(/q=harbouring/);
    await expect.poll(() => page.locator('.event-list > li').count()).toBe(1);
    await expect(page.locator('.event-list mark').first().textContent()).resolves.toBe(
      'harbouring',
    );
    await page.close();
  });
});
