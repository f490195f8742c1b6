/**
 * The text and actor filters (the crisis filter is the chapters strip, the kind
 * filter the legend). Each control changes the URL, so every view is a link.
 */
import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Actor } from '../../shared/schema';
import type { ViewState } from '../../shared/urlState';

// Fetched on the first opening: most visitors never open the list.
const ActorChoices = lazy(() => import('./ActorChoices'));

interface Props {
  view: ViewState;
  actors: Actor[];
  /**
   * Events each actor would show under the other filters, officials counted for
   * their country. Asked for only while the list is open: it is a pass over every event.
   */
  countActors(): ReadonlyMap<string, number>;
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
 * A button that opens the actor list over the page. Escape or a click anywhere
 * else closes it, and focus goes back to the button it was opened from.
 */
function ActorFilter({ view, actors, countActors, onChange }: Omit<Props, 'searchRef'>) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!popover.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // In the capture phase, before the page's own Escape (which closes the open event):
    // while the list is open, Escape closes only the list.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  const toggleActor = (id: string) =>
    onChange({
      actors: view.actors.includes(id) ? view.actors.filter((a) => a !== id) : [...view.actors, id],
    });
  // The counts follow a choice in a render of their own, after the frame that shows
  // the timeline and the count: until then the last ones stay (the memo keeps them).
  const countLater = useDeferredValue(countActors);
  const actorCounts = useMemo(() => (open ? countLater() : null), [open, countLater]);
  const chosen = view.actors.length;
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
      {open && actorCounts ? (
        <div
          ref={popover}
          id={panelId}
          className="actor-popover"
          role="dialog"
          aria-label="Choose actors"
        >
          <Suspense fallback={<p role="status">Loading the actors…</p>}>
            <ActorChoices
              match={view.actorMatch}
              onMatch={(actorMatch) => onChange({ actorMatch })}
              actors={actors}
              chosen={view.actors}
              actorCounts={actorCounts}
              onToggle={toggleActor}
            />
          </Suspense>
          <div className="actor-popover-foot">
            {chosen > 0 ? (
              <button type="button" onClick={() => onChange({ actors: [] })}>
                Clear actors
              </button>
            ) : null}
            <button type="button" onClick={close}>
              Done
            </button>
          </div>
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
