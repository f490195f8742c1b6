/**
 * Correcting one event by hand, fetched when a person first asks to: the values
 * form, then merge, split and take off. Every change is a step of correction
 * records kept in the workspace (undo takes the step back); the panel then shows
 * the corrected event, and "corrected by hand" with the machine's reading.
 */
import { useState } from 'react';
import type { Actor, Crisis, TimelineEvent } from '../../shared/schema';
import type { Correction } from '../../shared/corrections/correctionsSchema';
import type { Curation } from '../../shared/corrections/curation';
import {
  correctionsFromEdit,
  dropOf,
  mergeOf,
  splitOf,
} from '../../shared/corrections/editCorrections';
import { stampNow } from './stampNow';
import { boundedId } from '../../shared/ids';
import { EditFields } from './EditFields';
import { EventActions } from './EventActions';
import type { EventOutline } from '../../shared/timelineParts';

interface Props {
  event: TimelineEvent;
  events: readonly EventOutline[];
  actors: ReadonlyMap<string, Actor>;
  crises: ReadonlyMap<string, Crisis>;
  curation: Curation;
  /** What was done, in words; the editor closes. */
  onDone(said: string): void;
  /** The event was taken off the timeline: the panel moves to a neighbour, or closes. */
  onGone(said: string): void;
  onCancel(): void;
}

/** A fresh id for the split-off event, one the timeline does not use. */
export function splitId(event: EventOutline, events: readonly EventOutline[]): string {
  const taken = new Set(events.map((e) => e.id));
  let id = boundedId(event.id, '-split');
  for (let n = 2; taken.has(id); n++) id = boundedId(event.id, `-split-${n}`);
  return id;
}

export function CorrectEvent(props: Props) {
  const { event, curation } = props;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const keep = async (step: Correction[], said: string, after: (said: string) => void) => {
    if (step.length === 0) {
      props.onCancel();
      return;
    }
    setBusy(true);
    const failed = await curation.correct(step);
    setBusy(false);
    if (failed) setProblem(failed);
    else after(said);
  };

  return (
    <section className="correct-event" aria-label="Correct this event">
      <p className="ce-intro">
        Your corrections are kept in this browser beside what the machine read, and go with the
        workspace when you export it.
      </p>
      {problem ? (
        <p className="ce-problem" role="alert">
          Not saved: {problem}
        </p>
      ) : null}
      <label className="ce-note">
        Note <span className="hint">(optional: why, or your source)</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <EditFields
        event={event}
        actors={props.actors}
        crises={props.crises}
        busy={busy}
        onCancel={props.onCancel}
        onSave={(edit) => {
          const step = correctionsFromEdit(event, edit, stampNow(note));
          const fields = step.map((c) => c.field).join(', ');
          void keep(step, `Corrected: ${fields}.`, props.onDone);
        }}
      />
      <EventActions
        event={event}
        events={props.events}
        busy={busy}
        onDrop={() =>
          void keep([dropOf(event, stampNow(note))], 'Taken off the timeline.', props.onGone)
        }
        onMerge={(chosen) =>
          void props.curation
            .wholeEvent(chosen.id)
            .then(
              (other) =>
                other &&
                keep(
                  [mergeOf(event, other, stampNow(note))],
                  `Merged “${other.title}” into this event.`,
                  props.onDone,
                ),
            )
        }
        onSplit={(passages, title) =>
          void keep(
            [splitOf(event, passages, { id: splitId(event, props.events), title }, stampNow(note))],
            `Split off as a new event: “${title.trim()}”.`,
            props.onDone,
          )
        }
      />
    </section>
  );
}
