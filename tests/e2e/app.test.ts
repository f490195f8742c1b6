/* eslint-disable max-lines -- the app's browser tests share one Chromium and one built app; each describe block is one concern. */
/**
 * The built app in real headless Chromium. These run against dist/ (npm run
 * test:e2e builds it first) served by our own static server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  screenshotPath,
  startHarness,
  watchForProblems,
  windowSettled,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(
  query = '',
  options?: Parameters<Harness['newPage']>[0],
): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.newPage(options);
  const problems = watchForProblems(page);
  await page.goto(`${harness.baseUrl}${query}`);
  await page
    .locator('.vis-item.vis-point, .vis-item.vis-range')
    .first()
    .waitFor({ timeout: 15_000 });
  return { page, problems };
}

/**
 * Labels of the events drawn in the timeline's panel that it cuts off at either
 * edge, and how many are drawn. A long label wraps to fit the room the window
 * keeps for it (the longest seed titles are ~90 characters).
 */
function labelsCutOff(page: Page): Promise<{ drawn: number; cut: (string | null)[] }> {
  return page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const items = [...document.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range')];
    const drawn = items.flatMap((item) => {
      const text = item.querySelector('.item-label')!;
      const label = text.getBoundingClientRect();
      const box = item.getBoundingClientRect();
      const left = Math.min(label.left, box.left);
      const right = Math.max(label.right, box.right);
      // Wholly outside is not in view at all.
      if (right <= panel.left || left >= panel.right) return [];
      const cut = left < panel.left - 1 || right > panel.right + 1;
      return [{ title: text.textContent, cut }];
    });
    return { drawn: drawn.length, cut: drawn.filter((l) => l.cut).map((l) => l.title) };
  });
}

