import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePassagesComplete, useWholeEvent, useWholeTimeline } from '../../src/app/useDetails';
import { partDetails, partUrl } from '../../src/app/partDetails';
import { OUTLINE_URL } from '../../src/app/loadTimeline';
import { partsIndexOf, splitTimeline } from '../../src/shared/timelineParts';
import { harbourFile } from '../unit/shared/harbourFile';

/** The harbour file's outline, 2 events a part, served from memory (`broken`: part 1 refused). */
function details(broken = false) {
  const { outline, parts } = splitTimeline(harbourFile(), 2);
  const files = new Map<string, unknown>([
    [OUTLINE_URL, outline],
    ...parts.map(
      (part, n) => [partUrl(n), broken && n === 1 ? { ...part, first: 0 } : part] as const,
    ),
  ]);
  const fetchImpl = (async (url: string) =>
    files.has(url)
      ? new Response(JSON.stringify(files.get(url)))
      : new Response('', { status: 404 })) as unknown as typeof fetch;
  return partDetails(partsIndexOf(outline), fetchImpl);
}

describe('useWholeEvent', () => {
  it('asks for nothing when no event is open', () => {
    const shared = details();
    const { result } = renderHook(() => useWholeEvent(shared, null));
    expect(result.current).toBeNull();
  });

  it('is loading until the event’s part is in, then gives the whole event', async () => {
    const shared = details();
    const { result } = renderHook(() => useWholeEvent(shared, 'second'));
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current?.status).toBe('ready'));
    expect(result.current).toEqual({ status: 'ready', value: harbourFile().events[3] });
  });

  it('says why when the part is refused', async () => {
    const shared = details(true);
    const { result } = renderHook(() => useWholeEvent(shared, 'second'));
    await waitFor(() => expect(result.current?.status).toBe('error'));
    expect(result.current).toMatchObject({
      message: expect.stringMatching(/does not fit the outline/),
    });
  });
});

describe('useWholeTimeline and usePassagesComplete', () => {
  it('fetch every part only once wanted, and say when every passage is in', async () => {
    const shared = details();
    const { result, rerender } = renderHook(
      ({ wanted }) => ({
        whole: useWholeTimeline(shared, wanted),
        complete: usePassagesComplete(shared),
      }),
      { initialProps: { wanted: false } },
    );
    expect(result.current).toEqual({ whole: null, complete: false });
    rerender({ wanted: true });
    await waitFor(() => expect(result.current.whole?.status).toBe('ready'));
    expect(result.current.whole).toEqual({ status: 'ready', value: harbourFile() });
    expect(result.current.complete).toBe(true);
  });
});
