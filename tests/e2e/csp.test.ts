/** The built app runs under a strict Content-Security-Policy, and never trips it. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, watchForProblems, windowSettled, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Content-Security-Policy', () => {
  it('is declared in the built index.html: no inline script, no eval, self only', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = (
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    ).replace(/&#39;/g, "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('stays silent while the app is used', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${harness.baseUrl}?event=2019-02-14-pulwama-attack`);
    await page.getByRole('region', { name: /Pulwama/ }).waitFor();
    await page.getByRole('button', { name: 'Read the whole article' }).first().click();
    await page.getByLabel('Lanes').selectOption('actor-kind');
    const before = await windowSettled(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await windowSettled(page, before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is enforced, and the listener hears a violation (the check can fail)', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item').first().waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      // An inline script runs as it is inserted, if it runs at all.
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    // The page's console message reaches this process in its own time.
    await expect
      .poll(() => problems.some((p) => p.includes('CSP violation: script-src')), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.close();
  });
});
