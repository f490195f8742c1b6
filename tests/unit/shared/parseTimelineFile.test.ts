import { describe, expect, it } from 'vitest';
import { parseTimelineFile } from '../../../src/shared/parseTimelineFile';
import type { TimelineFile } from '../../../src/shared/schema';
import { runPipeline } from '../../../src/pipeline/runPipeline';
import { syntheticTimeline } from '../../../bench/syntheticTimeline';

const seeds = runPipeline('seeds');

describe('parseTimelineFile', () => {
  const big = syntheticTimeline(seeds, 12_000);

  it('checks a large file a slice at a time and gives back every event', async () => {
    let yields = 0;
    const result = await parseTimelineFile(structuredClone(big), async () => {
      yields++;
    });
    expect(result).toEqual({ success: true, data: big });
    // 12,000 events in slices of 5,000: the page gets the thread back twice.
    expect(yields).toBe(2);
  });

  it.each<[string, (file: TimelineFile) => unknown, string, string]>([
    [
      'a bad event deep in the file',
      (f) => ((f.events[11_234]!.title = ''), f),
      'events.11234.title',
      'Too small',
    ],
    [
      'a bad first event',
      (f) => ((f.events[0]!.kind = 'rumour' as never), f),
      'events.0.kind',
      'Invalid option',
    ],
    [
      'a bad article',
      (f) => ((f.articles[0]!.url = 'javascript:alert(1)'), f),
      'articles.0.url',
      'only http and https links',
    ],
    ['events that are not a list', (f) => ({ ...f, events: 'many' }), 'events', 'Invalid input'],
    ['not an object at all', () => 42, 'top level', 'Invalid input'],
  ])('names the place of %s', async (_, spoil, path, message) => {
    const result = await parseTimelineFile(spoil(structuredClone(big)), async () => {});
    expect(result).toMatchObject({ success: false, path });
    expect(result.success ? '' : result.message).toContain(message);
  });
});
