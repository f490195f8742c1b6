/**
 * The time axis redrawn only when what it shows has changed. vis redraws every
 * component on every redraw, and its axis takes its labels out of the page and
 * puts them back each time, so the browser styles and lays them out again even
 * when the window has not moved. A filter change, which never moves the window,
 * paid for that: with this, a redraw with nothing to change costs a fraction of
 * what it did at 10,000 events, and vis redraws three times while it is being built.
 * The centre panel's height is left out: it is the height of the items' stack,
 * which a filter changes, and the axis never reads it (its grid lines are as
 * tall as the whole timeline). With it, every search that changed how many
 * events are stacked redrew the axis for nothing.
 *
 * Like `itemBatching`, this reaches into vis internals (`TimeAxis#redraw`, its
 * `body`), found in `visInternals.ts`.
 */
import { timeAxisPrototype, type AxisLike } from './visInternals';

export type { AxisLike } from './visInternals';

/** Everything the axis's drawing depends on, as one string; null where it cannot be read. */
function axisInputs(axis: AxisLike, today: string): string | null {
  const body = axis.body;
  const props = body?.domProps;
  if (!body?.range || !props || !axis.dom?.foreground?.parentNode) return null;
  const size = (part: string) => `${props[part]?.width}x${props[part]?.height}`;
  return [
    body.range.start,
    body.range.end,
    size('root'),
    props.center?.width,
    size('top'),
    size('bottom'),
    body.hiddenDates?.length ?? 0,
    // Labels mark today and this year: a page left open overnight draws them anew.
    today,
  ].join('|');
}

/** Makes `prototype`'s redraw skip a redraw whose inputs equal the last one's. */
export function skipUnchangedAxisRedraws(prototype: AxisLike): void {
  const drawnFrom = new WeakMap<AxisLike, string>();
  const redraw = prototype.redraw;
  const setOptions = prototype.setOptions;
  prototype.redraw = function (this: AxisLike) {
    const today = new Date().toDateString();
    const inputs = axisInputs(this, today);
    // Unchanged inputs give an unchanged axis, so it has not resized either.
    if (inputs !== null && drawnFrom.get(this) === inputs) return false;
    const resized = redraw.call(this);
    // A redraw that found the axis out of the page (the first one puts it there)
    // measured its text there, as 0 px high: the next redraw must measure it again.
    // Skipping that one left an empty timeline, which nothing else redraws, with
    // no axis at all.
    if (inputs === null) drawnFrom.delete(this);
    else drawnFrom.set(this, inputs);
    return resized;
  };
  prototype.setOptions = function (this: AxisLike, options: unknown) {
    drawnFrom.delete(this);
    setOptions.call(this, options);
  };
}

if (timeAxisPrototype) skipUnchangedAxisRedraws(timeAxisPrototype);
