/**
 * Honest dates everywhere: an event the text does not date reads "on or before"
 * in every place the app shows or hands over its date (the details, the list, the
 * tooltip, the printed page, the citation, the share page and its preview, the CSV,
 * the calendar and TimelineJS), in the words of the details; and the timeline's "≈"
 * marks exactly those events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { builtTimeline, startHarness, type Harness, openApp } from './harness';
import { download, pdfText } from './files';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const TONER = '2016-09-08-mark-toner-on-pakistan';
const LONG = 'On or before Thursday 8 September 2016';
const SHORT = 'On or before 8 Sep 2016';
const CERTAINTY = 'the latest day it can have happened: the text gives no date';
/** The event is between crises: a window of dates shows it with its neighbours. */
const SEPTEMBER_2016 = '?from=2016-09-01&to=2016-09-30';

const open = (query: string, width = 1280, height = 720) =>
  openApp(harness, query, { width, height });

describe('a date the text does not give', () => {
  const toner = builtTimeline().events.find((e) => e.id === TONER)!;

  it('is the premise: the seeds date this event only by its report', () => {
    expect(toner.date).toMatchObject({ basis: 'publication', onOrBefore: true });
  });

  it('reads "on or before" in the details, the list, the tooltip and the citation', async () => {
    const { page, problems } = await open(`?event=${TONER}`);
    await expect.poll(() => page.locator('.event-when').textContent()).toContain(LONG);
    expect(await page.locator('.event-when').textContent()).toContain(CERTAINTY);
    expect(await page.locator(`.event-row[data-event-id="${TONER}"]`).textContent()).toContain(
      SHORT,
    );
    await page.locator('.vis-item.vis-point.vis-selected').hover();
    await expect
      .poll(() => page.locator('.vis-tooltip').textContent())
      .toBe(`${LONG} (${CERTAINTY}): ${toner.title}`);
    await page.getByText('Cite or share this event').click();
    expect(await page.locator('.citation').textContent()).toContain(
      `“${toner.title}”, ${SHORT} (${CERTAINTY}).`,
    );
    await expect.poll(() => page.title()).toBe(`${toner.title} — on or before 8 Sep 2016`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads "on or before" on the share page and in its preview', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}e/${TONER}.html`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      `${toner.title} — on or before 8 Sep 2016`,
    );
    expect(await page.locator('.when').textContent()).toContain(`${LONG} (${CERTAINTY})`);
    await page.close();
  });

  it('reads "on or before" in the printed list, the CSV, the calendar and TimelineJS', async () => {
    const { page, problems } = await open(SEPTEMBER_2016);
    const { text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain(`${SHORT}${toner.title}`.replace(/\s+/g, ''));
    expect(text).toContain(CERTAINTY.replace(/\s+/g, ''));

    const rows = parseCsv(await download(page, 'Spreadsheet (.csv)'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(rows.find((r) => r.event_link!.endsWith(TONER))).toMatchObject({
      date_said: LONG,
      date_certainty: CERTAINTY,
    });

    const entry = new ICAL.Component(ICAL.parse(await download(page, 'Calendar (.ics)')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid.startsWith(TONER))!;
    expect(entry.summary).toBe(`${toner.title} (on or before this day)`);
    expect(entry.description).toContain(`${LONG} (${CERTAINTY})`);

    const slides = (
      JSON.parse(await download(page, 'TimelineJS (.json)')) as {
        events: { unique_id: string; display_date: string }[];
      }
    ).events;
    expect(slides.find((s) => s.unique_id === TONER)?.display_date).toBe(SHORT);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is what "≈" marks on the timeline, and nothing else is', async () => {
    const { page } = await open(SEPTEMBER_2016);
    const doubtful = builtTimeline()
      .events.filter(
        (e) =>
          e.date.start.startsWith('2016-09') &&
          (e.date.onOrBefore || e.date.basis === 'publication'),
      )
      .map((e) => e.title)
      .sort();
    expect(doubtful.length).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (await page.locator('.vis-item.approximate .item-label').allTextContents()).sort(),
      )
      .toEqual(doubtful);
    expect(await page.locator('.legend-notes').textContent()).toContain('On or before');
    await page.close();
  });
});
