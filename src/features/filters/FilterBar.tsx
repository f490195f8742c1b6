/**
 * The text and actor filters (the crisis filter is the chapters strip, the kind
 * filter the legend). Each control changes the URL, so every view is a link.
 */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { Actor } from '../../shared/schema';
import type { ViewState } from '../../shared/urlState';
import type { ActorsShown } from '../../shared/actorCounts';

// Fetched on the first opening, with what the open list does: most visitors never open it.
const ActorChoices = lazy(() => import('./ActorChoices'));

interface Props {
  view: ViewState;
  actors: Actor[];
  /**
   * The events each actor's count counts among: those the other filters show.
   * Asked for only while the list is open: counting is a pass over every event.
   */
  countActors(): ActorsShown;
  onChange(change: Partial<ViewState>, options?: { replace?: boolean }): void;
  searchRef?: React.Ref<HTMLInputElement>;
}

export function FilterBar({ view, actors, countActors, onChange, searchRef }: Props) {
  return (
    <div className="filters" role="search" aria-label="Filter events">
      <label className="search">
        <span>Search</span>
        {/* Short enough for a 320 px phone; the "/" key is told to the wide screen beside it. */}
        <input
          ref={searchRef}
          type="search"
          value={view.query}
          placeholder="Search events"
          aria-keyshortcuts="/"
          onChange={(e) => onChange({ query: e.target.value }, { replace: true })}
        />
        <kbd className="wide-only" aria-hidden="true" title="Press / to search">
          /
        </kbd>
      </label>
      <ActorFilter view={view} actors={actors} countActors={countActors} onChange={onChange} />
    </div>
  );
}

/**
 * A button that opens the actor list over the page. What the open list does (its
 * choices, counts, and closing on Escape or a click elsewhere) is in its chunk.
 */
function ActorFilter({ view, actors, countActors, onChange }: Omit<Props, 'searchRef'>) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const panelId = useId();
  return (
    <div className="actor-filter">
      <button
        ref={button}
        type="button"
        className="actor-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {actorsLabel(view, actors)}
      </button>
      {/* Rendered only while open: closed, 20,000 checkboxes cost every keystroke. */}
      {open ? (
        <div
          ref={popover}
          id={panelId}
          className="actor-popover"
          role="dialog"
          aria-label="Choose actors"
        >
          <Suspense fallback={<p role="status">Loading the actors…</p>}>
            <ActorChoices
              view={view}
              actors={actors}
              countActors={countActors}
              onChange={onChange}
              setOpen={setOpen}
              button={button}
              popover={popover}
            />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}

/**
 * "Actors: Mike Pompeo", "Actors: Pompeo, Pakistan (any)", "Actors: Pompeo, Toner +2
 * (all)": who is chosen, not only how many, so the filter reads without opening it.
 */
export function actorsLabel(view: Pick<ViewState, 'actors' | 'actorMatch'>, actors: Actor[]) {
  const chosen = view.actors.map((id) => actors.find((a) => a.id === id)).filter((a) => !!a);
  if (chosen.length === 0) return 'Actors';
  if (chosen.length === 1) return `Actors: ${chosen[0]!.name}`;
  const named = chosen.slice(0, 2).map((a) => a.shortName);
  const more = chosen.length > 2 ? ` +${chosen.length - 2}` : '';
  return `Actors: ${named.join(', ')}${more} (${view.actorMatch})`;
}
