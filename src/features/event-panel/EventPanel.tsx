/* eslint-disable max-lines-per-function -- one event's details are one region, read top to bottom; its sub-parts are SourceArticle and ArticleReader. */
/**
 * Everything known about one event: what, when (and how we know), who, and the
 * verbatim sources. It is a labelled region whose heading is the event title.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Actor, Article, Crisis, TimelineEvent } from '../../shared/schema';
import { describeBasis } from '../../shared/eventOrder';
import { dateWording } from '../../shared/dateWording';
import { formatEventDate } from '../../shared/partialDate';
import { KIND_LABELS, kindClass, roleWords } from '../../shared/kinds';
import { BETWEEN_CRISES } from '../../shared/lanes';
import { sourceGroups } from '../../shared/sourceGroups';
import { citationOf } from '../../shared/share/citation';
import { sharePagePath } from '../../shared/share/eventPage';
import type { Curation } from '../../shared/corrections/curation';
import { evidenceOf } from '../../shared/corrections/editCorrections';
import { Highlighted } from '../Highlighted';
import { SourceArticle } from './SourceArticle';
import { CorrectionBar } from './CorrectionBar';
import { stampNow } from './stampNow';
import { CorrectedNote } from './CorrectedNote';
import type { EventOutline } from '../../shared/timelineParts';

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
  articles: ReadonlyMap<string, Article>;
  crises: Map<string, Crisis>;
  query: string;
  previous: EventOutline | null;
  next: EventOutline | null;
  onNavigate(id: string): void;
  onClose(): void;
  onActor(id: string): void;
  /** The address of this view with the event open, as it is when asked. */
  linkToEvent(): string;
  /** Every event, to choose one to merge in. */
  events: readonly EventOutline[];
  /** Absent where nothing may be corrected (an embedded timeline). */
  curation?: Curation | undefined;
}

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
  linkToEvent,
  events,
  curation,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // What was copied, and for which event, so the confirmation never outlives its event.
  const [copiedFor, setCopiedFor] = useState<{ id: string; what: 'link' | 'citation' } | null>(
    null,
  );
  const copied = (what: 'link' | 'citation') =>
    copiedFor?.id === event.id && copiedFor.what === what;
  useEffect(() => {
    // Focus for screen readers and keys, without yanking the timeline out of view.
    heading.current?.focus({ preventScroll: true });
  }, [event.id]);

  const crisis = event.crisis ? crises.get(event.crisis) : undefined;
  const reported = [...new Set(event.sources.map((s) => s.published))].sort();
  const wording = dateWording(event.date);
  const groups = useMemo(() => sourceGroups(event.sources, articles), [event.sources, articles]);
  const excerptCount = groups.reduce((n, g) => n + g.ranges.length, 0);

  // Once per event, not on every render of the panel.
  const citation = useMemo(
    () =>
      citationOf(
        event,
        {
          articles,
          actors,
          crises,
          appUrl: `${window.location.origin}${window.location.pathname}`,
        },
        new Date(),
      ),
    [event, articles, actors, crises],
  );
  const copy = async (what: 'link' | 'citation') => {
    const text = what === 'link' ? linkToEvent() : citation;
    try {
      await navigator.clipboard.writeText(text);
      setCopiedFor({ id: event.id, what });
    } catch {
      window.prompt(`Copy this ${what}:`, text);
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
          <span aria-hidden="true">←</span> Previous
        </button>
        <button
          type="button"
          onClick={() => next && onNavigate(next.id)}
          disabled={!next}
          aria-label="Next event"
        >
          Next <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={() => void copy('link')}>
          {copied('link') ? 'Link copied' : 'Copy link'}
        </button>
        <button type="button" onClick={onClose} aria-label="Close event details">
          <span aria-hidden="true">✕</span>
          <span className="wide-only"> Close</span>
        </button>
      </div>
      <p className={`kind-badge ${kindClass(event.kind)}`}>
        <span className="mark" aria-hidden="true" /> {KIND_LABELS[event.kind]}
        {event.context ? ' · context' : ''}
      </p>
      <h2 id="event-title" ref={heading} tabIndex={-1}>
        <Highlighted text={event.title} query={query} />
      </h2>
      <p className="event-when">
        <strong>{wording.when}</strong>{' '}
        <span className={`date-certainty basis-${event.date.basis}`}>{wording.certainty}</span>
      </p>
      <details className="date-how">
        <summary>How this date was read</summary>
        <p>
          {describeBasis(event)}. {event.date.explanation}
        </p>
      </details>
      {curation ? (
        <CorrectionBar
          event={event}
          events={events}
          actors={actors}
          crises={crises}
          curation={curation}
          onGone={() => {
            const neighbour = next ?? previous;
            if (neighbour) onNavigate(neighbour.id);
            else onClose();
          }}
        />
      ) : null}
      <CorrectedNote event={event} actors={actors} crises={crises} />
      {event.fromOwnArticles ? (
        <p className="own-note">
          {/* Added in this browser's workspace or in the corrections file the build applied:
              the file cannot tell which, so the words claim neither. */}
          <strong>From an added article:</strong>{' '}
          {event.sources.every((s) => articles.get(s.article)?.own)
            ? 'read from an article added by hand, not one of the corpus’s own.'
            : 'an article added by hand tells it too, beside the corpus’s own.'}
        </p>
      ) : null}
      {event.context ? <p className="context-note">{CONTEXT_NOTES[event.context]}</p> : null}
      <h3 className="sources-heading" id="sources-heading">
        Sources: {excerptCount} {excerptCount === 1 ? 'passage' : 'passages'} from {groups.length}{' '}
        {groups.length === 1 ? 'article' : 'articles'}
      </h3>
      <ul className="sources" aria-labelledby="sources-heading">
        {groups.map((group) => (
          <SourceArticle
            key={group.articleId}
            group={group}
            sources={event.sources}
            query={query}
            onEvidence={
              curation &&
              ((evidence) => curation.correct([evidenceOf(event, evidence, stampNow())]))
            }
          />
        ))}
      </ul>
      <dl className="event-facts">
        <dt>Who</dt>
        <dd>
          <ul className="actor-chips">
            {event.actors.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => onActor(a.id)} title={actors.get(a.id)?.role}>
                  {actors.get(a.id)?.name ?? a.id}{' '}
                  <span className="role">{roleWords(event.kind, a.role)}</span>
                </button>
              </li>
            ))}
          </ul>
        </dd>
        {event.place ? (
          <>
            <dt>Place</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
        {crisis || event.crisis === null ? (
          <>
            <dt>Crisis</dt>
            <dd>{crisis ? crisis.name : BETWEEN_CRISES}</dd>
          </>
        ) : null}
        <dt>Reported</dt>
        <dd>
          {reported
            .map((d) => formatEventDate({ start: d, precision: 'day' }, { weekday: true }))
            .join('; ')}
        </dd>
      </dl>
      <details className="event-cite">
        <summary>Cite or share this event</summary>
        <p className="citation">{citation}</p>
        <p>
          <button type="button" onClick={() => void copy('citation')}>
            {copied('citation') ? 'Citation copied' : 'Copy citation'}
          </button>{' '}
          <a href={sharePagePath(event.id)}>Page for sharing</a>: its link shows this event’s title,
          date and first passage in chat and social apps.
        </p>
      </details>
    </section>
  );
}
