/** Actor, crisis and text filters. Each control changes the URL, so every view is a link. */
import { useState } from 'react';
import type { Actor, Crisis } from '../../shared/schema';
import { ACTOR_KINDS } from '../../shared/vocabulary';
import type { ViewState } from '../../shared/urlState';
import { formatShortDate } from '../../shared/partialDate';
import { ACTOR_KIND_LABELS } from '../../shared/kinds';
import { listWindow } from '../../shared/renderWindows';

interface Props {
  view: ViewState;
  actors: Actor[];
  crises: Crisis[];
  actorCounts: Map<string, number>;
  onChange(change: Partial<ViewState>, options?: { replace?: boolean }): void;
  searchRef?: React.Ref<HTMLInputElement>;
}

export function FilterBar({ view, actors, crises, actorCounts, onChange, searchRef }: Props) {
  const [actorsOpen, setActorsOpen] = useState(false);
  const toggleActor = (id: string) =>
    onChange({
      actors: view.actors.includes(id) ? view.actors.filter((a) => a !== id) : [...view.actors, id],
    });

  return (
    <div className="filters" role="search" aria-label="Filter events">
      <label className="search">
        <span>Search</span>
        <input
          ref={searchRef}
          type="search"
          value={view.query}
          placeholder="Titles and excerpts…  ( / )"
          onChange={(e) => onChange({ query: e.target.value }, { replace: true })}
        />
      </label>
      <fieldset className="crisis-chips">
        <legend>Crisis</legend>
        {crises.map((crisis) => (
          <button
            key={crisis.id}
            type="button"
            aria-pressed={view.crisis === crisis.id}
            onClick={() => onChange({ crisis: view.crisis === crisis.id ? null : crisis.id })}
            title={crisis.description}
          >
            {crisis.name}
            <span className="chip-span">
              {formatShortDate(crisis.start)} – {formatShortDate(crisis.end)}
            </span>
          </button>
        ))}
      </fieldset>
      <details className="actor-filter" onToggle={(e) => setActorsOpen(e.currentTarget.open)}>
        <summary>Actors{view.actors.length > 0 ? ` (${view.actors.length} chosen)` : ''}</summary>
        {/* Rendered only while open: closed, 20,000 checkboxes cost every keystroke. */}
        {actorsOpen ? (
          <ActorOptions
            actors={actors}
            chosen={view.actors}
            actorCounts={actorCounts}
            onToggle={toggleActor}
          />
        ) : null}
      </details>
    </div>
  );
}

/** Up to this many actors are listed whole, grouped by kind; more are searched. */
const WHOLE_LIST = 300;

function ActorOptions({
  actors,
  chosen,
  actorCounts,
  onToggle,
}: {
  actors: Actor[];
  chosen: string[];
  actorCounts: Map<string, number>;
  onToggle(id: string): void;
}) {
  const [find, setFind] = useState('');
  const long = actors.length > WHOLE_LIST;
  const { shown, total } = long
    ? listWindow(actors, chosen, find, (a) => actorCounts.get(a.id) ?? 0)
    : { shown: actors, total: actors.length };
  const rest = total - shown.filter((a) => !chosen.includes(a.id)).length;
  return (
    <div className="actor-groups">
      {long ? (
        <div className="actor-find">
          <label>
            <span>Find an actor</span>
            <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
          </label>
          <p role="status">
            {rest > 0
              ? `${total.toLocaleString('en-GB')} match; the ${(total - rest).toLocaleString('en-GB')} with most events are listed. Type to narrow.`
              : `${total.toLocaleString('en-GB')} match.`}
          </p>
        </div>
      ) : null}
      {ACTOR_KINDS.map((kind) => {
        const group = shown.filter((a) => a.kind === kind);
        if (group.length === 0) return null;
        return (
          <fieldset key={kind}>
            <legend>{ACTOR_KIND_LABELS[kind]}</legend>
            {group.map((actor) => (
              <label key={actor.id} className="actor-option">
                <input
                  type="checkbox"
                  checked={chosen.includes(actor.id)}
                  onChange={() => onToggle(actor.id)}
                />
                {actor.name} <span className="count">{actorCounts.get(actor.id) ?? 0}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
