/**
 * What the marks mean, drawn from the same definitions as the items (shared/kinds):
 * each kind's button shows the very classes its items carry, and pressing it
 * shows only that kind (several can be pressed; the choice is in the URL).
 */
import { memo } from 'react';
import { EVENT_KINDS, type EventKind } from '../../shared/vocabulary';
import { KIND_LABELS, kindClass } from '../../shared/kinds';
import { formatCount } from '../../shared/formatCount';

interface Props {
  chosen: readonly EventKind[];
  /** Events of each kind under the other filters; null while they are being counted. */
  counts: ReadonlyMap<EventKind, number> | null;
  onChange(kinds: EventKind[]): void;
}

export const Legend = memo(function Legend({ chosen, counts, onChange }: Props) {
  const toggle = (kind: EventKind) =>
    onChange(chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind]);
  return (
    <div className="legend">
      {/* Said, not only labelled: nothing else told a reader that the marks are buttons. */}
      <p className="legend-title" id="legend-title">
        Show only these kinds (press one or more):
      </p>
      <div className="legend-kinds" role="group" aria-labelledby="legend-title">
        {EVENT_KINDS.map((kind) => {
          const count = counts ? (counts.get(kind) ?? 0) : null;
          return (
            <button
              key={kind}
              type="button"
              className={`legend-kind ${kindClass(kind)}`}
              aria-pressed={chosen.includes(kind)}
              disabled={count === 0 && !chosen.includes(kind)}
              onClick={() => toggle(kind)}
            >
              <span className="mark" data-mark={kind} aria-hidden="true" />
              {KIND_LABELS[kind]}{' '}
              <span className="count">{count === null ? '…' : formatCount(count)}</span>
            </button>
          );
        })}
      </div>
      <ul className="legend-notes" aria-label="How dates and context are drawn">
        <li>
          <span className="note-mark note-span" aria-hidden="true" />A bar: a happening of several
          days
        </li>
        <li>
          <span className="note-mark note-span note-uncertain" aria-hidden="true" />A dashed bar:
          known only to the week, month or year, drawn over the days it could be
        </li>
        <li>
          <span className="note-mark" aria-hidden="true">
            ≈
          </span>
          On or before: the text gives no date, so it is drawn on the latest day it can be
        </li>
        <li>
          <span className="note-mark note-context" aria-hidden="true" />
          Faded, grey title: context (named in passing, or still to come)
        </li>
      </ul>
    </div>
  );
});
