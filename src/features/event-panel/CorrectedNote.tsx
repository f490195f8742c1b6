/**
 * "Corrected by hand": what a person changed in this event, when and why, and
 * the machine's own reading of each changed field one click away. The machine's
 * values come from the event's `corrected` block, which the corrections keep
 * beside the person's (provenance.ts): nothing is overwritten without a trace.
 */
import type { Actor, Corrected, CorrectionField, Crisis, TimelineEvent } from '../../shared/schema';
import { KIND_LABELS } from '../../shared/kinds';
import { BETWEEN_CRISES } from '../../shared/lanes';
import { dateWording } from '../../shared/dateWording';
import { formatEventDate } from '../../shared/partialDate';

const FIELD_WORDS: Record<CorrectionField, string> = {
  title: 'title',
  date: 'date',
  kind: 'kind',
  actors: 'who took part',
  crisis: 'crisis',
  context: 'news or context',
  drop: 'taken off',
  merge: 'another event merged in',
  split: 'passages split off',
  evidence: 'a passage attached as evidence',
};

const CONTEXT_WORDS = { passing: 'named in passing', planned: 'still to come' } as const;

/** The fields corrected, once each, in words: "title, date". */
export function fieldsInWords(corrected: Corrected): string {
  return [...new Set(corrected.records.map((r) => FIELD_WORDS[r.field]))].join(', ');
}

function machineRows(
  machine: Corrected['machine'],
  actors: ReadonlyMap<string, Actor>,
  crises: ReadonlyMap<string, Crisis>,
): [string, string][] {
  const rows: [string, string][] = [];
  if (machine.title !== undefined) rows.push(['Title', machine.title]);
  if (machine.date) {
    const wording = dateWording(machine.date);
    rows.push(['Date', `${wording.when} (${wording.certainty})`]);
  }
  if (machine.kind) rows.push(['Kind', KIND_LABELS[machine.kind]]);
  if (machine.actors)
    rows.push(['Who', machine.actors.map((a) => actors.get(a.id)?.name ?? a.id).join(', ')]);
  if (machine.crisis !== undefined)
    rows.push([
      'Crisis',
      machine.crisis ? (crises.get(machine.crisis)?.name ?? machine.crisis) : BETWEEN_CRISES,
    ]);
  if (machine.context !== undefined)
    rows.push(['News or context', machine.context ? CONTEXT_WORDS[machine.context] : 'news']);
  if (machine.sources) rows.push(['Passages', String(machine.sources.length)]);
  for (const from of machine.mergedFrom ?? []) rows.push(['Merged in', from.title]);
  if (machine.splitFrom) rows.push(['Split off from', machine.splitFrom]);
  return rows;
}

export function CorrectedNote(props: {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  crises: ReadonlyMap<string, Crisis>;
}) {
  const { corrected } = props.event;
  if (!corrected) return null;
  const rows = machineRows(corrected.machine, props.actors, props.crises);
  return (
    <details className="corrected-note">
      <summary>
        <strong>Corrected by hand</strong>: {fieldsInWords(corrected)}. What the machine read
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
      <dl>
        {rows.map(([what, value], i) => (
          <div key={i}>
            <dt>{what}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
