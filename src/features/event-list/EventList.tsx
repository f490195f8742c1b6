/**
 * The same events as the timeline, in date order, for reading and for keyboard
 * and screen-reader users. Rendered a slice at a time: fifty thousand buttons
 * would take seconds to mount and nobody scrolls through them.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { dateWording } from '../../shared/dateWording';
import { KIND_LABELS } from '../../shared/kinds';
import { formatCount } from '../../shared/formatCount';
import { Highlighted } from '../Highlighted';
import type { EventOutline } from '../../shared/timelineParts';

interface Props {
  events: readonly EventOutline[];
  selectedId: string | null;
  query: string;
  onSelect(id: string): void;
}

/**
 * Rows per page. Every listed row is rebuilt on each filter change, and about a
 * dozen fit in the list's view: at 10,000 events, pages of 50 rather than 100
 * made a filter change measurably faster.
 */
export const LIST_PAGE = 50;

interface Shown {
  events: readonly EventOutline[];
  /** The slice of `events` listed: [from, to). */
  from: number;
  to: number;
}

/**
 * Memoised: the explorer hands it a deferred copy of the filtered events, and
 * that only keeps the list out of the render that answers a keystroke if the
 * list does not re-render anyway, with the same props, in that render.
 */
export const EventList = memo(function EventList({ events, selectedId, query, onSelect }: Props) {
  const [paged, setShown] = useState<Shown>({ events, from: 0, to: LIST_PAGE });
  // A new set of events (a filter changed) starts again at the first page. Derived
  // here rather than set: setting state while rendering would render the list twice.
  const shown = paged.events === events ? paged : { events, from: 0, to: LIST_PAGE };
  // The open event is always listed, so ←/→ never walk off the list: when it lies
  // outside the slice, the list moves to its page (not down to it: at 50,000
  // events that could be tens of thousands of rows).
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  let { from, to } = shown;
  if (selectedIndex >= 0 && (selectedIndex < from || selectedIndex >= to)) {
    from = Math.floor(selectedIndex / LIST_PAGE) * LIST_PAGE;
    to = from + LIST_PAGE;
  }
  to = Math.min(to, events.length);
  const earlier = Math.min(from, LIST_PAGE);
  const later = Math.min(events.length - to, LIST_PAGE);

  const list = useRef<HTMLOListElement>(null);
  const rowOf = (id: string) =>
    list.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;

  // After "Show more", keyboard users land on the first new row, not back at the button.
  const focusRow = useRef<string | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    rowOf(focusRow.current)?.focus();
    focusRow.current = null;
  }, [from, to]);
  // The open event's row is kept in the list's view (a deep link, a click on the
  // timeline, ←/→, and a filter that removes the rows above it: only Chromium and
  // Firefox keep a row in place by scroll anchoring). Only the list scrolls: moving
  // the page would pull the reader away from the timeline they just clicked.
  useEffect(() => {
    const scroller = list.current;
    const row = selectedId ? rowOf(selectedId) : null;
    if (!scroller || !row) return;
    const centre = () => {
      const view = scroller.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom)
        scroller.scrollTop += box.top - view.top - (view.height - box.height) / 2;
    };
    centre();
    // Rows far from the view are laid out at an estimated height (content-visibility)
    // until they come near it. Scrolling brings the rows around the open one near,
    // and their real heights push it down: at 50,000 events, out of the view. Scroll
    // anchoring, where browsers have it, may hold another row in place instead, so the
    // row is centred again as those heights arrive, however late a busy page lays them
    // out, until the reader scrolls the list: their own scrolling is never pulled back.
    const heights = new ResizeObserver(centre);
    for (const item of scroller.children) heights.observe(item);
    const READER_SCROLLS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    const stop = () => {
      heights.disconnect();
      for (const type of READER_SCROLLS) scroller.removeEventListener(type, stop);
    };
    for (const type of READER_SCROLLS) scroller.addEventListener(type, stop, { passive: true });
    return stop;
  }, [selectedId, from, events]);
  const extend = (next: { from: number; to: number }, focusIndex: number) => {
    focusRow.current = events[focusIndex]?.id ?? null;
    setShown({ events, ...next });
  };
  const range = `${formatCount(from + 1)}–${formatCount(to)} of ${formatCount(events.length)}`;

  return (
    <>
      {earlier > 0 ? (
        <MoreRows
          range={range}
          label={`Show ${formatCount(earlier)} earlier`}
          onShow={() => extend({ from: from - earlier, to }, from - 1)}
        />
      ) : null}
      <ol ref={list} className="event-list" aria-label="Events in date order">
        {events.slice(from, to).map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className={`event-row kind-${event.kind}`}
              data-event-id={event.id}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span className="event-row-date">{dateWording(event.date).short}</span>
              <span className="event-row-title">
                <Highlighted text={event.title} query={query} />
              </span>
              <span className="event-row-kind">{KIND_LABELS[event.kind]}</span>
              {event.fromOwnArticles ? (
                <span className="event-row-own">From an added article</span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
      {later > 0 ? (
        <MoreRows
          range={range}
          label={`Show ${formatCount(later)} more`}
          onShow={() => extend({ from, to: to + later }, to)}
        />
      ) : null}
    </>
  );
});

function MoreRows({ range, label, onShow }: { range: string; label: string; onShow(): void }) {
  return (
    <p className="list-more">
      Showing {range}
      <button type="button" onClick={onShow}>
        {label}
      </button>
    </p>
  );
}
