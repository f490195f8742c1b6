/**
 * The actors list inside the actors filter's popover: the any/all choice and the
 * checkboxes, grouped by kind (searched, past a few hundred). Most visitors never
 * open it, so it is its own chunk, fetched on the first opening: that keeps the JS
 * loaded up front within its 200 KiB budget.
 */
import { useState } from 'react';
import type { Actor } from '../../shared/schema';
import { ACTOR_KINDS } from '../../shared/vocabulary';
import type { ActorMatch } from '../../shared/urlState';
import { ACTOR_KIND_LABELS } from '../../shared/kinds';
import { listWindow } from '../../shared/renderWindows';

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

/** Both, as the popover shows them: one default export for React.lazy. */
export default function ActorChoices(props: {
  match: ActorMatch;
  onMatch(m: ActorMatch): void;
  actors: Actor[];
  chosen: string[];
  actorCounts: ReadonlyMap<string, number>;
  onToggle(id: string): void;
}) {
  return (
    <>
      <MatchChoice match={props.match} onChange={props.onMatch} />
      <ActorOptions
        actors={props.actors}
        chosen={props.chosen}
        actorCounts={props.actorCounts}
        onToggle={props.onToggle}
      />
    </>
  );
}
