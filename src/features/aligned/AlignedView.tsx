/**
 * The crises side by side: one lane per crisis, its events placed by the day
 * counted from its trigger, so a reader can see how soon the US spoke in each
 * crisis and what it said. Plain HTML, not vis-timeline: the axis is in days,
 * not dates, and every event is a button a keyboard reaches in day order.
 */
import { memo, useMemo, useRef } from 'react';
import type { Crisis } from '../../shared/schema';
import {
  alignedLanes,
  coverageNote,
  dayLabel,
  dayRangeOf,
  dayTicks,
  laneCoverage,
  stackRows,
  type AlignedLane,
  type DayRange,
} from '../../shared/alignedDays';
import { formatShortDate } from '../../shared/partialDate';
import { kindClass } from '../../shared/kinds';
import { formatCount } from '../../shared/formatCount';
import { rootFontPx, textMeasurer } from '../measureText';
import { useElementWidth } from '../useElementWidth';
import type { EventOutline } from '../../shared/timelineParts';

interface Props {
  crises: Crisis[];
  events: readonly EventOutline[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** The days shown; null for the default, the first month. */
  days: DayRange | null;
  onDays(days: DayRange | null): void;
}

/** The stretches a reader most often compares: the first days, and the first month (the default). */
const FIRST_WEEK: DayRange = { from: -2, to: 7 };
const FIRST_MONTH: DayRange = { from: -3, to: 30 };
/** Past this share of the width a label is drawn leftwards from its mark, so it stays inside. */
const FLIP_AT = 72;

/** As `.aligned-item` in styles.css: label size, its wrap width, and the mark and padding beside it. */
const LABEL_REM = 0.8;
const WRAP_REM = 12;
const CHROME_PX = 30;
const ROW_PX = 44;
/** Labels are laid out against this width until the lanes have been measured. */
const FALLBACK_WIDTH = 960;
/** Beyond this many events in view a lane shows its marks without labels. */
const MAX_LABELLED = 60;

export const AlignedView = memo(function AlignedView({
  crises,
  events,
  selectedId,
  onSelect,
  days,
  onDays,
}: Props) {
  const lanes = useMemo(() => alignedLanes(crises, events), [crises, events]);
  const range = days ?? FIRST_MONTH;
  const all = dayRangeOf(lanes);
  const presets = [
    { label: 'First week', days: FIRST_WEEK },
    { label: 'First month', days: FIRST_MONTH },
    { label: 'All days', days: all },
  ];
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body, FALLBACK_WIDTH);
  const shown = lanes.filter((l) => l.events.length > 0);

  const zoom = (factor: number) => {
    // Anchored on day 0 when it is in view, so zooming keeps the trigger where it is.
    const anchor = range.from <= 0 && range.to >= 0 ? 0 : range.from;
    const from = Math.round(anchor - (anchor - range.from) * factor);
    const to = Math.round(anchor + (range.to - anchor) * factor);
    if (to - from >= 2 && to - from <= 3650) onDays({ from, to });
  };

  return (
    <section className="aligned" aria-label="Crises side by side, in days from each trigger">
      <div className="aligned-controls" role="group" aria-label="Days shown">
        <span className="aligned-range" aria-live="polite">
          {dayLabel(range.from)} to {dayLabel(range.to)}
        </span>
        {presets.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={range.from === p.days.from && range.to === p.days.to}
            onClick={() => onDays(p.days === FIRST_MONTH ? null : p.days)}
          >
            {p.label}
          </button>
        ))}
        <button type="button" onClick={() => zoom(0.5)} aria-label="Fewer days">
          +
        </button>
        <button type="button" onClick={() => zoom(2)} aria-label="More days">
          −
        </button>
      </div>
      <div ref={body} className="aligned-body">
        <DayAxis range={range} width={width} />
        {shown.length === 0 ? (
          <p className="aligned-empty">No events of any crisis match these filters.</p>
        ) : (
          shown.map((lane) => (
            <Lane
              key={lane.crisis.id}
              lane={lane}
              range={range}
              width={width}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          ))
        )}
      </div>
    </section>
  );
});

const at = (day: number, range: DayRange) => ((day - range.from) / (range.to - range.from)) * 100;

