/**
 * The whole period on one strip, crises wide and the years between them narrow
 * (shared/overviewScale.ts), with the timeline's window drawn on it: the window
 * moves the brush, and pressing or dragging on the strip, or the arrow keys on the
 * brush, move the window.
 */
import { memo, useMemo, useRef } from 'react';
import type { Crisis } from '../../shared/schema';
import { overviewScale, windowCentredAt } from '../../shared/overviewScale';
import { formatShortDate, toIsoDay } from '../../shared/partialDate';

interface Window {
  start: number;
  end: number;
}

interface Props {
  /** The crises drawn wide: those with events. */
  crises: readonly Crisis[];
  /** Every event's span, from the first start to the last end; null with none. */
  span: Window | null;
  /** Where the timeline is; null before it is placed. */
  window: Window | null;
  onMove(window: Window): void;
}

/** A key press moves the window by this share of its length. */
const KEY_STEP = 0.2;
/** The brush is never drawn narrower than this share of the strip, so it can be seen and hit. */
const MIN_WIDTH = 0.012;

const day = (time: number) => formatShortDate(toIsoDay(new Date(time)));

/**
 * Fetched after the first paint (Explorer.tsx), its scale with it: the strip is not
 * needed to read the first view, and the JS loaded up front has a budget.
 */
export const OverviewBrush = memo(function OverviewBrush({ crises, span, window, onMove }: Props) {
  const scale = useMemo(() => overviewScale(crises, span), [crises, span]);
  const strip = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  if (!scale) return null;
  const placeAt = (clientX: number) => {
    const box = strip.current?.getBoundingClientRect();
    if (!box || !window || box.width === 0) return;
    onMove(windowCentredAt(scale, (clientX - box.left) / box.width, window));
  };
  const x0 = window ? scale.toX(window.start) : 0;
  const x1 = window ? scale.toX(window.end) : 0;
  const width = Math.max(x1 - x0, MIN_WIDTH);
  const left = Math.min(x0, 1 - width);
  const onKey = (e: React.KeyboardEvent) => {
    if (!window) return;
    const length = window.end - window.start;
    const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 }[e.key];
    // The page's ← and → open the previous and next event: here they move the brush only.
    if (step === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onMove({
      start: window.start + step * KEY_STEP * length,
      end: window.end + step * KEY_STEP * length,
    });
  };
  return (
    <div className="overview">
      <div
        ref={strip}
        className="overview-strip"
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          placeAt(e.clientX);
        }}
        onPointerMove={(e) => {
          if (dragging.current) placeAt(e.clientX);
        }}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        {scale.segments.map((s) => (
          <span
            key={s.start}
            className={s.crisis ? 'overview-crisis' : 'overview-gap'}
            style={{ left: `${s.x0 * 100}%`, width: `${(s.x1 - s.x0) * 100}%` }}
            title={s.crisis?.name}
            aria-hidden="true"
          >
            {s.crisis ? s.crisis.start.slice(0, 4) : '…'}
          </span>
        ))}
        {window ? (
          <div
            className="overview-brush"
            role="slider"
            tabIndex={0}
            aria-label="The timeline's window: drag along the strip, or press ← and →"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(((x0 + x1) / 2) * 100)}
            aria-valuetext={`${day(window.start)} to ${day(window.end)}`}
            style={{ left: `${left * 100}%`, width: `${width * 100}%` }}
            onKeyDown={onKey}
          />
        ) : null}
      </div>
    </div>
  );
});
