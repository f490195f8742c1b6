import { describe, expect, it, vi } from 'vitest';
import { partDetails, partUrl } from '../../../src/app/partDetails';
import { passagesUrl } from '../../../src/app/partPassages';
import { passagesOf } from '../../../src/shared/passages';
import { FETCH_ALL_CHARS, loadTimeline, OUTLINE_URL } from '../../../src/app/loadTimeline';
import { DATA_URL } from '../../../src/app/loadWholeTimeline';
import { partsIndexOf, splitTimeline } from '../../../src/shared/timelineParts';
import type { TimelineOutline, TimelinePart } from '../../../src/shared/outlineSchema';
import { harbourFile } from '../shared/harbourFile';

/** A server of `files` by URL, counting what is asked for. */
function serve(files: Record<string, unknown>) {
  const asked: string[] = [];
  const fetchImpl = vi.fn(async (url: string) => {
    asked.push(url);
    return url in files
      ? new Response(JSON.stringify(files[url]))
      : new Response('not found', { status: 404 });
  }) as unknown as typeof fetch;
  return { fetchImpl, asked };
}

function site(outline: TimelineOutline, parts: TimelinePart[], passages: unknown[] = []) {
  return Object.fromEntries([
    [OUTLINE_URL, outline],
    [DATA_URL, harbourFile()],
    ...parts.map((part, n) => [partUrl(n), part] as const),
    ...passages.map((run, n) => [passagesUrl(n), run] as const),
  ]);
}

describe('partDetails', () => {
  const { outline, parts } = splitTimeline(harbourFile(), 2);

  it('fetches only the parts of the events asked for, once each', async () => {
    const { fetchImpl, asked } = serve(site(outline, parts));
    const details = partDetails(partsIndexOf(outline), fetchImpl);
    expect(details.event('closing')).toBeUndefined();
    const [closing] = await details.load(['closing']);
    expect(closing).toEqual(harbourFile().events[2]);
    await details.load(['second', 'closing']);
    expect(asked).toEqual([partUrl(1)]);
    expect(details.event('sailing')).toBeUndefined();
    expect(details.articles().get('a2')?.text).toContain('second ferry');
  });

  it('tells its listeners as parts come, and gives the whole file once all are in', async () => {
    const { fetchImpl } = serve(site(outline, parts));
    const details = partDetails(partsIndexOf(outline), fetchImpl);
    const heard = vi.fn();
    details.subscribe(heard);
    expect(await details.whole()).toEqual(harbourFile());
    expect(heard).toHaveBeenCalledTimes(2);
    expect(harbourFile().events.every((e) => details.event(e.id))).toBe(true);
  });

  it.each([
    [
      'a part that is not the run of events the outline names',
      1,
      (p: TimelinePart) => ({ ...p, events: p.events.slice().reverse() }),
      /does not fit the outline: its event 0 is not the outline’s “closing”/,
    ],
    [
      'a part out of place',
      1,
      (p: TimelinePart) => ({ ...p, first: 0 }),
      /it starts at event 0, not 2/,
    ],
    [
      'a passage that is not the article’s words',
      0,
      (p: TimelinePart) => ({
        ...p,
        events: [
          {
            ...p.events[0]!,
            sources: [{ ...p.events[0]!.sources[0]!, excerpt: 'The ferry sank at dawn.' }],
          },
          p.events[1]!,
        ],
      }),
      /does not match the expected format at “events.0.sources.0”/,
    ],
  ])('refuses %s, saying why', async (_label, n, spoil, message) => {
    const spoiled = parts.map((p, i) => (i === n ? spoil(p) : p));
    const { fetchImpl } = serve(site(outline, spoiled));
    const details = partDetails(partsIndexOf(outline), fetchImpl);
    await expect(details.load([outline.events.id[n * 2]!])).rejects.toThrow(message);
  });
});

