/**
 * Everything known about one event: what, when (and how we know), who, and the
 * verbatim sources. It is a labelled region whose heading is the event title.
 */
import { useEffect, useRef, useState } from 'react';
import { format } from 'date-fns/format';
import type { Actor, Article, Crisis, TimelineEvent } from '../../shared/schema';
import { describeBasis, eventDateLabel } from '../../shared/eventOrder';
import { describePrecision, fromIsoDay } from '../../shared/partialDate';
import { KIND_LABELS } from '../../shared/kinds';
import { Highlighted } from '../Highlighted';
import { SourceQuote } from './SourceQuote';

/** Why an event is context rather than news of its own, as the panel says it. */
const CONTEXT_NOTES: Record<NonNullable<TimelineEvent['context']>, string> = {
  passing:
    'Named in passing, or recalled long after it happened: background to the news, not news of its own.',
  planned:
    'Still to come when it was reported: the sources speak of a plan, not of something done.',
};

interface Props {
  event: TimelineEvent;
  actors: Map<string, Actor>;
  articles: Map<string, Article>;
  crises: Map<string, Crisis>;
  query: string;
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  onNavigate(id: string): void;
  onClose(): void;
  onActor(id: string): void;
  shareUrl: string;
}

const ROLE_LABEL = {
  speaker: 'speaker',
  target: 'addressed',
  agent: 'acted',
  participant: 'took part',
  mentioned: 'mentioned',
};

export function EventPanel({
  event,
  actors,
  articles,
  crises,
  query,
  previous,
  next,
  onNavigate,
  onClose,
  onActor,
  shareUrl,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Which event's link was copied, so the confirmation never outlives its event.
  const [copiedFor, setCopiedFor] = useState<string | null>(null);
  const copied = copiedFor === event.id;
  useEffect(() => {
    // Focus for screen readers and keys, without yanking the timeline out of view.
    heading.current?.focus({ preventScroll: true });
  }, [event.id]);

  const crisis = event.crisis ? crises.get(event.crisis) : undefined;
  const reported = [...new Set(event.sources.map((s) => s.published))].sort();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopiedFor(event.id);
    } catch {
      window.prompt('Copy this link:', shareUrl);
    }
  };

  return (
    <section className="event-panel" aria-labelledby="event-title">
      <div className="panel-toolbar">
        <button
          type="button"
          onClick={() => previous && onNavigate(previous.id)}
          disabled={!previous}
          aria-label="Previous event"
        >
          ← Previous
        </button>
        <button
          type="button"
          onClick={() => next && onNavigate(next.id)}
          disabled={!next}
          aria-label="Next event"
        >
          Next →
        </button>
        <button type="button" onClick={copy}>
          {copied ? 'Link copied' : 'Copy link'}
        </button>
        <button type="button" onClick={onClose} aria-label="Close event details">
          Close
        </button>
      </div>
      <p className={`kind-badge kind-${event.kind}`}>{KIND_LABELS[event.kind]}</p>
      <h2 id="event-title" ref={heading} tabIndex={-1}>
        <Highlighted text={event.title} query={query} />
      </h2>
      <dl className="event-facts">
        <dt>Happened</dt>
        <dd>
          <strong>
            {event.date.ongoing ? 'Since ' : event.date.onOrBefore ? 'On or before ' : ''}
            {eventDateLabel(event)}
          </strong>{' '}
          <span className="muted">
            (
            {event.date.onOrBefore
              ? 'the day it was reported'
              : event.date.basis === 'knowledge-base'
                ? // The text named the happening, not its day: say where the day came from.
                  `the ${event.date.precision} as the knowledge base has it`
                : describePrecision(event.date.precision)}
            )
          </span>
          <p className={`date-basis basis-${event.date.basis}`}>
            {describeBasis(event)}. {event.date.explanation}
          </p>
        </dd>
        <dt>Reported</dt>
        <dd>{reported.map((d) => format(fromIsoDay(d), 'EEEE d MMMM yyyy')).join('; ')}</dd>
        {event.context ? (
          <>
            <dt>Context</dt>
            <dd>{CONTEXT_NOTES[event.context]}</dd>
          </>
        ) : null}
        {event.place ? (
          <>
            <dt>Place</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
        {crisis ? (
          <>
            <dt>Crisis</dt>
            <dd>{crisis.name}</dd>
          </>
        ) : null}
        <dt>Actors</dt>
        <dd>
          <ul className="actor-chips">
            {event.actors.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => onActor(a.id)} title={actors.get(a.id)?.role}>
                  {actors.get(a.id)?.name ?? a.id}{' '}
                  <span className="role">{ROLE_LABEL[a.role]}</span>
                </button>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <h3>Sources ({event.sources.length})</h3>
      <ul className="sources">
        {event.sources.map((s) => (
          <SourceQuote
            key={`${s.article}:${s.offset}`}
            source={s}
            article={articles.get(s.article)}
            query={query}
          />
        ))}
      </ul>
    </section>
  );
}