describe('the timeline', () => {
  it('draws the seed events on the timeline and in the list', async () => {
    const { page, problems } = await open();
    const total = await page.getByText(/^\d+ of \d+ events$/).textContent();
    const [, shown, all] = /^(\d+) of (\d+) events$/.exec(total ?? '') ?? [];
    expect(Number(all)).toBeGreaterThanOrEqual(20);
    expect(shown).toBe(all);
    // Items on the canvas carry the event titles as text.
    await expect(
      page
        .locator('.vis-item .item-label', {
          hasText: 'Pompeo: Pakistan has to stop harbouring terrorists',
        })
        .count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole('list', { name: 'Events in date order' }).getByRole('button').count(),
    ).resolves.toBe(Number(all));
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([1280, 1600])(
    'opens, and fits all, %i px wide, with no event label cut off at either edge',
    async (width) => {
      const { page, problems } = await open('', { width, height: 900 });
      const opened = await windowSettled(page);
      const opening = await labelsCutOff(page);
      // The opening view holds the latest crisis's events, and none of them is cut.
      await expect(
        page.locator('.vis-item .item-label', { hasText: 'Terrorists kill 26 civilians' }).count(),
      ).resolves.toBe(1);
      expect(opening.drawn).toBeGreaterThan(20);
      expect(opening.cut).toEqual([]);
      // Crisis bands zoomed out to slivers hide their names rather than show "2" or "2017: Af".
      const sliverLabels = await page.evaluate(() =>
        [...document.querySelectorAll('.vis-item.crisis-band')]
          .filter((band) => band.getBoundingClientRect().width < 80)
          .map((band) => getComputedStyle(band.querySelector('.item-label')!).visibility),
      );
      expect(sliverLabels.length).toBeGreaterThan(0);
      expect(new Set(sliverLabels)).toEqual(new Set(['hidden']));
      // The opening may already be everything (years of nothing are left out of the
      // axis, so a stray early event costs little): zoomed in first, Fit all must move.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      const zoomed = await windowSettled(page, opened);
      await page.getByRole('button', { name: 'Fit all' }).click();
      await windowSettled(page, zoomed);
      const fitted = await labelsCutOff(page);
      expect(fitted.drawn).toBeGreaterThanOrEqual(opening.drawn);
      expect(fitted.cut).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.each(['actor-kind', 'crisis'])(
    'opens, and fits all, with lanes (%s), with no event label cut off at either edge',
    async (group) => {
      // The lane labels take a column of their own: items get what is left.
      const { page, problems } = await open(`?group=${group}`, { width: 1280, height: 900 });
      const opened = await windowSettled(page);
      const opening = await labelsCutOff(page);
      expect(opening.drawn).toBeGreaterThan(5);
      expect(opening.cut).toEqual([]);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      const zoomed = await windowSettled(page, opened);
      await page.getByRole('button', { name: 'Fit all' }).click();
      await windowSettled(page, zoomed);
      expect((await labelsCutOff(page)).cut).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('opens a link to an event on the same window, scrolled down to the event', async () => {
    const plain = await open();
    const opening = await windowSettled(plain.page);
    await plain.page.close();
    // Pompeo's statement is stacked far down the 2019 column, below the panel's fold.
    const { page, problems } = await open('?event=2019-03-15-mike-pompeo-on-pakistan');
    expect(await windowSettled(page)).toEqual(opening);
    const inPanel = await page.evaluate(() => {
      const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const item = document.querySelector('.vis-item.vis-selected')!.getBoundingClientRect();
      return item.top >= panel.top && item.bottom <= panel.bottom;
    });
    expect(inPanel).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves nothing on the page when the timeline replaces "Loading…"', async () => {
    const page = await harness.newPage({ width: 412, height: 823 });
    // Hold the data back until "Loading…" is on the page, as on a slow link.
    await page.route('**/data/outline.json', async (route) => {
      await page.waitForFunction(() => (window as unknown as { sawLoading?: boolean }).sawLoading);
      await route.continue();
    });
    // Noted by the page itself: "Loading…" can come and go between two of
    // Playwright's polls, which then waits for it in vain.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const status = document.querySelector('[role="status"]');
        if (!status?.textContent?.includes('Loading')) return;
        (window as unknown as { sawLoading: boolean }).sawLoading = true;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item.vis-point').first().waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { sawLoading?: boolean }).sawLoading),
    ).toBe(true);
    const shift = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: 'layout-shift', buffered: true });
      // The buffered entries are the observer's at once: taken here, not waited for.
      const entries = observer.takeRecords();
      observer.disconnect();
      return entries.reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0);
    });
    expect(shift).toBe(0);
    await page.close();
  });

  it('makes no Intl call while loading or filtering', async () => {
    // Chromium loads ICU's locale data on a page's first Intl call: a long task, in
    // the middle of the first render. Every API that goes through it is
    // wrapped to note the call and then do its work as before.
    const page = await harness.newPage();
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { intlCalls: string[] }).intlCalls = calls;
      const note = <T extends object>(owner: T, key: keyof T & string, name: string) => {
        const original = owner[key] as unknown as (...args: unknown[]) => unknown;
        const wrapped = function (this: unknown, ...args: unknown[]) {
          calls.push(name);
          return new.target
            ? Reflect.construct(original, args, new.target)
            : original.apply(this, args);
        };
        Object.defineProperty(owner, key, { value: wrapped, configurable: true, writable: true });
      };
      for (const key of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules'] as const)
        note(Intl, key, `Intl.${key}`);
      note(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
      note(String.prototype, 'localeCompare', 'String#localeCompare');
      for (const key of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const)
        note(Date.prototype, key, `Date#${key}`);
    });
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item.vis-point').first().waitFor();
    await page.getByRole('searchbox').fill('pulwama');
    await page
      .getByText(/^\d+ of \d+ events$/)
      .filter({ hasNotText: /^(\d+) of \1 / })
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls),
    ).toEqual([]);
    await page.close();
  });

  it('opens an event from a deep link with its excerpt', async () => {
    const { page, problems } = await open('?event=2019-02-14-pulwama-attack');
    const panel = page.getByRole('region', { name: /Pulwama/ });
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      'Pulwama',
    );
    await expect(panel.textContent()).resolves.toContain('killed 40 CRPF personnel');
    await expect(panel.textContent()).resolves.toContain('Thursday 14 February 2019');
    await expect(page.locator('.vis-item.vis-point.vis-selected').count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('event') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by an actor chosen in the UI, updates the URL, and Back restores the view', async () => {
    const { page } = await open();
    // What the timeline draws, read after vis's next frame (it draws added items then).
    const drawn = async () => {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      return (await page.locator('.vis-item:not(.vis-background) .item-label').allTextContents())
        .map((label) => label.replace(/^.* · /, ''))
        .sort();
    };
    const listed = async () =>
      (await page.locator('.event-list .event-row-title').allTextContents()).sort();
    const before = await listed();
    const drawnBefore = await drawn();
    await page.getByText('Actors', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Mike Pompeo \d+$/ }).check();
    await page.waitForURL(/actor=mike-pompeo/);
    // The list follows the timeline in a render of its own.
    await expect.poll(listed).not.toEqual(before);
    const after = await listed();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    // Every Pompeo event in the opening window (2016–2025) is drawn, and nothing else.
    const drawnAfter = await drawn();
    expect(drawnAfter.length).toBeGreaterThan(0);
    expect(drawnAfter).toEqual(drawnBefore.filter((title) => after.includes(title)));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('actor='));
    await expect.poll(listed).toEqual(before);
    await expect(drawn()).resolves.toEqual(drawnBefore);
    await page.close();
  });

  it('zooms with the buttons', async () => {
    const { page } = await open();
    const canvas = page.getByTestId('timeline');
    const width = async () => {
      const [start, end] = await Promise.all([
        canvas.getAttribute('data-window-start'),
        canvas.getAttribute('data-window-end'),
      ]);
      return Date.parse(end ?? '') - Date.parse(start ?? '');
    };
    const opened = await windowSettled(page);
    const before = await width();
    // The axis is redrawn only when its window or size changes: a zoom must reach it.
    const axisLabels = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.vis-time-axis .vis-text.vis-minor')].map(
          (label) => `${label.textContent}@${Math.round(label.getBoundingClientRect().left)}`,
        ),
      );
    const labelsBefore = await axisLabels();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await windowSettled(page, opened);
    const zoomedIn = await width();
    expect(zoomedIn).toBeLessThan(before * 0.8);
    expect(await axisLabels()).not.toEqual(labelsBefore);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await windowSettled(page, zoomed);
    expect(await width()).toBeGreaterThan(zoomedIn * 1.2);
    await page.close();
  });

  it('walks events with the keyboard and closes with Escape', async () => {
    const { page } = await open('?event=2019-03-15-mike-pompeo-on-pakistan');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => !url.search.includes('mike-pompeo'));
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('event='));
    await expect(
      page
        .getByRole('region', { name: /./ })
        .filter({ has: page.locator('#event-title') })
        .count(),
    ).resolves.toBe(0);
    await page.close();
  });

  it('tells the reader about an unknown event id and keeps working', async () => {
    const { page } = await open('?event=no-such-event');
    await expect(
      page.getByRole('status').filter({ hasText: 'No event “no-such-event”' }).count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('sums up a link naming a thousand unknown actors in one line, and still draws', async () => {
    const actors = Array.from({ length: 1000 }, (_, i) => `nobody-${i}`).join(',');
    const { page } = await open(`?actor=${actors}`);
    const notice = page.getByRole('status').filter({ hasText: 'actors in the link are not known' });
    await notice.waitFor();
    await expect(notice.locator('p').allTextContents()).resolves.toEqual([
      '1,000 actors in the link are not known (“nobody-0”, “nobody-1”, “nobody-10” and 997 more); those filters are ignored.',
    ]);
    await page.locator('.vis-item.vis-point').first().waitFor();
    await page.close();
  });
});

describe('layouts, with the README screenshots', () => {
  const POMPEO = '?event=2019-03-15-mike-pompeo-on-pakistan';
  it.each([
    ['first-view-desktop', 1280, 720, 'light', ''],
    ['first-view-phone', 390, 844, 'light', ''],
    ['desktop-light', 1280, 860, 'light', POMPEO],
    ['desktop-dark', 1280, 860, 'dark', POMPEO],
    ['phone-light', 390, 844, 'light', POMPEO],
    ['phone-dark', 390, 844, 'dark', POMPEO],
    ['phone-narrow', 360, 740, 'light', POMPEO],
    ['aligned-desktop', 1280, 860, 'light', '?view=aligned&event=2019-02-14-pulwama-attack'],
    ['aligned-phone', 390, 844, 'dark', '?view=aligned'],
    ['crisis-desktop', 1280, 860, 'dark', '?crisis=2025-pahalgam-sindoor'],
    ['about-desktop', 1280, 860, 'light', '?about=1'],
  ] as const)('%s', async (name, width, height, colorScheme, query) => {
    const page = await harness.newPage({ width, height, colorScheme });
    await page.goto(`${harness.baseUrl}${query}`);
    await page.locator('.vis-item.vis-point, .aligned-item').first().waitFor({ timeout: 15_000 });
    if (query.includes('about'))
      await page.getByRole('dialog', { name: 'About this timeline' }).waitFor();
    // The picture is taken once the timeline's window has settled.
    await windowSettled(page);
    // Nothing may push the page sideways, down to a 360-pixel phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(name) });
    await page.close();
  });
});
