/**
 * One part of the outline's details, checked: by the same checks as a
 * whole timeline.json (the compiled schema, zod for the wording, the integrity
 * rules), and against the outline, so that what the panel opens is the event the
 * timeline drew. Its own chunk: the first view runs none of this.
 */
import * as compiledCheck from 'virtual:compiled-event-check';
import type { TimelinePart } from '../shared/outlineSchema';
import type { PartsIndex } from '../shared/timelineParts';
import { parseTimelineFile } from '../shared/parseTimelineFile';

/** Why the part is not the run of events the outline says it is, or null. */
function mismatch(part: TimelinePart, outline: PartsIndex, n: number): string | null {
  const first = outline.parts.slice(0, n).reduce((sum, count) => sum + count, 0);
  if (part.first !== first) return `it starts at event ${part.first}, not ${first}`;
  if (part.events.length !== outline.parts[n])
    return `it holds ${part.events.length} events, not ${outline.parts[n]}`;
  const stray = part.events.findIndex((e, i) => e.id !== outline.ids[first + i]);
  return stray < 0
    ? null
    : `its event ${stray} is not the outline’s “${outline.ids[first + stray]}”`;
}

/** `json`, fetched from `url`, checked as part `n` of the outline. */
export async function checkPart(
  json: unknown,
  url: string,
  outline: PartsIndex,
  n: number,
): Promise<TimelinePart> {
  const { first, events, articles } = (json ?? {}) as Partial<TimelinePart>;
  const parsed = await parseTimelineFile(
    { schemaVersion: 1, articles, actors: [], crises: [], events },
    compiledCheck,
  );
  if (!parsed.success)
    throw new Error(
      `The data file ${url} does not match the expected format at “${parsed.path}”: ${parsed.message}.`,
    );
  const part: TimelinePart = {
    schemaVersion: 1,
    first: Number(first),
    events: parsed.data.events,
    articles: parsed.data.articles,
  };
  const wrong = mismatch(part, outline, n);
  if (wrong)
    throw new Error(`The data file ${url} does not fit the outline: ${wrong}. Build again.`);
  return part;
}
