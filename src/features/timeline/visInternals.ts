/**
 * Every part of vis-timeline this app reaches past its public API, found in one
 * place: the prototypes of its Group and TimeAxis components (exported, but left
 * out of its type declarations) and a timeline's item set. Each is looked up and
 * checked for the shape the patches need; a vis release that renames one loses
 * only the speed-up that patch gives, never the timeline. The package's version
 * is pinned exactly, and tests/component/visInternals.test.tsx checks these
 * lookups against the real package, so an upgrade that breaks one fails a test.
 */
import * as vis from 'vis-timeline/esnext';
import type { Timeline } from 'vis-timeline/esnext';

/** What a vis time axis draws from: the window, the sizes vis has measured, and its options. */
export interface AxisLike {
  redraw(): boolean;
  setOptions(options: unknown): void;
  body?: {
    range?: { start: number; end: number };
    domProps?: Record<string, { width?: number; height?: number } | undefined>;
    hiddenDates?: unknown[];
  };
  dom?: { foreground?: { parentNode: unknown } };
}

interface Components {
  Group?: { prototype: { _checkIfVisible?: unknown } };
  TimeAxis?: { prototype: Partial<AxisLike> };
}

const components = (vis as { timeline?: { components?: Components } }).timeline?.components;

/** Group#_checkIfVisible, called only from Group#add; null where vis has none. */
export const groupPrototype =
  typeof components?.Group?.prototype._checkIfVisible === 'function'
    ? components.Group.prototype
    : null;

/** TimeAxis#redraw and #setOptions; null where vis has not both. */
export const timeAxisPrototype =
  typeof components?.TimeAxis?.prototype.redraw === 'function' &&
  typeof components.TimeAxis.prototype.setOptions === 'function'
    ? (components.TimeAxis.prototype as AxisLike)
    : null;

/** A timeline's item set, whose redraw vis calls after each DataSet change; null if it has none. */
export function itemSetOf(instance: Timeline): { redraw?: unknown } | null {
  const itemSet = (instance as unknown as { itemSet?: { redraw?: unknown } }).itemSet;
  return itemSet && typeof itemSet.redraw === 'function' ? itemSet : null;
}
