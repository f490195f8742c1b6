/**
 * What the app needs of a timeline file beyond its shape, which JSON Schema (and
 * so the compiled check) cannot say: real calendar dates (no 30 February), ids
 * that name one thing each, and sources that point at an article in the file and
 * at the very words they quote (the schema's rule: the text at the offsets is the
 * excerpt). The panel, share pages and exports quote the text at the offsets while
 * the CSV writes the excerpt: a file where they differ would tell two stories. A
 * file that breaks one is refused with the place and the reason, not drawn into
 * a blank page. One pass, linear in the file.
 */
// With extensions: vite.config.ts reaches this file (the build checks the data file it
// ships), and Vite's native config loader wants them.
import { parsePartialDate } from './partialDate.ts';
import { splitsCharacter } from './clipText.ts';
import type { Source, TimelineFile } from './schema';
import type { OutlineFile } from './timelineParts';

export interface IntegrityProblem {
  path: string;
  message: string;
}

function duplicateId(items: readonly { id: string }[], key: string): IntegrityProblem | null {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (seen.has(id)) return { path: `${key}.${i}.id`, message: `"${id}" is used twice` };
    seen.add(id);
  }
  return null;
}

/**
 * A check of dates that reads each distinct one once: a large file repeats a few
 * thousand dates over every event and source, and reading them was most of the
 * outline's check (a fifth of a second at 100,000 events).
 */
function realDaysOnce(): (value: string) => boolean {
  const real = new Set<string>();
  return (value) => {
    if (real.has(value)) return true;
    const ok = parsePartialDate(value) !== null;
    if (ok) real.add(value);
    return ok;
  };
}

const notADate = (path: string, value: string): IntegrityProblem => ({
  path,
  message: `"${value}" is not a real calendar date`,
});

/** Why the article's text at the source's offsets is not its excerpt, or null. */
function passageProblem(text: string, source: Source): string | null {
  const { offset, length, excerpt } = source;
  const end = offset + length;
  if (end > text.length)
    return `offset ${offset} and length ${length} reach past the article's end (${text.length} characters)`;
  if (splitsCharacter(text, offset) || splitsCharacter(text, end))
    return `offset ${offset} and length ${length} split a character in two`;
  if (excerpt.length !== length || text.slice(offset, end) !== excerpt)
    return `the article's text at offset ${offset} is not the excerpt`;
  return null;
}

/**
 * What the outline alone can be held to (src/shared/timelineParts.ts): ids used once,
 * real calendar dates, and sources that name an article of the file. The passages
 * are checked with the parts that carry them.
 */
export function outlineIntegrityProblem(file: OutlineFile): IntegrityProblem | null {
  for (const key of ['articles', 'actors', 'crises', 'events'] as const) {
    const problem = duplicateId(file[key], key);
    if (problem) return problem;
  }
  const isRealDate = realDaysOnce();
  for (const [i, article] of file.articles.entries())
    if (!isRealDate(article.published))
      return notADate(`articles.${i}.published`, article.published);
  for (const [i, crisis] of file.crises.entries()) {
    if (!isRealDate(crisis.start)) return notADate(`crises.${i}.start`, crisis.start);
    if (!isRealDate(crisis.end)) return notADate(`crises.${i}.end`, crisis.end);
    if (crisis.triggerDay !== undefined && !isRealDate(crisis.triggerDay))
      return notADate(`crises.${i}.triggerDay`, crisis.triggerDay);
  }
  const articles = new Set(file.articles.map((a) => a.id));
  for (const [i, event] of file.events.entries()) {
    const { start, end } = event.date;
    if (!isRealDate(start)) return notADate(`events.${i}.date.start`, start);
    if (end !== undefined && !isRealDate(end)) return notADate(`events.${i}.date.end`, end);
    for (const [j, source] of event.sources.entries()) {
      if (!articles.has(source.article))
        return {
          path: `events.${i}.sources.${j}.article`,
          message: `"${source.article}" is no article in the file`,
        };
      if (!isRealDate(source.published))
        return notADate(`events.${i}.sources.${j}.published`, source.published);
    }
  }
  return null;
}

/** The whole file: the outline's rules, and each passage the very words of its article. */
export function integrityProblem(file: TimelineFile): IntegrityProblem | null {
  const outlined = outlineIntegrityProblem(file);
  if (outlined) return outlined;
  const articles = new Map(file.articles.map((a) => [a.id, a.text]));
  for (const [i, event] of file.events.entries())
    for (const [j, source] of event.sources.entries()) {
      const passage = passageProblem(articles.get(source.article)!, source);
      if (passage) return { path: `events.${i}.sources.${j}`, message: passage };
    }
  return null;
}
