/**
 * Events told by a person's own articles (added in the workspace or the corrections
 * file, marked `own`) say so, so the app can set them apart from the corpus's.
 */
import type { TimelineFile } from '../schema';

export function markOwnArticles(timeline: TimelineFile): TimelineFile {
  const own = new Set(timeline.articles.filter((a) => a.own).map((a) => a.id));
  if (own.size === 0) return timeline;
  return {
    ...timeline,
    events: timeline.events.map((event) =>
      event.sources.some((s) => own.has(s.article))
        ? { ...event, fromOwnArticles: true as const }
        : event,
    ),
  };
}
