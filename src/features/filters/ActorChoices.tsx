/**
 * The actors list inside the actors filter's popover: the any/all choice, the
 * checkboxes, grouped by kind (searched, past a few hundred), their counts, and
 * how the list closes. Most visitors never open it, so it is its own chunk, fetched
 * on the first opening: that keeps the JS loaded up front within its 200 KiB budget.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Actor } from '../../shared/schema';
import { ACTOR_KINDS } from '../../shared/vocabulary';
import type { ActorMatch, ViewState } from '../../shared/urlState';
import { ACTOR_KIND_LABELS } from '../../shared/kinds';
import { listWindow } from '../../shared/renderWindows';
import { useAfterPaint } from '../useAfterPaint';
import { countByActor, type ActorsShown } from '../../shared/actorCounts';

const MATCH_LABEL: Record<ActorMatch, string> = {
  any: 'Any of them',
  all: 'All of them together',
};

export function MatchChoice({
  match,
  onChange,
}: {
  match: ActorMatch;
  onChange(m: ActorMatch): void;
}) {
  return (
    <fieldset className="actor-match">
      <legend>With several actors, show events with</legend>
      {(Object.keys(MATCH_LABEL) as ActorMatch[]).map((m) => (
        <label key={m}>
          <input
            type="radio"
            name="actor-match"
            checked={match === m}
            onChange={() => onChange(m)}
          />
          {MATCH_LABEL[m]}
        </label>
      ))}
    </fieldset>
  );
}

/** Up to this many actors are listed whole, grouped by kind; more are searched. */
const WHOLE_LIST = 300;

export function ActorOptions({
  actors,
  chosen,
  actorCounts,
  onToggle,
}: {
  actors: Actor[];
  chosen: string[];
  actorCounts: ReadonlyMap<string, number>;
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
            {group.map((actor) => {
              const count = actorCounts.get(actor.id) ?? 0;
              const checked = chosen.includes(actor.id);
              return (
                <label key={actor.id} className="actor-option">
                  <input
                    type="checkbox"
                    checked={checked}
                    // One that would show nothing is not offered; one chosen can always be unchosen.
                    disabled={count === 0 && !checked}
                    onChange={() => onToggle(actor.id)}
                  />
                  {actor.name} <span className="count">{count}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}

/** Closes the list on a click outside it or Escape; focus goes back to its button then. */
function useClosing(
  setOpen: (open: boolean) => void,
  button: RefObject<HTMLButtonElement | null>,
  popover: RefObject<HTMLDivElement | null>,
) {
  useEffect(() => {
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
  }, [setOpen, button, popover]);
}

/**
 * The open list, as the popover shows it (one default export for React.lazy): the
 * any/all choice, the actors, and the buttons that clear and close it.
 */
export default function ActorChoices({
  view,
  actors,
  countActors,
  onChange,
  setOpen,
  button,
  popover,
}: {
  view: Pick<ViewState, 'actors' | 'actorMatch'>;
  actors: Actor[];
  countActors(): ActorsShown;
  onChange(change: Partial<ViewState>): void;
  /** The list's own state, kept by the button that opens it: false closes it. */
  setOpen(open: boolean): void;
  button: RefObject<HTMLButtonElement | null>;
  popover: RefObject<HTMLDivElement | null>;
}) {
  useClosing(setOpen, button, popover);
  // The counts follow a choice in a render of their own, after the frame that shows
  // the timeline and the count: until then the last ones stay (the memo keeps them).
  const countLater = useAfterPaint(countActors);
  const actorCounts = useMemo(() => countByActor(countLater()), [countLater]);
  const toggle = (id: string) =>
    onChange({
      actors: view.actors.includes(id) ? view.actors.filter((a) => a !== id) : [...view.actors, id],
    });
  return (
    <>
      <MatchChoice match={view.actorMatch} onChange={(actorMatch) => onChange({ actorMatch })} />
      <ActorOptions
        actors={actors}
        chosen={view.actors}
        actorCounts={actorCounts}
        onToggle={toggle}
      />
      <div className="actor-popover-foot">
        {view.actors.length > 0 ? (
          <button type="button" onClick={() => onChange({ actors: [] })}>
            Clear actors
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            button.current?.focus();
          }}
        >
          Done
        </button>
      </div>
    </>
  );
}
