/**
 * The corrections kept in this workspace, newest first, each in a line a person
 * can check: what was changed, from what to what, and, for one that no longer
 * applies, why (its event or passage is gone). Taking one back is the person's
 * choice: nothing is dropped in silence, not even a correction that dangles.
 */
import type { Correction } from '../../shared/corrections/correctionsSchema';
import type { DanglingCorrection } from '../../shared/corrections/applyCorrections';
import { shortDateOf } from '../../shared/dateWording';
import { clipText } from '../../shared/clipText';
import { KIND_LABELS } from '../../shared/kinds';

const CLIP = 70;
const quoted = (text: string) => `“${clipText(text, CLIP)}”`;

/** What a correction did, in words: "title “A” → “B”". */
export function correctionInWords(c: Correction): string {
  switch (c.field) {
    case 'title':
      return `title ${quoted(c.machine)} → ${quoted(c.person)}`;
    case 'date':
      return `date ${shortDateOf(c.machine)} → ${c.person.onOrBefore ? 'on or before ' : ''}${shortDateOf(c.person)}`;
    case 'kind':
      return `kind ${KIND_LABELS[c.machine]} → ${KIND_LABELS[c.person]}`;
    case 'actors':
      return `who took part: ${c.person.map((a) => `${a.id} (${a.role})`).join(', ') || 'no one'}`;
    case 'crisis':
      return `crisis ${c.machine ?? 'none'} → ${c.person ?? 'none'}`;
    case 'context':
      return `${c.machine ?? 'news'} → ${c.person ?? 'news'}`;
    case 'drop':
      return `taken off the timeline${c.machine ? `: ${quoted(c.machine)}` : ''}`;
    case 'merge':
      return `event “${c.other.id}” merged in`;
    case 'split':
      return `passages split off as ${quoted(c.person.title)}`;
    case 'evidence':
      return `evidence attached: ${quoted(c.person.excerpt)}`;
  }
}

export function CorrectionList(props: {
  corrections: readonly Correction[];
  dangling: readonly DanglingCorrection[];
  busy: boolean;
  onRemove(id: string): void;
}) {
  if (props.corrections.length === 0)
    return <p>No corrections yet: open an event and choose “Correct this event”.</p>;
  const why = new Map(props.dangling.map((d) => [d.id, d.reason]));
  const newestFirst = [...props.corrections].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ul className="ws-articles ws-corrections">
      {newestFirst.map((c) => {
        const reason = why.get(c.id);
        return (
          <li key={c.id} className={reason ? 'ws-dangling' : undefined}>
            <span>
              <span className="ws-meta">{c.event.id}: </span>
              {correctionInWords(c)}
              {c.note ? <span className="ws-meta"> ({c.note})</span> : null}
              {reason ? (
                <strong className="ws-problem"> No longer applies: {reason}.</strong>
              ) : null}
            </span>
            <button
              type="button"
              disabled={props.busy}
              aria-label={`Take back: ${correctionInWords(c)}`}
              onClick={() => props.onRemove(c.id)}
            >
              Take back
            </button>
          </li>
        );
      })}
    </ul>
  );
}
