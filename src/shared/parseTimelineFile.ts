/**
 * Checks a parsed timeline.json against the schema a slice of events at a time,
 * handing the main thread back between slices. The file goes first through the
 * schema compiled at build time (scripts/compiledEventCheck.ts), many times faster
 * than zod; only what it refuses is handed to zod, which decides and words the
 * error. A file that passes never loads zod: less script for every visitor to run,
 * and its schema left unbuilt.
 *
 * The compiled check is a Vite virtual module, which exists only in the bundle, so
 * the caller passes it in (src/app/loadTimeline.ts) and this file stays pure.
 */
import type { TimelineFile } from './schema';
import type { Issue } from './zodVerdict';
import { integrityProblem } from './timelineIntegrity';

/** The schema compiled to plain JavaScript (`virtual:compiled-event-check`). */
export interface CompiledCheck {
  isValidEvent: (value: unknown) => boolean;
  /** The file without its events (pass `events: []`). */
  isValidOutline: (value: unknown) => boolean;
}

export type ParseResult =
  { success: true; data: TimelineFile } | { success: false; path: string; message: string };

const SLICE = 5000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const zod = () => import('./zodVerdict');

function failure(issue: Issue | undefined, prefix: PropertyKey[] = []): ParseResult {
  const path = [...prefix, ...(issue?.path ?? [])].map(String).join('.');
  return { success: false, path: path || 'top level', message: issue?.message ?? 'invalid' };
}

type Outline = Omit<TimelineFile, 'events'>;

/** Everything but the events, in one go: small, and it catches a wrong file early. */
async function checkOutline(
  json: object,
  { isValidOutline }: CompiledCheck,
): Promise<{ success: true; data: Outline } | { success: false; result: ParseResult }> {
  const outline = { ...json, events: [] };
  if (isValidOutline(outline)) return { success: true, data: outline as unknown as Outline };
  const checked = (await zod()).timelineFileSchema.safeParse(outline);
  return checked.success
    ? { success: true, data: checked.data }
    : { success: false, result: failure(checked.error.issues[0]) };
}

export async function parseTimelineFile(
  json: unknown,
  check: CompiledCheck,
  yieldToPage: () => Promise<void> = nextTask,
): Promise<ParseResult> {
  const events =
    typeof json === 'object' && json !== null && 'events' in json ? json.events : undefined;
  if (!Array.isArray(events)) {
    const whole = (await zod()).timelineFileSchema.safeParse(json);
    if (!whole.success) return failure(whole.error.issues[0]);
    const problem = integrityProblem(whole.data);
    return problem ? { success: false, ...problem } : { success: true, data: whole.data };
  }
  const outline = await checkOutline(json as object, check);
  if (!outline.success) return outline.result;
  const checked: TimelineFile['events'] = [];
  for (let from = 0; from < events.length; from += SLICE) {
    if (from > 0) await yieldToPage();
    const unchecked = events.slice(from, from + SLICE);
    if (unchecked.every((event) => check.isValidEvent(event))) {
      checked.push(...(unchecked as TimelineFile['events']));
      continue;
    }
    const slice = (await zod()).eventsSchema.safeParse(unchecked);
    if (!slice.success) {
      const [index, ...rest] = slice.error.issues[0]?.path ?? [];
      return failure({ ...slice.error.issues[0]!, path: rest }, ['events', from + Number(index)]);
    }
    checked.push(...slice.data);
  }
  const data = { ...outline.data, events: checked };
  const problem = integrityProblem(data);
  return problem ? { success: false, ...problem } : { success: true, data };
}
