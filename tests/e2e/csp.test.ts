/** The built app runs under a strict Content-Security-Policy, and never trips it. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, watchForProblems, type Harness } from './harness';

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
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is enforced, and the listener hears a violation (the check can fail)', async () => {
    const page = await harness.newPage();
    const problems = watchForProblems(page);
    await page.goto(harness.baseUrl);
    await page.locator('.vis-item').first().waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    // The page's console message reaches this process in its own time: on a loaded CI
    // machine it had not yet arrived when the page's own 100 ms wait was over.
    await expect
      .poll(() => problems.some((p) => p.includes('CSP violation: script-src')), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.close();
  });
});
