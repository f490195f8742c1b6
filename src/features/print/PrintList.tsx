/**
 * What a printed page lists under the timeline: every event the filters show,
 * with its date, its passages and each source's outlet, headline and address
 * written out (a printed link cannot be clicked). Rendered only while printing:
 * at 50,000 events it is pages of text no screen needs.
 */
import type { Crisis } from '../../shared/schema';
import type { EventOutline } from '../../shared/timelineParts';
import type { TimelineDetails } from '../../shared/timelineDetails';
import { KIND_LABELS } from '../../shared/kinds';
import { sourcePassages } from '../../shared/sourceGroups';
import { creditLine } from '../../shared/share/eventPage';
import { dateWording } from '../../shared/dateWording';

interface Props {
  events: readonly EventOutline[];
  /** The passages: those of an event whose part is not in are not printed, and it says so. */
  details: TimelineDetails;
  crises: ReadonlyMap<string, Crisis>;
}

export function PrintList({ events, details, crises }: Props) {
  const articles = details.articles();
  return (
    <section className="print-list" aria-label="Events, as printed">
      <h2>
        {events.length} {events.length === 1 ? 'event' : 'events'}, with their sources
      </h2>
      <ol>
        {events.map((event) => {
          const wording = dateWording(event.date);
          const whole = details.event(event.id);
          return (
            <li key={event.id}>
              <h3>
                <span className="print-date">{wording.short}</span> {event.title}
              </h3>
              <p className="print-about">
                {`${wording.certainty} · ${KIND_LABELS[event.kind]}`}
                {event.crisis ? ` · ${crises.get(event.crisis)?.name ?? event.crisis}` : ''}
                {event.context ? ' · context' : ''}
              </p>
              {whole ? null : (
                <p className="print-about">Its passages were not loaded: open it to read them.</p>
              )}
              {sourcePassages(whole?.sources ?? [], articles).map(
                ({ articleId, article, published, passages }) => (
                  <div key={articleId} className="print-source">
                    {passages.map((passage, i) => (
                      <blockquote key={i}>{passage}</blockquote>
                    ))}
                    <p>
                      — {creditLine(article, published)}
                      {article?.url ? <span className="print-url"> {article.url}</span> : null}
                    </p>
                  </div>
                ),
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
