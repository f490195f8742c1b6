/**
 * Lighthouse (performance and accessibility) on the built app with the seeds,
 * in Debian's Chromium, with both of Lighthouse's presets: the default (a
 * mid-range phone on a slow 4G link, simulated) and desktop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS } from '../tests/e2e/harness';
// @ts-expect-error: plain ESM helpers shared with npm start.
import { startStaticServer } from '../scripts/static-server.mjs';
// @ts-expect-error: see above.
import { chromiumPath } from '../scripts/chromium-path.mjs';

export interface LighthouseRun {
  preset: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  /** Milliseconds, as Lighthouse reports them (simulated for the mobile preset). */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  /** Audits that cost points, by title. */
  failing: string[];
}

export async function benchLighthouse(runs: number): Promise<LighthouseRun[]> {
  const server = (await startStaticServer({ root: 'dist' })) as {
    url: string;
    close(): Promise<void>;
  };
  const profile = mkdtempSync(join(tmpdir(), 'crisis-timeline-lighthouse-'));
  const chrome = await launch({
    chromePath: chromiumPath() as string,
    chromeFlags: CHROMIUM_FLAGS,
    userDataDir: profile,
  });
  const results: LighthouseRun[] = [];
  try {
    for (const preset of ['mobile', 'desktop'] as const)
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          server.url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
          },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result!.lhr;
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({
          preset,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          firstContentfulPaint: metric('first-contentful-paint'),
          largestContentfulPaint: metric('largest-contentful-paint'),
          totalBlockingTime: metric('total-blocking-time'),
          cumulativeLayoutShift: metric('cumulative-layout-shift'),
          failing: Object.values(lhr.audits)
            .filter(
              (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative',
            )
            .map((a) => a.title),
        });
      }
  } finally {
    chrome.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}
