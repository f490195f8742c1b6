/**
 * The build's share pages, through Vite's own build with the real plugin, on a data
 * file edited by hand: the build trusts nothing it did not check, and stops with one
 * line naming the place, having written nothing outside its folder.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { sharePages } from '../../../scripts/sharePages';
import type { TimelineFile } from '../../../src/shared/schema';
import { MAX_ID_LENGTH } from '../../../src/shared/ids';
import { tinyTimeline } from '../tinyTimeline';

const root = mkdtempSync(join(tmpdir(), 'crisis-timeline-share-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Builds a one-line page with the share pages from `data`; the build's error, or the files. */
async function buildWith(name: string, data: TimelineFile | string) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'public/data'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const json = typeof data === 'string' ? data : JSON.stringify(data);
  writeFileSync(join(dir, 'public/data/timeline.json'), json);
  try {
    await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [sharePages()],
      build: { outDir: join(dir, 'dist'), emptyOutDir: true },
    });
  } catch (error) {
    return { error: (error as Error).message, dir };
  }
  return { error: null, dir, pages: readdirSync(join(dir, 'dist/e')) };
}

const spoiled = (spoil: (file: TimelineFile) => void) => {
  const file = tinyTimeline();
  spoil(file);
  return file;
};

describe('the build reads the data file through the schema and the integrity check', () => {
  it('writes a share page for each event of a good file', async () => {
    const result = await buildWith('good', tinyTimeline());
    expect(result.pages).toEqual(['e.html', 'share.css']);
  });

  it.each<[string, TimelineFile | string, string]>([
    [
      'an id that climbs out of e/',
      spoiled((f) => (f.events[0]!.id = '../data/x')),
      '“events.0.id”: lower-case letters',
    ],
    [
      'a javascript: link',
      spoiled((f) => (f.articles[0]!.url = 'javascript:alert(1)')),
      '“articles.0.url”: only http and https links',
    ],
    [
      'an event with no sources',
      spoiled((f) => (f.events[0]!.sources = [])),
      '“events.0.sources”:',
    ],
    [
      'an id too long for a file name',
      spoiled((f) => (f.events[0]!.id = 'x'.repeat(300))),
      `“events.0.id”: at most ${MAX_ID_LENGTH} characters`,
    ],
    [
      'offsets at other words than the excerpt',
      spoiled((f) => (f.events[0]!.sources[0]!.offset = 9)),
      "“events.0.sources.0”: the article's text at offset 9 is not the excerpt",
    ],
    ['a file cut short', '{"schemaVersion": 1, "articles": [', 'not valid JSON'],
  ])('stops on %s with one line naming the place', async (name, data, message) => {
    const result = await buildWith(name.replace(/\W+/g, '-'), data);
    expect(result.error).toContain('share pages: ');
    expect(result.error).toContain(message);
    // One line, naming the place: Vite puts its own heading above it.
    expect(result.error!.split('\n').find((line) => line.includes('share pages: '))).toContain(
      message,
    );
    expect(existsSync(join(result.dir, 'data'))).toBe(false);
    expect(existsSync(join(result.dir, 'dist/data/x.html'))).toBe(false);
  });
});
