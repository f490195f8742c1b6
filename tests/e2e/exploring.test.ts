/**
 * Exploring as a newcomer would, at a laptop's and a phone's size: the whole
 * story on the first view, the open event always in view, the crises side by
 * side, one definition of the marks, and a page that scrolls like a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, builtTimeline, startHarness, type Harness, openApp } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SIZES = [
  ['laptop', 1280, 720],
  ['phone', 390, 844],
] as const;

const open = (query: string, width: number, height: number) =>
  openApp(harness, query, { width, height });

/** Whether `locator`'s box lies wholly inside the viewport (and, if given, above a covered bottom). */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    // The sheet over the bottom of a phone's screen hides what is under it.
    const sheet = document.getElementById('event-details');
    const sheetTop =
      sheet && getComputedStyle(sheet).position === 'fixed' && !sheet.contains(element)
        ? sheet.getBoundingClientRect().top
        : window.innerHeight;
    return (
      box.height > 0 &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= Math.min(window.innerHeight, sheetTop) + 0.5 &&
      box.right <= window.innerWidth + 0.5
    );
  });
}

/** The open event's title and its first excerpt are on screen. */
async function detailsInView(page: Page, title: string) {
  const heading = page.getByRole('heading', { level: 2, name: title });
  await heading.waitFor();
  // The page moves to the item after vis has drawn it: give it the frames it takes.
  await expect
    .poll(async () => [
      await inViewport(page, heading),
      await inViewport(page, page.locator('.event-panel .source blockquote').first()),
    ])
    .toEqual([true, true]);
}

const crises = builtTimeline().crises;
const events = builtTimeline().events;
const eventsOf = (crisis: { id: string }) => events.filter((e) => e.crisis === crisis.id).length;
/** The crises of the period the seeds report on; the others are chapters with no events. */
const reported = crises.filter((c) => eventsOf(c) > 0);

