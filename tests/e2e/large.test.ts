/**
 * 50,000 events: the app must open, draw counts instead of drowning vis-timeline,
 * and let the reader zoom down to single events. What is asserted here does not
 * depend on the machine's speed (the DOM stays small); `npm run bench` times it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTimeline } from '../../bench/syntheticTimeline';
import { PART_EVENTS } from '../../src/shared/timelineParts';
import {
  builtTimeline,
  copyBuildWithData,
  startHarness,
  watchForProblems,
  type Harness,
} from './harness';

const EVENTS = 50_000;
/** "A few hundred": what vis-timeline handles without slowing down. */
const MAX_DRAWN = 500;

let harness: Harness;
let root: string;
beforeAll(async () => {
  ({ root } = copyBuildWithData(syntheticTimeline(builtTimeline(), EVENTS), 'large'));
  harness = await startHarness({ root });
});
afterAll(async () => {
  await harness?.close();
  rmSync(root, { recursive: true, force: true });
});

describe(`${EVENTS.toLocaleString('en')} events`, () => {
  it('opens with counts per period, zooms down to events, and keeps the DOM small', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(harness.baseUrl);
    const drawn = page.locator('.vis-item:not(.vis-background)');
    const summaries = page.locator('.vis-item.summary');
    await summaries.first().waitFor({ timeout: 60_000 });
    await expect(page.locator('.result-bar .count').textContent()).resolves.toBe(
      '50,000 of 50,000 events',
    );
    expect(await drawn.count()).toBeLessThanOrEqual(MAX_DRAWN);
    await expect(summaries.first().textContent()).resolves.toMatch(/^[\d,]+ events$/);

    // The list shows a page, not fifty thousand buttons.
    const rows = page.getByRole('list', { name: 'Events in date order' }).getByRole('button');
    expect(await rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    expect(await rows.count()).toBe(100);

    // Each click on a count zooms into its period, until the events themselves appear.
    const window = page.getByTestId('timeline');
    for (let step = 0; step < 6 && (await summaries.count()) > 0; step++) {
      // Start and end: a period that ends the window can keep its end as it zooms.
      const windowNow = async () =>
        `${await window.getAttribute('data-window-start')}/${await window.getAttribute('data-window-end')}`;
      const before = await windowNow();
      await summaries.nth(Math.floor((await summaries.count()) / 2)).click();
      await page.waitForFunction((previous) => {
        const canvas = document.querySelector('[data-testid="timeline"]');
        return (
          `${canvas?.getAttribute('data-window-start')}/${canvas?.getAttribute('data-window-end')}` !==
          previous
        );
      }, before);
      expect(await drawn.count()).toBeLessThanOrEqual(MAX_DRAWN);
    }
    await expect(summaries.count()).resolves.toBe(0);
    const points = page.locator('.vis-item.vis-point');
    expect(await points.count()).toBeGreaterThan(0);
    await points.first().click();
    await page.waitForURL(/[?&]event=/);
    await page.getByRole('button', { name: 'Close event details' }).waitFor();

    // A search narrows fifty thousand events and the timeline follows.
    await page.getByRole('searchbox').fill('tillerson');
    await expect(page.locator('.result-bar .count').textContent()).resolves.toMatch(
      /^[\d,]+ of 50,000 events$/,
    );
    expect(await drawn.count()).toBeLessThanOrEqual(MAX_DRAWN);
    expect(problems).toEqual([]);
  });

  it("keeps the open event in the list's view when a filter removes the rows above it", async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(harness.baseUrl);
    const rows = page.getByRole('list', { name: 'Events in date order' }).getByRole('button');
    const row = rows.nth(40);
    const id = (await row.getAttribute('data-event-id'))!;
    const title = (await row.locator('.event-row-title').textContent())!;
    // As in Safari: no scroll anchoring to keep the row in place by luck. From the
    // start: added once the page had loaded, it raced the list's own scrolling, and
    // the test failed only when the rows' real heights arrived after it.
    await page.addInitScript(() => {
      const noAnchoring = document.createElement('style');
      noAnchoring.textContent = '* { overflow-anchor: none !important; }';
      document.addEventListener('DOMContentLoaded', () => document.head.append(noAnchoring));
    });
    await page.goto(`${harness.baseUrl}?event=${encodeURIComponent(id)}`);
    await page.getByRole('button', { name: 'Close event details' }).waitFor();
    // The row lies within the list's visible box: polled, as the list scrolls to it
    // in an effect after the render that opened or filtered it.
    const rowInView = () =>
      page.waitForFunction(
        (id) => {
          const list = document.querySelector('.event-list')?.getBoundingClientRect();
          const box = document
            .querySelector(`.event-list [data-event-id="${CSS.escape(id)}"]`)
            ?.getBoundingClientRect();
          return !!list && !!box && box.top >= list.top && box.bottom <= list.bottom;
        },
        id,
        // Generous: 50,000 events load and filter slowly while the other browser
        // test files run beside this one on two cores.
        { timeout: 20_000 },
      );
    await rowInView();
    // Its own title keeps it in, and drops most of the 40 rows above it.
    await page.getByRole('searchbox').fill(title);
    await page.waitForFunction(
      () => !document.querySelector('.result-bar .count')?.textContent?.startsWith('50,000 of'),
    );
    await rowInView();
    expect(problems).toEqual([]);
  });

  it('draws from the outline, fetches a part for what is opened, and passages alone for a search', async () => {
    // A word of the passages that no title or actor's name has: found only once they are in.
    const data = builtTimeline();
    const named = new Set(
      [...data.events.map((e) => e.title), ...data.actors.flatMap((a) => [a.name, a.shortName])]
        .join(' ')
        .toLowerCase()
        .split(/[^a-z]+/),
    );
    const word = data.events
      .flatMap((e) => e.sources.flatMap((s) => s.excerpt.toLowerCase().split(/[^a-z]+/)))
      .find((w) => w.length >= 8 && !named.has(w))!;
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item.summary').first().waitFor({ timeout: 60_000 });
    const partsAsked = () => asked.filter((path) => path.includes('/data/parts/'));
    expect(asked.filter((path) => path.endsWith('/data/timeline.json'))).toEqual([]);
    expect(partsAsked()).toEqual([]);

    // Opening an event fetches its part, and the panel shows its passages.
    await page
      .getByRole('list', { name: 'Events in date order' })
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('button', { name: 'Close event details' }).waitFor();
    await page.locator('#event-details blockquote').first().waitFor();
    expect(partsAsked()).toHaveLength(1);

    // A search reads every passage once they are in, and says so until then: it fetches
    // the passages alone, not the parts, whose articles and explanations it never reads.
    await page.getByRole('searchbox').fill(word);
    await page.waitForFunction(
      () =>
        !document.body.textContent?.includes('the passages are still loading') &&
        /^[1-9][\d,]* of/.test(document.querySelector('.result-bar .count')?.textContent ?? '') &&
        !document.querySelector('.result-bar .count')?.textContent?.startsWith('50,000 of'),
      null,
      { timeout: 60_000 },
    );
    await expect(page.locator('.result-bar .count').textContent()).resolves.toMatch(
      /^[1-9][\d,]* of 50,000 events$/,
    );
    expect(partsAsked()).toHaveLength(1);
    // Every part's passages but those of the part already in.
    expect(asked.filter((path) => path.includes('/data/passages/'))).toHaveLength(
      Math.ceil(50_000 / PART_EVENTS) - 1,
    );
    expect(problems).toEqual([]);
  });
});
