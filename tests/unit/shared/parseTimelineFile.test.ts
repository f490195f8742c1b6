import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEvent, isValidOutline } from 'virtual:compiled-event-check';
import { parseTimelineFile } from '../../../src/shared/parseTimelineFile';
import {
  timelineEventSchema,
  timelineFileSchema,
  type TimelineFile,
} from '../../../src/shared/schema';
import { runPipeline } from '../../../src/pipeline/runPipeline';
import { syntheticTimeline } from '../../../bench/syntheticTimeline';

const compiledCheck = { isValidEvent, isValidOutline };
const seeds = runPipeline('seeds');

describe('parseTimelineFile', () => {
  const big = syntheticTimeline(seeds, 12_000);

  it('checks a large file a slice at a time and gives back every event', async () => {
    let yields = 0;
    const result = await parseTimelineFile(structuredClone(big), compiledCheck, async () => {
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
    const result = await parseTimelineFile(
      spoil(structuredClone(big)),
      compiledCheck,
      async () => {},
    );
    expect(result).toMatchObject({ success: false, path });
    expect(result.success ? '' : result.message).toContain(message);
  });

  it('leaves to zod the events the compiled check refuses, such as ones with keys it does not know', async () => {
    const file = structuredClone(big);
    Object.assign(file.events[7_000]!, { note: 'an extra key' });
    expect(isValidEvent(file.events[7_000])).toBe(false);
    const result = await parseTimelineFile(file, compiledCheck, async () => {});
    // zod accepts the event and drops the key, as it always has.
    expect(result).toEqual({ success: true, data: big });
  });
});

describe('the compiled event check', () => {
  it('passes every real event, so real files take the fast path', () => {
    expect(seeds.events.filter((e) => !isValidEvent(e))).toEqual([]);
  });

  it.each<[string, (event: Record<string, unknown>) => void]>([
    ['a title of 91 characters', (e) => (e.title = `${'x'.repeat(89)}😀😀`)],
    ['a start in month 13', (e) => ((e.date as Record<string, unknown>).start = '2019-13')],
    [
      'an offset of 1.5',
      (e) => (((e.sources as object[])[0] as Record<string, unknown>).offset = 1.5),
    ],
    ['a crisis id in capitals', (e) => (e.crisis = 'Pulwama')],
    ['no sources', (e) => (e.sources = [])],
  ])('refuses %s, as zod does', (_, spoil) => {
    const event = structuredClone(seeds.events[0]!) as unknown as Record<string, unknown>;
    spoil(event);
    expect(timelineEventSchema.safeParse(event).success).toBe(false);
    expect(isValidEvent(event)).toBe(false);
  });

  it('counts characters, not UTF-16 units, as zod does', () => {
    const event = { ...seeds.events[0]!, title: '😀'.repeat(90) };
    expect(timelineEventSchema.safeParse(event).success).toBe(true);
    expect(isValidEvent(event)).toBe(true);
  });

  // The other way round would be harmless (zod is asked whenever it refuses); this way would let bad data in.
  it('never passes an event that zod refuses', () => {
    const keys = Object.keys(seeds.events[0]!);
    const spoiled = fc
      .tuple(
        fc.constantFrom(...seeds.events),
        fc.array(
          fc.tuple(
            fc.constantFrom(...keys, 'date', 'sources', 'actors'),
            fc.constantFrom('start', 'end', 'precision', 'id', 'role', 'offset', 'length', 'title'),
            fc.oneof(
              fc.jsonValue(),
              fc.string({ unit: 'binary', maxLength: 100 }),
              fc.integer({ min: -2, max: 2 }),
              fc.constantFrom(
                undefined,
                1.5,
                '2019-02-30',
                '2019-13',
                'x'.repeat(91),
                '😀'.repeat(46),
              ),
            ),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([event, edits]) => {
        const copy = structuredClone(event) as unknown as Record<string, unknown>;
        for (const [key, inner, value] of edits) {
          const target = copy[key];
          const nested = Array.isArray(target) ? target[0] : target;
          // Half the edits reach one level down (date.start, sources[0].offset, actors[0].role).
          if (nested && typeof nested === 'object' && !Array.isArray(nested) && inner in nested)
            (nested as Record<string, unknown>)[inner] = value;
          else copy[key] = value;
        }
        return copy;
      });
    fc.assert(
      fc.property(spoiled, (event) => {
        if (isValidEvent(event)) expect(timelineEventSchema.safeParse(event).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the compiled outline check (the file without its events)', () => {
  const outlineOf = (file: TimelineFile) => ({ ...file, events: [] });

  it('passes the real file, so it takes the fast path and never loads zod', () => {
    expect(isValidOutline(outlineOf(seeds))).toBe(true);
  });

  it.each<[string, (file: Record<string, unknown>) => void]>([
    ['a javascript: link', (f) => ((f.articles as { url: string }[])[0]!.url = 'javascript:x()')],
    ['a link with a space', (f) => ((f.articles as { url: string }[])[0]!.url = 'https://a b')],
    ['schema version 2', (f) => (f.schemaVersion = 2)],
    ['a crisis without a name', (f) => ((f.crises as { name: string }[])[0]!.name = '')],
    ['an actor of an unknown kind', (f) => ((f.actors as { kind: string }[])[0]!.kind = 'alien')],
  ])('refuses %s, as zod does', (_, spoil) => {
    const outline = structuredClone(outlineOf(seeds)) as Record<string, unknown>;
    spoil(outline);
    expect(timelineFileSchema.safeParse(outline).success).toBe(false);
    expect(isValidOutline(outline)).toBe(false);
  });

  it('accepts the links the manifest accepts, in any case of scheme', () => {
    const outline = structuredClone(outlineOf(seeds));
    outline.articles[0]!.url = 'HTTPS://example.org/a?b=c#d';
    expect(timelineFileSchema.safeParse(outline).success).toBe(true);
    expect(isValidOutline(outline)).toBe(true);
  });

  // As for events: passing what zod refuses would let bad data in.
  it('never passes an outline that zod refuses', () => {
    const spoiled = fc
      .tuple(
        fc.constantFrom('articles', 'actors', 'crises'),
        fc.constantFrom('id', 'url', 'published', 'name', 'kind', 'start', 'trigger', 'headline'),
        fc.oneof(
          fc.jsonValue(),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.constantFrom(undefined, null, '', 'http://', 'ftp://x', '2019-02-30', 'Pulwama'),
        ),
      )
      .map(([list, key, value]) => {
        const outline = structuredClone(outlineOf(seeds)) as unknown as Record<
          string,
          Record<string, unknown>[]
        >;
        outline[list]![0]![key] = value;
        return outline;
      });
    fc.assert(
      fc.property(spoiled, (outline) => {
        if (isValidOutline(outline))
          expect(timelineFileSchema.safeParse(outline).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
