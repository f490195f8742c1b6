/* eslint-disable max-lines -- every export is read back by a reader other than its writer, and the readers need one shared setup. */
/**
 * Sharing what you saw: a link that reopens the same stretch of time at any
 * width, Back that undoes a zoom, a link whose parts disagree, per-event titles
 * and share pages, the exports, the embed and the printed page.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { TimelineEvent } from '../../src/shared/schema';
import {
  axeViolations,
  builtTimeline,
  copyBuildWithData,
  screenshotPath,
  startHarness,
  watchForProblems,
  type Harness,
  openApp,
} from './harness';
import { download, pdfPageTexts, pdfText } from './files';
// @ts-expect-error: a plain ESM helper shared with npm start.
import { startStaticServer } from '../../scripts/static-server.mjs';

let harness: Harness;
/** Another origin on 127.0.0.1 (another port): a story page that embeds, and TimelineJS itself. */
let elsewhere: { url: string; close(): Promise<void> };
const elsewhereRoot = mkdtempSync(join(tmpdir(), 'crisis-timeline-elsewhere-'));
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';

beforeAll(async () => {
  harness = await startHarness();
  copyFileSync(join(TIMELINEJS, 'js/timeline.js'), join(elsewhereRoot, 'timeline.js'));
  copyFileSync(join(TIMELINEJS, 'css/timeline.css'), join(elsewhereRoot, 'timeline.css'));
  // pdf.js, to draw printed pages for the README (as .js: the server types .mjs as nothing).
  for (const name of ['pdf.min', 'pdf.worker.min'])
    copyFileSync(`node_modules/pdfjs-dist/build/${name}.mjs`, join(elsewhereRoot, `${name}.js`));
  writeFileSync(
    join(elsewhereRoot, 'pdf.html'),
    `<!doctype html><link rel="icon" href="data:,"><body style="margin:0;background:#777">
<script type="module">
import * as pdfjs from './pdf.min.js';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.js';
const doc = await pdfjs.getDocument({ data: await (await fetch('./printed.pdf')).arrayBuffer() }).promise;
for (let n = 1; n <= Math.min(2, doc.numPages); n++) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = Object.assign(document.createElement('canvas'), { width: viewport.width, height: viewport.height });
  canvas.style.cssText = 'display:inline-block;margin:8px;background:#fff;vertical-align:top';
  document.body.append(canvas);
  await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
}
document.body.dataset.drawn = 'yes';
</script>`,
  );
  writeFileSync(
    join(elsewhereRoot, 'timelinejs.html'),
    '<!doctype html><link rel="stylesheet" href="timeline.css"><script src="timeline.js"></script>' +
      '<div id="timeline" style="width: 900px; height: 600px"></div>',
  );
  elsewhere = await startStaticServer({ root: elsewhereRoot });
});
afterAll(async () => {
  await harness?.close();
  await elsewhere?.close();
  rmSync(elsewhereRoot, { recursive: true, force: true });
});

const DAY = 86_400_000;
const SIZES = [
  ['laptop', 1280, 720],
  ['phone', 390, 844],
] as const;

const open = (query: string, width = 1280, height = 720) =>
  openApp(harness, query, { width, height });

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

