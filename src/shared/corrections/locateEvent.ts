/**
 * Finds the event a correction rests on. The id comes first, but only while the
 * event still rests on one of the correction's passages: the id is made from the
 * event's content, so a rule change can give it to another happening. Otherwise
 * the passages find it (the id moved); when they find none, or two events equally,
 * the correction dangles with the reason, and is applied to nothing.
 */
import type { Article, Source, TimelineEvent } from '../schema';
import type { EventKey, Passage } from './correctionsSchema';

export type Located =
  { found: true; event: TimelineEvent; movedFrom?: string } | { found: false; reason: string };

/**
 * Whether a source is told by the passage: the same article, and one excerpt holds
 * the other (the rules may now cut the sentence a little wider or narrower).
 */
export function tells(source: Source, passage: Passage): boolean {
  return (
    source.article === passage.article &&
    (source.excerpt.includes(passage.excerpt) || passage.excerpt.includes(source.excerpt))
  );
}

/** How many of the passages the event rests on. */
export function passagesHeld(event: TimelineEvent, passages: readonly Passage[]): number {
  return passages.filter((p) => event.sources.some((s) => tells(s, p))).length;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** Why no event rests on the passages: the article went, its words went, or no event tells them. */
function goneReason(key: EventKey, articles: ReadonlyMap<string, Article>): string {
  for (const passage of key.passages) {
    const article = articles.get(passage.article);
    if (!article) return `event "${key.id}" is gone, and so is its article "${passage.article}"`;
    if (!article.text.includes(passage.excerpt))
      return `event "${key.id}" is gone, and article "${passage.article}" no longer holds ${quoted(passage.excerpt)}`;
  }
  return `event "${key.id}" is gone: no event rests on its passages any more`;
}

export function locateEvent(
  events: readonly TimelineEvent[],
  key: EventKey,
  articles: ReadonlyMap<string, Article>,
): Located {
  const byId = events.find((e) => e.id === key.id);
  if (byId && passagesHeld(byId, key.passages) > 0) return { found: true, event: byId };
  let best: TimelineEvent[] = [];
  let most = 0;
  for (const event of events) {
    const held = passagesHeld(event, key.passages);
    if (held > most) [best, most] = [[event], held];
    else if (held === most && held > 0) best.push(event);
  }
  if (best.length === 1) return { found: true, event: best[0]!, movedFrom: key.id };
  if (best.length > 1)
    return {
      found: false,
      reason: `its passages are now told by several events (${best.map((e) => `"${e.id}"`).join(', ')}); it is applied to none of them`,
    };
  if (byId)
    return {
      found: false,
      reason: `event "${key.id}" no longer rests on the passages the correction was made from`,
    };
  return { found: false, reason: goneReason(key, articles) };
}
