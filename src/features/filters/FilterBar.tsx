/** Actor, crisis and text filters. Each control changes the URL, so every view is a link. */
import type { Actor, Crisis } from '../../shared/schema';
import { ACTOR_KINDS } from '../../shared/vocabulary';
import type { ViewState } from '../../shared/urlState';
import { formatShortDate } from '../../shared/partialDate';
import { ACTOR_KIND_LABELS } from '../../shared/kinds';

interface Props {
  view: ViewState;
  actors: Actor[];
  crises: Crisis[];
  actorCounts: Map<string, number>;
  onChange(change: Partial<ViewState>, options?: { replace?: boolean }): void;
  searchRef?: React.Ref<HTMLInputElement>;
}

export function FilterBar({ view, actors, crises, actorCounts, onChange, searchRef }: Props) {
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
      <details className="actor-filter">
        <summary>Actors{view.actors.length > 0 ? ` (${view.actors.length} chosen)` : ''}</summary>
        <div className="actor-groups">
          {ACTOR_KINDS.map((kind) => {
            const group = actors.filter((a) => a.kind === kind);
            if (group.length === 0) return null;
            return (
              <fieldset key={kind}>
                <legend>{ACTOR_KIND_LABELS[kind]}</legend>
                {group.map((actor) => (
                  <label key={actor.id} className="actor-option">
                    <input
                      type="checkbox"
                      checked={view.actors.includes(actor.id)}
                      onChange={() => toggleActor(actor.id)}
                    />
                    {actor.name} <span className="count">{actorCounts.get(actor.id) ?? 0}</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      </details>
    </div>
  );
}