describe.each(SIZES)('at %s size (%i × %i)', (_name, width, height) => {
  it('shows every crisis, with marks for its events, on the first view', async () => {
    const { page, problems } = await open('', width, height);
    expect(reported.length).toBeGreaterThanOrEqual(2);
    for (const crisis of crises) {
      const chapter = page.getByRole('button', { name: new RegExp(`^${crisis.name}`) });
      if (eventsOf(crisis) === 0) {
        // A crisis of the period no seed article reports on: no chapter of "0 events",
        // but named under the chapters.
        expect(await chapter.count()).toBe(0);
        expect(await page.locator('.chapters-outside').textContent()).toContain(crisis.name);
        continue;
      }
      expect(await inViewport(page, chapter)).toBe(true);
      const marks = chapter.locator('.mark');
      expect(await marks.count()).toBeGreaterThan(0);
      expect(await inViewport(page, marks.first())).toBe(true);
    }
    // And the detail timeline starts on the first screen too.
    expect(await inViewport(page, page.locator('.vis-item.vis-point').first())).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('brings the opened event into view after a click, a deep link, and ← / →', async () => {
    const deep = await open('?event=2019-03-15-mike-pompeo-on-pakistan', width, height);
    await detailsInView(deep.page, 'Pompeo: Pakistan has to stop harbouring terrorists');
    // ← and →, from the opened event.
    await deep.page.keyboard.press('ArrowRight');
    await deep.page.waitForURL(/event=2019-03-15-us-state-department/);
    const next = events.find((e) => deep.page.url().includes(e.id))!;
    await detailsInView(deep.page, next.title);
    await deep.page.keyboard.press('ArrowLeft');
    await deep.page.waitForURL(/event=2019-03-15-mike-pompeo/);
    await detailsInView(deep.page, 'Pompeo: Pakistan has to stop harbouring terrorists');
    expect(deep.problems).toEqual([]);
    await deep.page.close();

    const { page, problems } = await open('', width, height);
    const item = page.locator('.vis-item.vis-point', { hasText: 'Terrorists kill 26 civilians' });
    await item.click();
    await detailsInView(page, 'Terrorists kill 26 civilians in Pahalgam');
    // Escape closes it and gives focus back to where it was opened from.
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('event='));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sets the crises side by side, one lane per crisis, counted in days from the trigger', async () => {
    const { page, problems } = await open('', width, height);
    await page.getByRole('button', { name: 'Crises side by side' }).click();
    await page.waitForURL(/view=aligned/);
    const lanes = page.locator('.aligned-lane');
    // The view is fetched when first asked for.
    await lanes.first().waitFor();
    // A lane for each crisis that holds events; a crisis no article reports on has none.
    await expect(lanes.count()).resolves.toBe(reported.length);
    for (const crisis of crises)
      await expect(
        page.getByRole('region', { name: new RegExp(crisis.name) }).count(),
      ).resolves.toBe(eventsOf(crisis) > 0 ? 1 : 0);
    await expect(page.locator('.aligned-axis .tick-zero').textContent()).resolves.toBe('day 0');
    // Keyboard: an event is a button; Enter opens it, and the details come into view.
    const first = page
      .getByRole('region', { name: /Pulwama/ })
      .getByRole('button', { name: /^day 0 / });
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=2019-02-14/);
    await detailsInView(page, 'JeM suicide bomber kills 40 CRPF personnel in Pulwama');
    // The view is in the link, and filters apply to it.
    const url = new URL(page.url());
    url.searchParams.delete('event');
    url.searchParams.set('kind', 'attack');
    await page.goto(url.toString());
    await page.locator('.aligned-item').first().waitFor();
    const kinds = await page
      .locator('.aligned-item')
      .evaluateAll((items) => items.map((i) => i.className.match(/kind-(\w+)/)?.[1]));
    expect(new Set(kinds)).toEqual(new Set(['attack']));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws each kind’s legend mark exactly as its items', async () => {
    const { page, problems } = await open('?view=calendar', width, height);
    const shapes = await page.evaluate(() => {
      const look = (element: Element | null) => {
        if (!element) return null;
        const style = getComputedStyle(element);
        return `${style.clipPath} | ${style.backgroundColor} | ${style.width} × ${style.height}`;
      };
      return [...document.querySelectorAll('.legend-kind')].map((button) => {
        const kind = /kind-(\w+)/.exec(button.className)![1]!;
        return {
          kind,
          legend: look(button.querySelector('.mark')),
          item: look(document.querySelector(`.vis-item.vis-dot.kind-${kind}`)),
          chapter: look(document.querySelector(`.chapter .mark.kind-${kind}:not(.mark-context)`)),
        };
      });
    });
    const drawn = shapes.filter((s) => s.item !== null);
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    for (const s of drawn) expect(s.item, s.kind).toBe(s.legend);
    for (const s of shapes.filter((s) => s.chapter !== null))
      expect(s.chapter, s.kind).toBe(s.legend);
    // No two kinds share a shape: colour is never the only difference.
    expect(new Set(shapes.map((s) => s.legend!.split(' | ')[0])).size).toBe(shapes.length);
    // A kind pressed in the legend filters, and the link keeps it.
    await page.getByRole('button', { name: /^Attack \d+$/ }).click();
    await page.waitForURL(/kind=attack/);
    await expect
      .poll(() =>
        page
          .locator('.vis-item.vis-point')
          .evaluateAll((items) => items.every((i) => i.className.includes('kind-attack'))),
      )
      .toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('scrolls the page, not the timeline, with the wheel; Ctrl + wheel zooms', async () => {
    const { page, problems } = await open('', width, height);
    const canvas = page.getByTestId('timeline');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=timeline]')?.getAttribute('data-window-end'),
    );
    const windowOf = async () =>
      `${await canvas.getAttribute('data-window-start')}/${await canvas.getAttribute('data-window-end')}`;
    const before = await windowOf();
    const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 100) / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await windowOf()).toBe(before);
    await page.evaluate(() => window.scrollTo(0, 0));
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(panel.x + panel.width / 2, panel.y + 20);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(windowOf).not.toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['the first view', ''],
    ['an open event', '?event=2017-10-23-tillerson-bagram'],
    ['the crises side by side', '?view=aligned&event=2019-03-15-mike-pompeo-on-pakistan'],
  ])('has no accessibility violations at any impact: %s', async (_label, query) => {
    const { page } = await open(query, width, height);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a crisis window', () => {
  it('counts its weeks on the axis, not only its months', async () => {
    const { page, problems } = await open('?crisis=2019-pulwama-balakot', 1280, 720);
    await expect
      .poll(() => page.locator('.vis-time-axis .vis-text.vis-minor').allTextContents())
      .toEqual(expect.arrayContaining(['17 Feb', '24 Feb', '3 Mar']));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the actor filter', () => {
  it('counts a country’s officials as the country, combines as the reader says, and closes on Escape or a click outside', async () => {
    const { page, problems } = await open('', 1280, 720);
    const toggle = page.getByRole('button', { name: /^Actors/ });
    await toggle.click();
    const us = page.getByRole('checkbox', { name: /^United States \d+$/ });
    const label = await page.locator('label.actor-option', { has: us }).textContent();
    const count = Number(/(\d+)$/.exec(label!)![1]);
    await us.check();
    await page.waitForURL(/actor=us/);
    const shown = Number((await page.locator('.result-bar .count').textContent())!.split(' ')[0]);
    expect(shown).toBe(count);
    // Pompeo, Toner and the State Department speak for the United States.
    expect(shown).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Choose actors' }).count()).resolves.toBe(0);
    await expect(toggle.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await toggle.click();
    await page.getByRole('radio', { name: 'All of them together' }).check();
    await page.waitForURL(/match=all/);
    await page.mouse.click(1200, 700);
    await expect(page.getByRole('dialog', { name: 'Choose actors' }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
