/**
 * A data file the compiled checks refuse is handed to zod, which the app loads
 * only then (a separate script, under the same CSP). zod either accepts it after
 * all (a key the schema does not name is dropped) or names the place of the fault.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  builtTimeline,
  copyBuildWithData,
  startHarness,
  watchForProblems,
  type Harness,
} from './harness';
import type { Page } from 'playwright-core';
import type { TimelineFile } from '../../src/shared/schema';

const opened: { harness: Harness; root: string }[] = [];
afterAll(async () => {
  for (const { harness, root } of opened) {
    await harness.close();
    rmSync(root, { recursive: true, force: true });
  }
});

async function serve(spoil: (file: TimelineFile) => void, name: string) {
  const data = builtTimeline();
  spoil(data);
  const { root } = copyBuildWithData(data, name);
  const harness = await startHarness({ root });
  opened.push({ harness, root });
  const page = await harness.newPage();
  const problems = watchForProblems(page);
  // The app asks for zod while it checks a part, which it fetches once the first view
  // is drawn (or, with no outline, while it checks the whole file, before drawing).
  let zodAsked = false;
  page.on('request', (r) => {
    if (r.url().includes('zodVerdict')) zodAsked = true;
  });
  await page.goto(harness.baseUrl);
  return { page, problems, zodAsked: () => zodAsked };
}

/** Opens the first event in the list and waits for its passages: its part is in, checked. */
async function openedEventShowsPassages(page: Page) {
  await page
    .getByRole('list', { name: 'Events in date order' })
    .getByRole('button')
    .first()
    .click();
  await page.locator('#event-details blockquote').first().waitFor();
}

describe('a data file the compiled checks refuse', () => {
  it('is shown when zod accepts it, dropping what the schema does not name', async () => {
    const { page, problems, zodAsked } = await serve((file) => {
      Object.assign(file.articles[0]!, { note: 'a key the schema does not name' });
    }, 'extra-key');
    await page.locator('.vis-item.vis-point').first().waitFor();
    await expect.poll(zodAsked).toBe(true);
    await openedEventShowsPassages(page);
    expect(problems).toEqual([]);
  });

  it('names the place of the fault when zod refuses it too', async () => {
    const { page, problems, zodAsked } = await serve((file) => {
      file.articles[0]!.url = 'javascript:alert(1)';
    }, 'bad-link');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      '“articles.0.url”: only http and https links',
    );
    expect(zodAsked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('is not needed for a good file: the seeds never load zod', async () => {
    const { page, zodAsked } = await serve(() => undefined, 'good');
    await openedEventShowsPassages(page);
    expect(zodAsked()).toBe(false);
  });
});

describe('a data file of the right shape that the app cannot draw', () => {
  it.each<[string, (file: TimelineFile) => void, string]>([
    [
      'an event dated 30 February',
      (file) => {
        file.events[0]!.date = { ...file.events[0]!.date, start: '2019-02-30', precision: 'day' };
      },
      '“events.0.date.start”: "2019-02-30" is not a real calendar date',
    ],
    [
      'two events with one id',
      (file) => {
        file.events[1]!.id = file.events[0]!.id;
      },
      '“events.1.id”: ',
    ],
    [
      'two crises with one id',
      (file) => {
        file.crises[1]!.id = file.crises[0]!.id;
      },
      '“crises.1.id”: ',
    ],
    [
      'an event whose id is "constructor"',
      (file) => {
        file.events[0]!.id = 'constructor';
      },
      '“events.0.id”: ',
    ],
    [
      'a source whose offsets point at other words than its excerpt',
      (file) => {
        const source = file.events[0]!.sources[0]!;
        source.offset = source.offset === 0 ? 1 : 0;
      },
      "“events.0.sources.0”: the article's text at offset",
    ],
    [
      'a source whose offsets reach past its article',
      (file) => {
        file.events[0]!.sources[0]!.offset = 10_000_000;
      },
      '“events.0.sources.0”: offset 10000000',
    ],
    [
      'a title with a right-to-left override',
      (file) => {
        file.events[0]!.title = 'Talks \u202Edemuser';
      },
      '“events.0.title”: no bidi controls',
    ],
    [
      'a month 13',
      (file) => {
        file.articles[0]!.published = '2019-13-01';
      },
      '“articles.0.published”',
    ],
  ])('%s is refused, naming the place', async (_label, spoil, message) => {
    const { page, problems } = await serve(spoil, _label.replace(/\W+/g, '-'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(message);
    expect(problems).toEqual([]);
  });

  it('draws a crisis whose id is "none" in lanes by crisis, beside the events of no crisis', async () => {
    const { page, problems } = await serve((file) => {
      const old = file.crises[0]!.id;
      file.crises[0]!.id = 'none';
      for (const event of file.events) if (event.crisis === old) event.crisis = 'none';
    }, 'crisis-none');
    await page.goto(`${page.url()}?group=crisis`);
    await page.locator('.vis-item.vis-point').first().waitFor();
    await expect(page.locator('.vis-label').count()).resolves.toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
});