describe('the window in the link, from the zoom controls', () => {
  it('"Zoom to a crisis" is one history entry, and its link reopens that window', async () => {
    const { page, problems } = await open('');
    const opened = await shownWindow(page);
    const entries = await page.evaluate(() => history.length);
    await page
      .getByRole('combobox', { name: 'Zoom to a crisis' })
      .selectOption({ label: '2019: Pulwama–Balakot crisis' });
    const zoomed = await movedWindow(page, opened);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    const again = await open(new URL(page.url()).search, 390, 844);
    expectWithinADay(await shownWindow(again.page), zoomed);
    await again.page.close();
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    await expect.poll(async () => withinADay(await shownWindow(page), opened)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('copying the link to an event', () => {
  it('copies the address as it is now, with the window moved since the event opened', async () => {
    await harness.browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(harness.baseUrl).origin,
    });
    const { page, problems } = await open('?event=2019-03-15-mike-pompeo-on-pakistan');
    await page.getByRole('heading', { level: 2, name: /^Pompeo/ }).waitFor();
    const before = await shownWindow(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await movedWindow(page, before);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Link copied' }).waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    const here = new URL(page.url());
    expect(copied.searchParams.get('event')).toBe('2019-03-15-mike-pompeo-on-pakistan');
    expect(copied.searchParams.get('window')).toBe(here.searchParams.get('window'));
    expect(copied.searchParams.get('window')).not.toBeNull();
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
    // The address is written after the frame that shows the change (addressWrites.ts).
    await expect.poll(() => new URL(page.url()).searchParams.get('crisis')).toBeNull();
    const search = new URL(page.url()).searchParams;
    expect(search.get('kind')).toBe('statement');
    expect(search.get('event')).toBe('2019-03-15-mike-pompeo-on-pakistan');
    // The event is drawn, selected, among its neighbours.
    const item = page.locator('.vis-item.vis-point.vis-selected');
    await expect.poll(() => item.textContent()).toContain('Pompeo');
    // Drawn in batches (itemBatching.ts): wait for the neighbours rather than count at once.
    await expect.poll(() => page.locator('.vis-item.vis-point').count()).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

interface TimelineJsVerdict {
  errors: string[];
  ids: string[];
  eras: number;
  slides: number;
  headlines: string[];
  ran: unknown;
}

/** The file loaded into TimelineJS itself, on another origin: what it made of it. */
async function inTimelineJs(json: string): Promise<TimelineJsVerdict> {
  const page = await harness.newPage();
  await page.goto(`${elsewhere.url}timelinejs.html`);
  await page.evaluate((text) => {
    const TL = (window as unknown as { TL: { Timeline: new (...a: unknown[]) => unknown } }).TL;
    (window as unknown as { timeline: unknown }).timeline = new TL.Timeline(
      'timeline',
      JSON.parse(text),
    );
  }, json);
  // TimelineJS loads its language first, then reads the file: its verdict comes a task later.
  type Loaded = {
    config: { getErrors(): string[]; events: { unique_id: string }[]; eras: unknown[] } | null;
    ready?: boolean;
  };
  await page.waitForFunction(() => {
    const timeline = (window as unknown as { timeline: Loaded }).timeline;
    return timeline.config !== null && (timeline.ready || timeline.config.getErrors().length > 0);
  });
  const verdict = await page.evaluate(() => {
    const { config } = (window as unknown as { timeline: Required<Loaded> }).timeline;
    return {
      errors: config!.getErrors(),
      ids: config!.events.map((e) => e.unique_id),
      eras: config!.eras.length,
      slides: document.querySelectorAll('.tl-slide').length,
      headlines: [...document.querySelectorAll('.tl-headline')].map((h) => h.textContent ?? ''),
      ran: (window as unknown as { pwned?: unknown }).pwned,
    };
  });
  await page.close();
  return verdict;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('exports of what the filters show', () => {
  const query = '?crisis=2019-pulwama-balakot&kind=statement,attack';
  const expected = builtTimeline().events.filter(
    (e) => e.crisis === '2019-pulwama-balakot' && ['statement', 'attack'].includes(e.kind),
  );
  const expectedIds = sorted(expected.map((e) => e.id));
  const idOfLink = (link: string) => new URL(link).searchParams.get('event') ?? '';

  it('downloads CSV, iCalendar and TimelineJS files that independent readers read back whole', async () => {
    const { page, problems } = await open(query);
    expect(expected.length).toBeGreaterThan(2);

    const csv = await download(page, 'Spreadsheet (.csv)');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(sorted(new Set(rows.map((r) => idOfLink(r.event_link!))))).toEqual(expectedIds);
    expect(rows).toHaveLength(expected.reduce((n, e) => n + e.sources.length, 0));
    const articles = new Map(builtTimeline().articles.map((a) => [a.id, a]));
    for (const event of expected)
      for (const source of event.sources)
        expect(rows).toContainEqual(
          expect.objectContaining({
            excerpt: source.excerpt,
            outlet: articles.get(source.article)!.outlet,
            url: articles.get(source.article)!.url ?? '',
            event_link: expect.stringContaining(`?event=${event.id}`),
          }),
        );

    const ics = await download(page, 'Calendar (.ics)');
    const entries = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(sorted(entries.map((e) => e.uid.replace(/@crisis-timeline$/, '')))).toEqual(expectedIds);
    const pompeo = entries.find((e) => e.uid.startsWith('2019-03-15-mike-pompeo'))!;
    expect([pompeo.startDate.toString(), pompeo.endDate.toString()]).toEqual([
      '2019-03-15',
      '2019-03-16',
    ]);
    expect(pompeo.description).toContain('business-standard.com');

    const json = await download(page, 'TimelineJS (.json)');
    const verdict = await inTimelineJs(json);
    expect(verdict.errors).toEqual([]);
    expect(sorted(verdict.ids)).toEqual(expectedIds);
    expect(verdict.eras).toBe(1);
    // A slide per event, and the title slide.
    expect(verdict.slides).toBe(expected.length + 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a hostile title inert in every export', async () => {
    const hostile = '=HYPERLINK("//e.test","x")<script>pwned=1</script><img src=x onerror=pwned=2>';
    expect(hostile.length).toBeLessThanOrEqual(90);
    // A formula with a line break after it, which papaparse's own guard let through.
    const broken = '=HYPERLINK("//e.test","y")\nsee';
    const data = builtTimeline();
    const target = data.events.find((e) => e.id === '2019-03-15-mike-pompeo-on-pakistan')!;
    const second = data.events.find(
      (e) => e !== target && e.crisis === '2019-pulwama-balakot' && !e.context,
    )!;
    const events: TimelineEvent[] = data.events.map((e) =>
      e === target ? { ...e, title: hostile } : e === second ? { ...e, title: broken } : e,
    );
    // The crisis's name is the TimelineJS group, shown as HTML there.
    const crises = data.crises.map((c) =>
      c.id === '2019-pulwama-balakot' ? { ...c, name: '<img src=x onerror=pwned=3>' } : c,
    );
    const copy = copyBuildWithData({ ...data, crises, events }, 'hostile-export');
    const own = await startHarness({ root: copy.root });
    try {
      const page = await own.newPage();
      const problems = watchForProblems(page);
      await page.goto(`${own.baseUrl}?crisis=2019-pulwama-balakot`);
      await page.locator('.vis-item.vis-point').first().waitFor();

      const rows = parseCsv(await download(page, 'Spreadsheet (.csv)'), {
        bom: true,
        columns: true,
      }) as Record<string, string>[];
      const titles = rows.filter((r) => r.title!.includes('pwned=1')).map((r) => r.title);
      expect(titles.length).toBe(target.sources.length);
      for (const title of titles) expect(title).toBe(`'${hostile}`);
      const brokenRows = rows.filter((r) => r.title!.includes('"y"'));
      expect(brokenRows.length).toBe(second.sources.length);
      for (const row of brokenRows) expect(row.title).toBe(`'${broken}`);

      const ics = await download(page, 'Calendar (.ics)');
      const summaries = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v).summary);
      expect(summaries).toContain(hostile);

      const verdict = await inTimelineJs(await download(page, 'TimelineJS (.json)'));
      expect(verdict.errors).toEqual([]);
      expect(verdict.ran).toBeUndefined();
      expect(verdict.headlines).toContain(hostile);

      // And the app itself, and the citation, show it as text.
      expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(problems).toEqual([]);
    } finally {
      await own.close();
      rmSync(copy.root, { recursive: true, force: true });
    }
  });
});

describe('embedding', () => {
  it('works in an iframe on another origin, and only the embed may be framed there', async () => {
    const app = `${harness.baseUrl}?crisis=2019-pulwama-balakot`;
    writeFileSync(
      join(elsewhereRoot, 'story.html'),
      `<!doctype html><title>A story</title><link rel="icon" href="data:,"><p>A story about the crisis.</p>` +
        `<iframe name="embed" src="${app}&embed=1" title="Timeline" width="720" height="560"></iframe>` +
        `<iframe name="full" src="${app}" title="Full app" width="720" height="300"></iframe>`,
    );
    const page = await harness.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${elsewhere.url}story.html`);
    expect(new URL(elsewhere.url).origin).not.toBe(new URL(harness.baseUrl).origin);

    const embed = page.frameLocator('iframe[name="embed"]');
    await embed.locator('.vis-item.vis-point').first().waitFor({ timeout: 15_000 });
    // The timeline alone: no header, search or crisis strip; a way out to the full view.
    // (Its heading is still there for screen readers, in a 1-pixel box.)
    expect((await embed.locator('.app-header').boundingBox())!.height).toBeLessThanOrEqual(1);
    expect(await embed.getByRole('searchbox').count()).toBe(0);
    expect(await embed.getByRole('navigation', { name: 'Crises' }).count()).toBe(0);
    const out = embed.getByRole('link', { name: /Open full view/ });
    expect(await out.getAttribute('target')).toBe('_blank');
    const outUrl = new URL((await out.getAttribute('href'))!);
    expect(outUrl.searchParams.get('embed')).toBeNull();
    expect(outUrl.searchParams.get('crisis')).toBe('2019-pulwama-balakot');
    // Its events open as in the app.
    await embed.locator('.vis-item.vis-point').first().click();
    await embed.locator('#event-details h2').waitFor();
    // A link out of the embed opens outside the frame: followed in it, the share page
    // (which refuses framing by another site) would replace the timeline with an error.
    await embed.getByText('Cite or share this event').click();
    const [sharePage] = await Promise.all([
      page.context().waitForEvent('page'),
      embed.getByRole('link', { name: 'Page for sharing' }).click(),
    ]);
    await sharePage.waitForLoadState('domcontentloaded');
    expect(new URL(sharePage.url()).pathname).toMatch(/\/e\/[a-z0-9_-]+\.html$/);
    await sharePage.close();
    await embed.locator('#event-details h2').waitFor();
    expect(
      page
        .frames()
        .find((f) => f.name() === 'embed')
        ?.url(),
    ).toContain('embed=1');

    // The full app refuses to be framed by another site.
    await expect
      .poll(() => errors.some((e) => /frame-ancestors/.test(e)), { timeout: 10_000 })
      .toBe(true);
    expect(await page.frameLocator('iframe[name="full"]').locator('#root').count()).toBe(0);
    expect(errors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
    await page.close();
  });

  it('gives the iframe snippet for the current view', async () => {
    const { page, problems } = await open('?crisis=2019-pulwama-balakot&kind=statement');
    await page.getByRole('button', { name: 'Share and export' }).click();
    const snippet = await page
      .getByRole('dialog', { name: 'Share and export' })
      .getByRole('textbox', { name: /Paste into a page/ })
      .inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
    const url = new URL(src!);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('crisis')).toBe('2019-pulwama-balakot');
    expect(url.searchParams.get('kind')).toBe('statement');
    expect(snippet).toMatch(/title="[^"]+"/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('printing', () => {
  it('prints the filtered events with dates, titles, sources and addresses, and no controls', async () => {
    const { page, problems } = await open(
      '?crisis=2019-pulwama-balakot&event=2019-03-15-mike-pompeo-on-pakistan',
    );
    const shown = builtTimeline().events.filter((e) => e.crisis === '2019-pulwama-balakot');
    const articles = new Map(builtTimeline().articles.map((a) => [a.id, a]));
    const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }));
    const has = (words: string) => text.includes(words.replace(/\s+/g, ''));
    expect(pages).toBeGreaterThan(1);
    expect(has(`${shown.length} events, with their sources`)).toBe(true);
    for (const event of shown) {
      expect(has(event.title)).toBe(true);
      for (const source of event.sources) {
        const article = articles.get(source.article)!;
        expect(has(article.outlet)).toBe(true);
        if (article.url) expect(has(article.url)).toBe(true);
      }
    }
    expect(has('15 Mar 2019')).toBe(true);
    // Events outside the filter are not listed.
    expect(has('Terrorists kill 26 civilians in Pahalgam')).toBe(false);
    for (const control of [
      'Share and export',
      'Clear all filters',
      'Show context',
      'Fit all',
      'Zoom to a crisis',
      'Only the dates in view',
      'Copy link',
      'Search',
      'Open full view',
      'Skip to',
    ])
      expect(has(control), control).toBe(false);
    // After printing, the screen is as it was.
    expect(await page.locator('.print-list').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('printing the full view', () => {
  it('starts the timeline on the first page, not after a blank one', async () => {
    const { page, problems } = await open('');
    const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    const labels = await page.locator('.vis-item .item-label').allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    const onFirst = labels.filter((label) => pages[0]!.includes(label.replace(/\s+/g, '')));
    expect(onFirst.length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('each event, named and shareable', () => {
  it('titles the page after the open event, and back when it closes', async () => {
    const { page, problems } = await open('?event=2019-03-15-mike-pompeo-on-pakistan');
    const before = 'Crisis timeline: US statements on Pakistan and terrorism, 2016–2025';
    await expect
      .poll(() => page.title())
      .toBe('Pompeo: Pakistan has to stop harbouring terrorists — 15 Mar 2019');
    await page.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => page.title()).toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has a static share page with preview tags and a link into the app', async () => {
    const id = '2019-03-15-mike-pompeo-on-pakistan';
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${harness.baseUrl}e/${id}.html`);
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title')).toBe(
      'Pompeo: Pakistan has to stop harbouring terrorists — 15 Mar 2019',
    );
    expect(await meta('og:description')).toMatch(/^“.*harbouring terrorists.*” \(PTI/);
    expect(await meta('twitter:card')).toBe('summary');
    expect(await meta('twitter:title')).toBe(await meta('og:title'));
    await page.getByRole('link', { name: 'Open this event in the timeline' }).click();
    await page.getByRole('heading', { level: 2, name: /^Pompeo: Pakistan/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('event')).toBe(id);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives a citation to copy, with the source and the link back', async () => {
    const { page, problems } = await open('?event=2019-03-15-mike-pompeo-on-pakistan');
    await page.getByText('Cite or share this event').click();
    const citation = await page.locator('.citation').textContent();
    expect(citation).toMatch(
      /^“Pompeo: Pakistan has to stop harbouring terrorists”, 15 Mar 2019 \(worked out from the text, right to within a day\)\. Source: PTI, carried by Business Standard, “US focused on pressing Pakistan/,
    );
    expect(citation).toContain('https://www.business-standard.com/');
    expect(citation).toContain(`${harness.baseUrl}?event=2019-03-15-mike-pompeo-on-pakistan`);
    expect(await page.getByRole('link', { name: 'Page for sharing' }).getAttribute('href')).toBe(
      'e/2019-03-15-mike-pompeo-on-pakistan.html',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  it.each([
    ['Share and export open', '?crisis=2019-pulwama-balakot', 'share'],
    [
      'the notice of a hidden event',
      '?event=2019-03-15-mike-pompeo-on-pakistan&crisis=2025-pahalgam-sindoor',
      '',
    ],
    ['the embed', '?crisis=2019-pulwama-balakot&embed=1', ''],
    ['a citation open', '?event=2019-03-15-mike-pompeo-on-pakistan', 'cite'],
  ])('axe finds no violations at any impact: %s', async (_name, query, action) => {
    const { page } = await open(query, 390, 844);
    if (action === 'share') {
      await page.getByRole('button', { name: 'Share and export' }).click();
      await page.getByRole('dialog', { name: 'Share and export' }).waitFor();
    }
    if (action === 'cite') await page.getByText('Cite or share this event').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds no violations on a share page', async () => {
    const page = await harness.newPage({ width: 390, height: 844 });
    await page.goto(`${harness.baseUrl}e/2019-03-15-mike-pompeo-on-pakistan.html`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('README screenshots', () => {
  it('of Share and export, the notice and the share page', async () => {
    const { page } = await open('?crisis=2019-pulwama-balakot&kind=statement');
    await page.getByRole('button', { name: 'Share and export' }).click();
    await page.getByRole('dialog', { name: 'Share and export' }).waitFor();
    await page.screenshot({ path: screenshotPath('share-desktop') });
    await page.close();

    const phone = await open(
      '?event=2019-03-15-mike-pompeo-on-pakistan&crisis=2025-pahalgam-sindoor',
      390,
      844,
    );
    await phone.page.getByRole('button', { name: 'Show it in context' }).waitFor();
    await phone.page.screenshot({ path: screenshotPath('hidden-event-phone') });
    await phone.page.goto(`${harness.baseUrl}e/2019-03-15-mike-pompeo-on-pakistan.html`);
    await phone.page.screenshot({ path: screenshotPath('share-page-phone') });
    await phone.page.close();
  });

  it('of an embed in a story on another site, at both sizes', async () => {
    writeFileSync(
      join(elsewhereRoot, 'story-embed.html'),
      `<!doctype html><title>A story</title><link rel="icon" href="data:,">
<body style="font: 18px/1.5 Georgia, serif; max-width: 760px; margin: 1rem auto; padding: 0 0.5rem; color: #222; background: #fff">
<h1>How Washington answered Pulwama</h1>
<p>In the six weeks after the attack, US officials pressed Pakistan in public, as the timeline below shows.</p>
<iframe src="${harness.baseUrl}?crisis=2019-pulwama-balakot&kind=statement,attack,strike&embed=1" title="Timeline" width="100%" height="560" style="border: 1px solid #ccc"></iframe>
<p>The story goes on.</p>`,
    );
    for (const [name, width, height] of SIZES) {
      const page = await harness.newPage({ width, height });
      await page.goto(`${elsewhere.url}story-embed.html`);
      await page.frameLocator('iframe').locator('.vis-item.vis-point').first().waitFor();
      // vis reports its window once it has settled: the picture is taken after that.
      await page
        .frameLocator('iframe')
        .getByTestId('timeline')
        .and(page.frameLocator('iframe').locator('[data-window-start]'))
        .waitFor();
      await page.screenshot({ path: screenshotPath(`embed-${name}`) });
      await page.close();
    }
  });

  it('of the printed pages', async () => {
    const { page } = await open('?crisis=2019-pulwama-balakot');
    // The legend's counts follow vis's first draw.
    await expect
      .poll(() => page.locator('.legend-kind .count').first().textContent())
      .toMatch(/\d/);
    writeFileSync(join(elsewhereRoot, 'printed.pdf'), await page.pdf({ format: 'A4' }));
    await page.close();
    const viewer = await harness.newPage({ width: 1240, height: 860 });
    await viewer.goto(`${elsewhere.url}pdf.html`);
    await viewer.locator('body[data-drawn]').waitFor();
    await viewer.screenshot({ path: screenshotPath('print') });
    await viewer.close();
  });
});
