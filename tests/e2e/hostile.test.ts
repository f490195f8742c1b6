/**
 * Article text is data, never markup. A build whose data file carries script
 * tags, event handlers, right-to-left overrides and giant words must render it
 * all as inert text. (A title may not carry a right-to-left override at all: the
 * app refuses such a file, naming the place, in refusedData.test.ts; the article's
 * own words keep theirs, verbatim.)
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtTimeline,
  copyBuildWithData,
  nextFrames,
  startHarness,
  watchForProblems,
  type Harness,
} from './harness';

const PAYLOAD =
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> \u202Eevil\u202C';
const TITLE = '<img src=x onerror=alert(1)> evil 🚩 <b>bold</b>';
const LONG_WORD = 'A'.repeat(400);

let harness: Harness;
let root: string;
beforeAll(async () => {
  const data = builtTimeline();
  const article = data.articles[0]!;
  const excerpt = `${PAYLOAD} ${LONG_WORD}`;
  article.text = `${article.text}\n${excerpt}`;
  article.headline = `<i onmouseover="window.__pwned = 3">${article.headline}</i>`;
  data.events.push({
    ...data.events[0]!,
    id: '2019-03-16-hostile',
    title: TITLE,
    date: { start: '2019-03-16', precision: 'day', basis: 'publication', explanation: PAYLOAD },
    sources: [
      {
        article: article.id,
        excerpt,
        offset: article.text.length - excerpt.length,
        length: excerpt.length,
        published: article.published,
      },
    ],
  });
  ({ root } = copyBuildWithData(data, 'hostile'));
  harness = await startHarness({ root });
});
afterAll(async () => {
  await harness?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('hostile article text', () => {
  it('shows markup as text and runs nothing', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${harness.baseUrl}?event=2019-03-16-hostile`);
    const panel = page.getByRole('region', { name: /evil/ });
    await panel.waitFor();
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(TITLE);
    await expect(panel.textContent()).resolves.toContain(PAYLOAD);
    await panel.getByRole('button', { name: 'Read the whole article' }).click();
    await expect(page.locator('.article-reader mark').textContent()).resolves.toContain('<script>');
    await page.locator('.source-headline').hover();
    await nextFrames(page);
    // Nothing from the data became an element or ran.
    await expect(page.locator('main img, main script, main b, main i').count()).resolves.toBe(0);
    await expect(
      page.locator('.vis-item .item-label', { hasText: '<img src=x' }).count(),
    ).resolves.toBe(1);
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    // A 400-letter word must not push the page sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reaches vis only as text: the build escapes what vis would parse, with no HTML whitelist', () => {
    const scripts = readdirSync(join(root, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(root, 'assets', name), 'utf8'));
    // The xss package's whitelist would let tags like <b> through; it must not be in the build.
    expect(scripts.some((code) => code.includes('getDefaultWhiteList'))).toBe(false);
    expect(scripts.some((code) => code.includes('&#39;'))).toBe(true);
  });
});
