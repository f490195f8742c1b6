/**
 * "Corrected by hand": what a person changed in this event, when and why, and
 * the machine's own reading of each changed field one click away. The machine's
 * values come from the event's `corrected` block, which the corrections keep
 * beside the person's (provenance.ts): nothing is overwritten without a trace.
 * Worded as the exports word it (src/shared/share/curation.ts).
 */
import type { Actor, Crisis, TimelineEvent } from '../../shared/schema';
import { formatEventDate } from '../../shared/partialDate';
import { FIELD_WORDS, correctedFields, machineReadings } from '../../shared/share/curation';

export function CorrectedNote(props: {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  crises: ReadonlyMap<string, Crisis>;
}) {
  const { event } = props;
  const { corrected } = event;
  if (!corrected) return null;
  const readings = machineReadings(event, { actors: props.actors, crises: props.crises });
  return (
    <details className="corrected-note">
      <summary>
        <strong>Corrected by hand</strong>:{' '}
        {correctedFields(event)
          .map((field) => FIELD_WORDS[field])
          .join(', ')}
        . What the machine read
      </summary>
      <ul>
        {corrected.records.map((r, i) => (
          <li key={r.id}>
            {FIELD_WORDS[r.field]}, on{' '}
            {formatEventDate({ start: r.at.slice(0, 10), precision: 'day' })}
            {/* One save's records share its note: said once. */}
            {r.note && r.note !== corrected.records[i - 1]?.note ? `: “${r.note}”` : ''}
          </li>
        ))}
      </ul>
      {readings.length > 0 ? (
        <>
          <p>The machine read:</p>
          <ul>
            {readings.map((reading) => (
              <li key={reading}>{reading}</li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
