import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useExplorerModel } from '../../src/app/useExplorerModel';
import { detailsOfFile } from '../../src/shared/timelineDetails';
import { EMPTY_VIEW } from '../../src/shared/urlState';
import type { TimelineFile } from '../../src/shared/schema';
import { DATA } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

/** The same timeline with only its event in the crisis: fewer events than the first. */
const SMALLER: TimelineFile = { ...DATA, events: DATA.events.filter((e) => e.crisis !== null) };

const timelines = [DATA, SMALLER].map((file) => ({ file, details: detailsOfFile(file) }));

describe('useExplorerModel', () => {
  it('counts the chapters of one file, when the file changes as its counts are on their way', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const { result, rerender } = renderHook(
      ({ at }) => useExplorerModel(timelines[at]!.file, timelines[at]!.details, EMPTY_VIEW, true),
      { initialProps: { at: 0 } },
    );
    expect(result.current.chapters).toBeNull();
    // The first file's counts come after the frame; the second file comes in that task,
    // before React has rendered them (the workspace's timeline replacing the shipped one).
    act(() => {
      vi.advanceTimersByTime(50);
      rerender({ at: 1 });
    });
    act(() => {
      vi.advanceTimersByTime(50);
    });
    const [chapter] = result.current.chapters?.chapters ?? [];
    expect(chapter?.count).toBe(1);
    expect(result.current.shown).toHaveLength(1);
  });
});
