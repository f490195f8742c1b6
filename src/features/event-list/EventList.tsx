/** The same events as the timeline, in date order, for reading and for keyboard and screen-reader users. */
import type { TimelineEvent } from '../../shared/schema';
import { formatShortDate } from '../../shared/partialDate';
import { KIND_LABELS } from '../../shared/kinds';
import { Highlighted } from '../Highlighted';

interface Props {
  events: TimelineEvent[];
  selectedId: string | null;
  query: string;
  onSelect(id: string): void;
}

export function EventList({ events, selectedId, query, onSelect }: Props) {
  return (
    <ol className="event-list" aria-label="Events in date order">
      {events.map((event) => (
        <li key={event.id}>
          <button
            type="button"
            className={`event-row kind-${event.kind}`}
            aria-current={event.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(event.id)}
          >
            <span className="event-row-date">
              {formatShortDate(event.date.start)}
              {event.date.end ? `–${formatShortDate(event.date.end)}` : ''}
            </span>
            <span className="event-row-title">
              <Highlighted text={event.title} query={query} />
            </span>
            <span className="event-row-kind">{KIND_LABELS[event.kind]}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