function DayAxis({ range, width }: { range: DayRange; width: number }) {
  return (
    <div className="aligned-axis" aria-hidden="true">
      {dayTicks(range, width).map((day) => (
        <span
          key={day}
          className={`tick${day === 0 ? ' tick-zero' : ''}${at(day, range) > 92 ? ' tick-end' : ''}`}
          style={{ left: `${at(day, range)}%` }}
        >
          {dayLabel(day)}
        </span>
      ))}
    </div>
  );
}

function Lane({
  lane,
  range,
  width,
  selectedId,
  onSelect,
}: {
  lane: AlignedLane;
  range: DayRange;
  width: number;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const inView = useMemo(
    () => lane.events.filter((e) => e.endDay > range.from && e.day <= range.to),
    [lane.events, range.from, range.to],
  );
  const outside = lane.events.length - inView.length;
  const labelled = inView.length <= MAX_LABELLED;
  // `range` is rebuilt on each render when it is derived; its two numbers are what count.
  const { from, to } = range;
  const rows = useMemo(
    () => laneRows(inView, { from, to }, width, labelled),
    [inView, from, to, width, labelled],
  );
  const headingId = `aligned-${lane.crisis.id}`;
  const zero = formatShortDate(lane.dayZero);
  const coverage = useMemo(() => laneCoverage(lane), [lane]);
  return (
    <section className="aligned-lane" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {lane.crisis.name}{' '}
        <span className="aligned-zero">
          day 0: {zero}, {lane.fromTrigger ? 'the day of its trigger' : 'its first day'}
        </span>
      </h2>
      {coverage ? <p className="aligned-coverage">{coverageNote(coverage)}</p> : null}
      <ol className="aligned-track" style={{ height: `${(Math.max(...rows, 0) + 1) * ROW_PX}px` }}>
        <li className="aligned-zero-line" style={{ left: `${at(0, range)}%` }} aria-hidden="true" />
        {inView.map((item, i) => {
          const x = Math.max(0, at(item.day, range));
          return (
            <li
              key={item.event.id}
              className={x > FLIP_AT ? 'aligned-slot flipped' : 'aligned-slot'}
              style={{
                ...(x > FLIP_AT ? { right: `${100 - x}%` } : { left: `${x}%` }),
                top: `${(rows[i] ?? 0) * ROW_PX}px`,
              }}
            >
              <button
                type="button"
                className={`aligned-item ${kindClass(item.event.kind)}${item.event.context ? ' is-context' : ''}`}
                aria-current={item.event.id === selectedId ? 'true' : undefined}
                data-event-id={item.event.id}
                title={`${dayLabel(item.day)}: ${item.event.title}`}
                onClick={() => onSelect(item.event.id)}
              >
                <span className="mark" aria-hidden="true" />
                <span className={labelled ? 'aligned-label' : 'visually-hidden'}>
                  <span className="aligned-day">{dayLabel(item.day)}</span> {item.event.title}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {outside > 0 ? (
        <p className="aligned-outside">
          {formatCount(outside)} more of this crisis outside these days.
        </p>
      ) : null}
    </section>
  );
}

/** Each event's row in its lane: labels stacked so that none runs into another. */
function laneRows(
  items: readonly { day: number; event: EventOutline }[],
  range: DayRange,
  width: number,
  labelled: boolean,
): number[] {
  // The page's own font: the lanes use it. Without canvas text, about 7 px a character.
  const measure = textMeasurer(document.body, LABEL_REM);
  const wrapPx = WRAP_REM * rootFontPx();
  const labelPx = (text: string) =>
    labelled ? Math.min(measure ? measure(text) : text.length * 7, wrapPx) : 0;
  const marks = items.map((item) => {
    const x = Math.max(0, at(item.day, range));
    const widthPx = CHROME_PX + labelPx(`${dayLabel(item.day)} ${item.event.title}`);
    const markPx = (x / 100) * width;
    // A flipped label ends at its mark.
    return { startPx: x > FLIP_AT ? markPx - widthPx : markPx, widthPx };
  });
  // Stacked in order of where they start, which flipping changes; rows come back in item order.
  const order = marks.map((_, i) => i).sort((a, b) => marks[a]!.startPx - marks[b]!.startPx);
  const rows = stackRows(order.map((i) => marks[i]!));
  const byItem: number[] = [];
  order.forEach((i, k) => (byItem[i] = rows[k]!));
  return byItem;
}
