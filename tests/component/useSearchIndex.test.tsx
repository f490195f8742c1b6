import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSearchIndex } from '../../src/app/useSearchIndex';
import { fileModel } from '../../src/app/explorerModel';
import { partDetails } from '../../src/app/partDetails';
import { passagesUrl } from '../../src/app/partPassages';
import { outlineEvents, partsIndexOf, splitTimeline } from '../../src/shared/timelineParts';
import { detailsOfFile } from '../../src/shared/timelineDetails';
import { harbourFile } from '../unit/shared/harbourFile';

/** The harbour file as an outline whose passages are served from memory. */
function outlined() {
  const { outline, passages } = splitTimeline(harbourFile(), 2);
  const files = new Map(passages.map((run, n) => [passagesUrl(n), run]));
  const fetchImpl = (async (url: string) =>
    new Response(JSON.stringify(files.get(url)))) as unknown as typeof fetch;
  const details = partDetails(partsIndexOf(outline), fetchImpl);
  const { articles, actors, crises } = outline;
  const file = fileModel({ articles, actors, crises, events: outlineEvents(outline) }, details);
  return { file, details };
}

// A word of a passage ("The ferry sailed at dawn.") that no title or name has.
const inPassagesOnly = (file: { searchIndex: { positionsMatching(t: string[]): number[] } }) =>
  file.searchIndex.positionsMatching(['dawn']);
/** What the whole file's search finds of it. */
const wholeFinds = () => inPassagesOnly(fileModel(harbourFile(), detailsOfFile(harbourFile())));

describe('useSearchIndex', () => {
  it('searches the outline’s titles until the passages are in and indexed, then them too', async () => {
    const { file, details } = outlined();
    const { result, rerender } = renderHook(
      ({ complete }) => useSearchIndex(file, details, complete),
      { initialProps: { complete: false } },
    );
    expect(result.current).toBe(file);
    expect(result.current.searchReadsPassages).toBe(false);
    expect(inPassagesOnly(result.current)).toEqual([]);
    await details.loadPassages();
    rerender({ complete: details.passagesComplete() });
    // Not swapped in cold: the new index is built in slices first.
    expect(result.current).toBe(file);
    await waitFor(() => expect(result.current.searchReadsPassages).toBe(true));
    expect(inPassagesOnly(result.current)).toEqual(wholeFinds());
    expect(result.current.ordered).toBe(file.ordered);
  });

  it('keeps the file’s own index when it had every passage from the start', () => {
    const whole = detailsOfFile(harbourFile());
    const file = fileModel(harbourFile(), whole);
    const { result } = renderHook(() => useSearchIndex(file, whole, true));
    expect(result.current).toBe(file);
    expect(result.current.searchReadsPassages).toBe(true);
    expect(inPassagesOnly(result.current)).toHaveLength(2);
  });
});
