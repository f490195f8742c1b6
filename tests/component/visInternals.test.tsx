/**
 * The parts of vis-timeline the app reaches past its public API, checked against
 * the real package (its version is pinned exactly in package.json): an upgrade
 * that renames one of them fails here, not silently in a reader's browser.
 */
import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import {
  groupPrototype,
  itemSetOf,
  timeAxisPrototype,
} from '../../src/features/timeline/visInternals';
import { inOneDraw } from '../../src/features/timeline/itemBatching';
import { OPTIONS } from '../../src/features/timeline/timelineController';
import packageJson from '../../package.json';

describe('vis-timeline internals', () => {
  it('is pinned to one exact version', () => {
    expect(packageJson.dependencies['vis-timeline']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has the prototypes the patches need', () => {
    expect(groupPrototype).not.toBeNull();
    expect(timeAxisPrototype).not.toBeNull();
  });

  it('gives a real timeline an item set, and a batched change still reaches vis', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const items = new DataSet<{ id: string; content: string; start: Date }>();
    const timeline = new Timeline(element, items as never, OPTIONS);
    try {
      const itemSet = itemSetOf(timeline);
      expect(itemSet).not.toBeNull();
      inOneDraw(timeline, () => items.add({ id: 'a', content: '', start: new Date(2019, 1, 14) }));
      // The instance's own redraw is uncovered again afterwards: the prototype's is untouched.
      expect(Object.prototype.hasOwnProperty.call(itemSet, 'redraw')).toBe(false);
      expect(items.get('a')).not.toBeNull();
      // The axis's inputs are where the redraw patch reads them.
      const axis = (
        timeline as unknown as { timeAxis?: { body?: { range?: unknown; domProps?: unknown } } }
      ).timeAxis;
      expect(axis?.body?.range).toBeDefined();
      expect(axis?.body?.domProps).toBeDefined();
    } finally {
      timeline.destroy();
      element.remove();
    }
  });
});
