/**
 * Browser-test harness: Debian's Chromium driven by playwright-core, against the
 * built app served by our own static server on a free port.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TimelineFile } from '../../src/shared/schema';
import { timelineFileText } from '../../src/pipeline/stages/writeTimeline';
// @ts-expect-error: plain ESM helpers shared with npm start, typed loosely here.
import { startStaticServer } from '../../scripts/static-server.mjs';
// @ts-expect-error: see above.
import { chromiumPath } from '../../scripts/chromium-path.mjs';
// @ts-expect-error: see above.
import { precompress } from '../../scripts/precompress.mjs';
import { writeTimelineParts } from '../../scripts/timelineParts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Where a screenshot of the real app goes. A test run leaves the work tree as it was,
 * so they go to a temporary folder; `UPDATE_SCREENSHOTS=1 npm run test:e2e` refreshes docs/.
 */
export function screenshotPath(name: string): string {
  const folder = process.env.UPDATE_SCREENSHOTS
    ? 'docs'
    : join(tmpdir(), 'crisis-timeline-screenshots');
  mkdirSync(folder, { recursive: true });
  return join(folder, `screenshot-${name}.png`);
}

/** The seeds' timeline as built into dist/: the base that tests and the bench vary. */
export function builtTimeline(): TimelineFile {
  return JSON.parse(readFileSync('dist/data/timeline.json', 'utf8')) as TimelineFile;
}

/**
 * A temporary copy of dist/ serving `data` in place of the seeds' timeline, gzip
 * copy included, as the build would make it. The caller removes the folder.
 */
export function copyBuildWithData(
  data: TimelineFile,
  name: string,
): { root: string; bytes: number } {
  const root = mkdtempSync(join(tmpdir(), `crisis-timeline-${name}-`));
  cpSync('dist', root, { recursive: true });
  // Written as the pipeline writes it, so the bench measures what users get.
  const json = timelineFileText(data);
  writeFileSync(join(root, 'data/timeline.json'), json);
  // As the build makes them; here also for a file the build would refuse, as if its
  // outline and parts had been spoiled like it after the build: the app must refuse
  // them too. A file too broken to split gets none, and the app reads it whole.
  try {
    writeTimelineParts(join(root, 'data'), data);
  } catch {
    for (const made of ['outline.json', 'outline.json.gz', 'parts', 'passages'])
      rmSync(join(root, 'data', made), { recursive: true, force: true });
  }
  precompress(join(root, 'data'));
  return { root, bytes: json.length };
}

export interface Harness {
  browser: BrowserContext;
  baseUrl: string;
  newPage(options?: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
  }): Promise<Page>;
  close(): Promise<void>;
  /** For a page that will not let go (closing waits on a main thread busy for minutes). */
  kill(): Promise<void>;
}

interface Server {
  url: string;
  close(): Promise<void>;
}

export async function startHarness(
  options: { root?: string; base?: string } = {},
): Promise<Harness> {
  const server: Server = await startStaticServer({
    root: options.root ?? 'dist',
    base: options.base ?? '/',
  });
  const profile = mkdtempSync(join(tmpdir(), 'crisis-timeline-chromium-'));
  // A persistent context is how playwright takes a user-data-dir: a fresh one per run.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath() as string,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  const pages: Page[] = [];
  const release = async () => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return {
    browser,
    baseUrl: server.url,
    async newPage({ width = 1280, height = 900, colorScheme = 'light' } = {}) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      pages.push(page);
      return page;
    },
    async close() {
      await browser.close();
      await release();
    },
    async kill() {
      // All of Chromium's processes but its zygotes carry the profile folder on their
      // command line, and the zygotes exit with the browser.
      for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
        let command = '';
        try {
          command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        } catch {
          continue; // gone already
        }
        if (command.includes(profile)) process.kill(Number(pid), 'SIGKILL');
      }
      await release();
    },
  };
}

/** Collects what must never happen on a page: uncaught errors, console errors, dialogs. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  // Every Content-Security-Policy violation becomes a console error, so it shows as a problem.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      ),
    );
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/**
 * A fresh page at `query`, watched for problems, once the first mark of the
 * timeline (calendar or crises side by side) is drawn.
 */
export async function openApp(
  harness: Harness,
  query: string,
  size: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.newPage(size);
  const problems = watchForProblems(page);
  await page.goto(`${harness.baseUrl}${query}`);
  await page.locator('.vis-item.vis-point, .aligned-item').first().waitFor({ timeout: 15_000 });
  await settled(page);
  return { page, problems };
}

/**
 * Once what the page shows will not change on its own: the rest of a small timeline
 * is fetched and checked, and the reader's workspace read (the app's main region is
 * no longer aria-busy). Before that, the workspace's timeline can replace the shipped
 * one under a click.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('main:not([aria-busy])').waitFor({ timeout: 30_000 });
}

/** Once the page has painted twice more: what it drew after the last change is on screen. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** The timeline's window where it last settled (its data-window-start and -end attributes). */
export interface ShownWindow {
  start: string | null;
  end: string | null;
}

export function shownWindow(page: Page): Promise<ShownWindow> {
  return page.evaluate(() => {
    const timeline = document.querySelector<HTMLElement>('[data-testid=timeline]');
    return {
      start: timeline?.dataset.windowStart ?? null,
      end: timeline?.dataset.windowEnd ?? null,
    };
  });
}

/**
 * Waits for the timeline's window to settle (the page sets data-window-state to
 * "settled" when vis reports the end of a move) and for what it holds to be drawn;
 * with `movedFrom`, for a move away from that window to have settled. A page
 * without the calendar timeline (the aligned view) has nothing to wait for.
 */
export async function windowSettled(page: Page, movedFrom?: ShownWindow): Promise<ShownWindow> {
  await page.waitForFunction((from) => {
    const timeline = document.querySelector<HTMLElement>('[data-testid=timeline]');
    if (!timeline) return true;
    const { windowState, windowStart, windowEnd } = timeline.dataset;
    if (windowState !== 'settled') return false;
    return !from || windowStart !== from.start || windowEnd !== from.end;
  }, movedFrom ?? null);
  await nextFrames(page);
  return shownWindow(page);
}

/** What axe-core finds wrong on the page as it is now, at any impact, as "rule (count)". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { axe: runner } = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    };
    const result = await runner.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

export type { Browser };
