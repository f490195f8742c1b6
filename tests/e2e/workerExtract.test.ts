/**
 * The workspace's extraction worker in real Chromium, under the app's CSP: the
 * pipeline's pure core and the tagger's model load there, report their progress,
 * and an article gives the same events as in Node.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerPage } from '../../bench/workerPage/build';
import { TWO_KB_ARTICLE } from '../../bench/workerPage/article';
import type { ProbeResult } from '../../bench/workerPage/probe';
import { createPipeline } from '../../src/pipeline/runPipeline';
import { loadKnowledge } from '../../src/pipeline/knowledge/loadKnowledge';
import type { Article } from '../../src/shared/schema';
import { startHarness, watchForProblems, type Harness } from './harness';

const site = mkdtempSync(join(tmpdir(), 'crisis-timeline-worker-page-'));
let harness: Harness;
beforeAll(async () => {
  await buildWorkerPage(site);
  harness = await startHarness({ root: site });
});
afterAll(async () => {
  await harness?.close();
  rmSync(site, { recursive: true, force: true });
});

// A person's own article: invented sentences, one a second request brings.
const OWN: Article = {
  id: 'my-own-note',
  headline: null,
  outlet: 'My notes',
  published: '2017-10-27',
  dateline: null,
  url: null,
  text: 'Trade Minister Jonas Berg said on Thursday that the tariff would be lifted.',
  own: true,
};

type Probe = { __workerProbe: { extract(a: Article[]): Promise<ProbeResult> } };

async function probePage() {
  const page = await harness.newPage();
  const problems = watchForProblems(page);
  await page.goto(harness.baseUrl);
  await page.waitForFunction(() => '__workerProbe' in window);
  const extract = (articles: Article[]) =>
    page.evaluate((a) => (window as unknown as Probe).__workerProbe.extract(a), articles);
  return { page, problems, extract };
}

async function extractInWorker(articleSets: Article[][]) {
  const { page, problems, extract } = await probePage();
  const results: ProbeResult[] = [];
  for (const articles of articleSets) results.push(await extract(articles));
  await page.close();
  return { results, problems };
}

describe('the extraction worker', () => {
  it('gives the same events in the browser as in Node, and says how far it has got', async () => {
    const node = createPipeline(loadKnowledge('seeds'));
    const { results, problems } = await extractInWorker([[TWO_KB_ARTICLE], [OWN]]);
    expect(problems).toEqual([]);
    const [first, second] = results;
    expect(first!.timeline).toEqual(node.build([TWO_KB_ARTICLE]));
    expect(first!.timeline.events.length).toBeGreaterThan(3);
    // The tagger's engine is built once, on the first request.
    expect(first!.progress).toEqual(['tagger', 'tagger', 'article', 'assembly']);
    expect(second!.progress).toEqual(['article', 'assembly']);
    const own = second!.timeline;
    expect(own).toEqual(node.build([OWN]));
    expect(own.events.map((e) => [e.title, e.date.start, e.fromOwnArticles])).toEqual([
      ['Berg: The tariff would be lifted', '2017-10-26', true],
    ]);
  });

  it('says which file it could not load, and tries again on the next request', async () => {
    const knowledge = join(site, 'data/knowledge.json');
    const { page, problems, extract } = await probePage();
    renameSync(knowledge, `${knowledge}.away`);
    try {
      await expect(extract([OWN])).rejects.toThrow(
        'the knowledge base (data/knowledge.json) could not be loaded: 404',
      );
    } finally {
      renameSync(`${knowledge}.away`, knowledge);
    }
    expect((await extract([OWN])).timeline.events).toHaveLength(1);
    expect(problems).toEqual([
      expect.stringMatching(/^console error: Failed to load resource: .* 404/),
    ]);
    await page.close();
  });
});
