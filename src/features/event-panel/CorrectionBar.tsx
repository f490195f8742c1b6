/**
 * The panel's line for correcting: open the editor (fetched on first use), undo
 * and redo this tab's last step, and what the last change did, said aloud. It
 * stays when the event changes, so "Taken off the timeline. Undo brings it back"
 * is still there on the event shown next.
 */
import { lazy, Suspense, useState } from 'react';
import type { Actor, Crisis, TimelineEvent } from '../../shared/schema';
import type { Curation } from '../../shared/corrections/curation';
import type { EventOutline } from '../../shared/timelineParts';

const CorrectEvent = lazy(() =>
  import('./CorrectEvent').then((m) => ({ default: m.CorrectEvent })),
);

interface Props {
  event: TimelineEvent;
  events: readonly EventOutline[];
  actors: ReadonlyMap<string, Actor>;
  crises: ReadonlyMap<string, Crisis>;
  curation: Curation;
  /** The open event is gone from the timeline: show a neighbour, or close. */
  onGone(): void;
}

export function CorrectionBar(props: Props) {
  const { event, curation } = props;
  // The editor is for the event it was opened on: another event closes it.
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const step = async (what: 'undo' | 'redo') => {
    const failed = await curation[what]();
    setSaid(failed ?? (what === 'undo' ? 'Undone.' : 'Redone.'));
  };
  const open = editing === event.id;
  return (
    <>
      <div className="correction-bar">
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setEditing(open ? null : event.id)}
        >
          Correct this event
        </button>
        <button type="button" disabled={!curation.canUndo} onClick={() => void step('undo')}>
          Undo
        </button>
        <button type="button" disabled={!curation.canRedo} onClick={() => void step('redo')}>
          Redo
        </button>
        <span className="correction-said" role="status">
          {said}
        </span>
      </div>
      {open ? (
        <Suspense fallback={<p role="status">Opening the editor…</p>}>
          <CorrectEvent
            event={event}
            events={props.events}
            actors={props.actors}
            crises={props.crises}
            curation={curation}
            onCancel={() => setEditing(null)}
            onDone={(words) => {
              setEditing(null);
              setSaid(words);
            }}
            onGone={(words) => {
              setEditing(null);
              setSaid(`${words} Undo brings it back.`);
              props.onGone();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