describe('partDetails: the passages a search reads', () => {
  const { outline, parts, passages } = splitTimeline(harbourFile(), 2);
  const passagesById = new Map(harbourFile().events.map((e) => [e.id, passagesOf(e)]));

  it('fetches the passages alone, not the parts, and only for parts not in', async () => {
    const { fetchImpl, asked } = serve(site(outline, parts, passages));
    const details = partDetails(partsIndexOf(outline), fetchImpl);
    const heard = vi.fn();
    details.subscribe(heard);
    await details.load(['closing']);
    expect(details.passagesComplete()).toBe(false);
    await details.loadPassages();
    expect(asked).toEqual([partUrl(1), passagesUrl(0)]);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(details.passagesComplete()).toBe(true);
    expect(details.event('sailing')).toBeUndefined();
    for (const [id, text] of passagesById) expect(details.passages(id)).toBe(text);
  });

  it.each([
    ['missing', [] as unknown[]],
    ['of the wrong length', passages.map((run) => ({ ...run, passages: [] }))],
    ['not starting where its part does', passages.map((run) => ({ ...run, first: 7 }))],
    ['holding something other than text', passages.map((run) => ({ ...run, passages: [1, 2] }))],
  ])('reads the parts instead when the passages are %s', async (_label, runs) => {
    const { fetchImpl, asked } = serve(site(outline, parts, runs));
    const details = partDetails(partsIndexOf(outline), fetchImpl);
    await details.loadPassages();
    expect(asked).toEqual(expect.arrayContaining([partUrl(0), partUrl(1)]));
    expect(details.passagesComplete()).toBe(true);
    for (const [id, text] of passagesById) expect(details.passages(id)).toBe(text);
  });
});

describe('loadTimeline', () => {
  it('draws a small timeline from its outline, then fetches every part when asked', async () => {
    const { outline, parts } = splitTimeline(harbourFile(), 2);
    const { fetchImpl, asked } = serve(site(outline, parts));
    const { first, fetchRest } = await loadTimeline(fetchImpl);
    expect(asked).toEqual([OUTLINE_URL]);
    expect(first.file.events.map((e) => e.id)).toEqual(harbourFile().events.map((e) => e.id));
    expect(first.details.passagesComplete()).toBe(false);
    await expect(fetchRest?.()).resolves.toBeNull();
    expect(asked).toEqual([OUTLINE_URL, partUrl(0), partUrl(1)]);
    expect(first.details.passagesComplete()).toBe(true);
    expect(await first.details.whole()).toEqual(harbourFile());
  });

  it('leaves a large one’s parts until they are asked for', async () => {
    const { outline, parts } = splitTimeline(harbourFile(), 2);
    const large = { ...outline, partChars: FETCH_ALL_CHARS + 1 };
    const { fetchImpl, asked } = serve(site(large, parts));
    const { first, fetchRest } = await loadTimeline(fetchImpl);
    expect(asked).toEqual([OUTLINE_URL]);
    expect(first.file.events.map((e) => e.id)).toEqual(harbourFile().events.map((e) => e.id));
    expect(fetchRest).toBeNull();
  });

  it('reads timeline.json whole when a small one’s part is refused, which names the fault', async () => {
    const { outline, parts } = splitTimeline(harbourFile(), 2);
    const files = site(outline, [parts[0]!, { ...parts[1]!, events: [] }]);
    const { fetchImpl } = serve(files);
    const { fetchRest } = await loadTimeline(fetchImpl);
    const instead = await fetchRest?.();
    expect(instead?.file).toEqual(harbourFile());
    files[DATA_URL] = { schemaVersion: 1 };
    const again = await loadTimeline(fetchImpl);
    await expect(again.fetchRest?.()).rejects.toThrow(/does not match the expected format/);
  });

  it.each([
    ['there is no outline', (files: Record<string, unknown>) => delete files[OUTLINE_URL]],
    [
      'the outline is refused',
      (files: Record<string, unknown>) => (files[OUTLINE_URL] = { schemaVersion: 2 }),
    ],
  ])('reads timeline.json whole when %s', async (_label, change) => {
    const { outline, parts } = splitTimeline(harbourFile(), 2);
    const files = site(outline, parts);
    change(files);
    const { fetchImpl, asked } = serve(files);
    const { first, fetchRest } = await loadTimeline(fetchImpl);
    expect(asked).toEqual([OUTLINE_URL, DATA_URL]);
    expect(first.file).toEqual(harbourFile());
    expect(fetchRest).toBeNull();
  });
});
