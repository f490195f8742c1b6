/**
 * The form that corrects an event's values: title, date (a day, month or year, a
 * span, "on or before"), kind, crisis, news or context, and who took part in what
 * role. Saving hands over one record per changed field (editCorrections.ts); the
 * machine's values stay in each record, so nothing is overwritten without a trace.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  ACTOR_ROLES,
  EVENT_KINDS,
  MAX_TITLE_LENGTH,
  type Actor,
  type Crisis,
  type EventActor,
  type TimelineEvent,
} from '../../shared/schema';
import { KIND_LABELS, roleWords } from '../../shared/kinds';
import { BETWEEN_CRISES } from '../../shared/lanes';
import { editOf, readHandDate, type EventEdit } from '../../shared/corrections/editCorrections';

interface Props {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  crises: ReadonlyMap<string, Crisis>;
  busy: boolean;
  onSave(edit: EventEdit): void;
  onCancel(): void;
}

const CONTEXT_CHOICES = [
  ['', 'News of its own'],
  ['passing', 'Named in passing (background)'],
  ['planned', 'Still to come when reported (a plan)'],
] as const;

function ActorRows(props: {
  kind: TimelineEvent['kind'];
  chosen: EventActor[];
  actors: ReadonlyMap<string, Actor>;
  onChange(chosen: EventActor[]): void;
}) {
  const { kind, chosen, actors, onChange } = props;
  const addId = useId();
  const others = [...actors.values()].filter((a) => !chosen.some((c) => c.id === a.id));
  const name = (id: string) => actors.get(id)?.name ?? id;
  return (
    <fieldset className="ce-actors">
      <legend>Who, and in what role</legend>
      <ul>
        {chosen.map((a, i) => (
          <li key={a.id}>
            <label>
              {name(a.id)}{' '}
              <select
                value={a.role}
                onChange={(e) =>
                  onChange(
                    chosen.map((c, j) =>
                      j === i ? { ...c, role: e.target.value as EventActor['role'] } : c,
                    ),
                  )
                }
              >
                {ACTOR_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleWords(kind, role)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button
              type="button"
              aria-label={`Remove ${name(a.id)}`}
              onClick={() => onChange(chosen.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={addId}>Add someone</label>{' '}
      <select
        id={addId}
        value=""
        onChange={(e) =>
          e.target.value && onChange([...chosen, { id: e.target.value, role: 'participant' }])
        }
      >
        <option value="">Choose…</option>
        {others.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

export function EditFields({ event, actors, crises, busy, onSave, onCancel }: Props) {
  const [edit, setEdit] = useState<EventEdit>(() => editOf(event));
  const [typed, setTyped] = useState(() => ({
    start: edit.date.start,
    end: edit.date.end ?? '',
    onOrBefore: edit.date.onOrBefore === true,
  }));
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const set = (change: Partial<EventEdit>) => setEdit((e) => ({ ...e, ...change }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const date = readHandDate(typed, editOf(event).date);
    if (!date.ok) {
      setDateProblem(date.message);
      return;
    }
    setDateProblem(null);
    onSave({ ...edit, date: date.date });
  };
  return (
    <form className="ce-fields" aria-label="Correct this event’s details" onSubmit={submit}>
      <label>
        Title
        <input
          value={edit.title}
          required
          maxLength={MAX_TITLE_LENGTH}
          onChange={(e) => set({ title: e.target.value })}
        />
      </label>
      <fieldset className="ce-date">
        <legend>Date</legend>
        <label>
          From <span className="hint">(2019, 2019-02 or 2019-02-14)</span>
          <input
            value={typed.start}
            required
            inputMode="numeric"
            aria-invalid={dateProblem !== null}
            aria-describedby={dateProblem ? 'ce-date-problem' : undefined}
            onChange={(e) => setTyped({ ...typed, start: e.target.value })}
          />
        </label>
        <label>
          To <span className="hint">(for a span; empty for one date)</span>
          <input
            value={typed.end}
            inputMode="numeric"
            onChange={(e) => setTyped({ ...typed, end: e.target.value })}
          />
        </label>
        <label className="ce-check">
          <input
            type="checkbox"
            checked={typed.onOrBefore}
            onChange={(e) => setTyped({ ...typed, onOrBefore: e.target.checked })}
          />
          On or before this date (the sources do not say the day)
        </label>
        {dateProblem ? (
          <p id="ce-date-problem" className="ce-problem" role="alert">
            {dateProblem}
          </p>
        ) : null}
      </fieldset>
      <label>
        Kind
        <select
          value={edit.kind}
          onChange={(e) => set({ kind: e.target.value as EventEdit['kind'] })}
        >
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Crisis
        <select value={edit.crisis ?? ''} onChange={(e) => set({ crisis: e.target.value || null })}>
          <option value="">{BETWEEN_CRISES}</option>
          {[...crises.values()].map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        News or context
        <select
          value={edit.context ?? ''}
          onChange={(e) => set({ context: (e.target.value || null) as EventEdit['context'] })}
        >
          {CONTEXT_CHOICES.map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
      </label>
      <ActorRows
        kind={edit.kind}
        chosen={edit.actors}
        actors={actors}
        onChange={(chosen) => set({ actors: chosen })}
      />
      <p className="ce-buttons">
        <button type="submit" disabled={busy}>
          Save corrections
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
