/**
 * A link can open an event its own filters hide (an event of 2019 with the crisis
 * of 2025): the event opens, and this says what hides it, with one click to see
 * it among its neighbours.
 */
import type { FilterName } from '../shared/filterEvents';
import type { EventOutline } from '../shared/timelineParts';

/** What each filter is called in "hidden by …". */
function filterWords(name: FilterName, crisisName: string | undefined, query: string): string {
  switch (name) {
    case 'crisis':
      return crisisName ? `the crisis “${crisisName}”` : 'the crisis filter';
    case 'kinds':
      return 'the kinds chosen';
    case 'context':
      return '“Show context” being off';
    case 'actors':
      return 'the actors chosen';
    case 'dates':
      return 'the dates chosen';
    case 'query':
      return `the search “${query}”`;
  }
}

interface Props {
  event: EventOutline;
  hiding: readonly FilterName[];
  crisisName: string | undefined;
  query: string;
  onShow(): void;
}

export function HiddenEventNotice({ event, hiding, crisisName, query, onShow }: Props) {
  return (
    <div className="notice hidden-event" role="status">
      <p>
        “{event.title}” is open, but hidden by{' '}
        {hiding.map((name) => filterWords(name, crisisName, query)).join(' and ')}.
      </p>
      <button type="button" onClick={onShow}>
        Show it in context
      </button>
    </div>
  );
}
