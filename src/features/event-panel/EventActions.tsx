/**
 * Corrections of what the events are, rather than of their values: take one off
 * the timeline, merge another into it (the same happening, told twice), or split
 * passages off into a new event (two happenings, told as one).
 */
import { useId, useState } from 'react';
import type { TimelineEvent } from '../../shared/schema';
import type { Passage } from '../../shared/corrections/correctionsSchema';
import { shortDateOf } from '../../shared/dateWording';
import { spanOfEventDate } from '../../shared/partialDate';
import { clipText } from '../../shared/clipText';
import { eventKeyOf } from '../../shared/corrections/recordCorrection';
import type { EventOutline } from '../../shared/timelineParts';

/** How many events the merge list offers: the nearest in time first. */
const MERGE_CHOICES = 60;

/** The other events, the nearest in time first, as a person looks for the same happening. */
export function mergeCandidates(
  event: TimelineEvent,
  events: readonly EventOutline[],
): EventOutline[] {
  const at = spanOfEventDate(event.date).start.getTime();
  const distance = (e: EventOutline) => Math.abs(spanOfEventDate(e.date).start.getTime() - at);
  return events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, d: distance(e) }))
    .sort((a, b) => a.d - b.d || a.e.id.localeCompare(b.e.id))
    .slice(0, MERGE_CHOICES)
    .map(({ e }) => e);
}

export interface ActionsProps {
  event: TimelineEvent;
  events: readonly EventOutline[];
  busy: boolean;
  onDrop(): void;
  onMerge(other: EventOutline): void;
  onSplit(passages: Passage[], title: string): void;
}

function MergeForm({ event, events, busy, onMerge }: ActionsProps) {
  const [chosen, setChosen] = useState('');
  const selectId = useId();
  const candidates = mergeCandidates(event, events);
  const other = candidates.find((e) => e.id === chosen);
  return (
    <form
      className="ce-action"
      aria-label="Merge another event into this one"
      onSubmit={(e) => {
        e.preventDefault();
        if (other) onMerge(other);
      }}
    >
      <label htmlFor={selectId}>The same happening as this one, told as another event</label>
      <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">Choose the event to merge in…</option>
        {candidates.map((e) => (
          <option key={e.id} value={e.id}>
            {`${shortDateOf(e.date)}: ${e.title}`}
          </option>
        ))}
      </select>{' '}
      <button type="submit" disabled={busy || !other}>
        Merge into this event
      </button>
    </form>
  );
}

function SplitForm({ event, busy, onSplit }: ActionsProps) {
  const passages = eventKeyOf(event).passages;
  const [moving, setMoving] = useState<ReadonlySet<number>>(new Set());
  const [title, setTitle] = useState('');
  if (passages.length < 2) return null;
  const toggle = (i: number) =>
    setMoving((m) => {
      const next = new Set(m);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const chosen = passages.filter((_, i) => moving.has(i));
  const ready = chosen.length > 0 && chosen.length < passages.length && title.trim() !== '';
  return (
    <form
      className="ce-action"
      aria-label="Split passages off into a new event"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSplit(chosen, title);
      }}
    >
      <fieldset>
        <legend>Passages that tell another happening</legend>
        {passages.map((p, i) => (
          <label key={`${p.article}-${i}`} className="ce-check">
            <input type="checkbox" checked={moving.has(i)} onChange={() => toggle(i)} />
            {clipText(p.excerpt, 140)}
          </label>
        ))}
      </fieldset>
      <label>
        The new event’s title
        <input value={title} maxLength={90} onChange={(e) => setTitle(e.target.value)} />
      </label>{' '}
      <button type="submit" disabled={busy || !ready}>
        Split off as a new event
      </button>
    </form>
  );
}

export function EventActions(props: ActionsProps) {
  return (
    <div className="ce-actions">
      <h3>Merge</h3>
      <MergeForm {...props} />
      {eventKeyOf(props.event).passages.length > 1 ? <h3>Split</h3> : null}
      <SplitForm {...props} />
      <h3>Not an event</h3>
      <p>
        <button type="button" className="ce-drop" disabled={props.busy} onClick={props.onDrop}>
          Take this event off the timeline
        </button>
      </p>
    </div>
  );
}
