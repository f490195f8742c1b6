/**
 * The vis-timeline wrapper's lifecycle: one Timeline per mount, updated in place
 * when events change, destroyed on unmount. vis itself is replaced by a recorder:
 * jsdom does no layout, and what matters here is how the wrapper drives it.
 */
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DATA } from './fixtures';

const created: { destroy: ReturnType<typeof vi.fn>; items: { getIds(): unknown[] } }[] = [];

vi.mock('vis-timeline/peer', () => ({
  Timeline: vi.fn(function (
    this: Record<string, unknown>,
    _el: HTMLElement,
    items: { getIds(): unknown[] },
  ) {
    const instance = {
      items,
      on: vi.fn(),
      destroy: vi.fn(),
      setGroups: vi.fn(),
      setSelection: vi.fn(),
      setWindow: vi.fn(),
      fit: vi.fn(),
      focus: vi.fn(),
    };
    created.push(instance);
    return instance;
  }),
}));
vi.mock('vis-timeline/styles/vis-timeline-graph2d.min.css', () => ({}));

const { TimelineView } = await import('../../src/features/timeline/TimelineView');

describe('TimelineView', () => {
  it('creates one timeline, updates its items in place, and destroys it on unmount', () => {
    const props = { crises: DATA.crises, lanes: null, selectedId: null, onSelect: () => {} };
    const { rerender, unmount } = render(<TimelineView {...props} events={DATA.events} />);
    expect(created).toHaveLength(1);
    const ids = () => created[0]!.items.getIds().filter((id) => !String(id).startsWith('crisis:'));
    expect(ids()).toHaveLength(3);

    rerender(<TimelineView {...props} events={DATA.events.slice(0, 1)} />);
    expect(created).toHaveLength(1);
    expect(ids()).toEqual([DATA.events[0]!.id]);

    unmount();
    expect(created[0]!.destroy).toHaveBeenCalledTimes(1);

    // A second mount gets a fresh timeline; the first stays destroyed.
    render(<TimelineView {...props} events={DATA.events} />).unmount();
    expect(created).toHaveLength(2);
    expect(created[1]!.destroy).toHaveBeenCalledTimes(1);
  });
});
