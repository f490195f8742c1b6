/**
 * What the app needs of a timeline file beyond its shape, which JSON Schema (and
 * so the compiled check) cannot say: real calendar dates (no 30 February), ids
 * that name one thing each, and sources that point at an article in the file. A
 * file that breaks one is refused with the place and the reason, not drawn into
 * a blank page. One pass, linear in the file.
 */
import { parsePartialDate } from './partialDate';
import type { TimelineFile } from './schema';

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

const notADate = (path: string, value: string): IntegrityProblem => ({
  path,
  message: `"${value}" is not a real calendar date`,
});

export function integrityProblem(file: TimelineFile): IntegrityProblem | null {
  for (const key of ['articles', 'actors', 'crises', 'events'] as const) {
    const problem = duplicateId(file[key], key);
    if (problem) return problem;
  }
  const articles = new Set(file.articles.map((a) => a.id));
  for (const [i, article] of file.articles.entries())
    if (!parsePartialDate(article.published))
      return notADate(`articles.${i}.published`, article.published);
  for (const [i, crisis] of file.crises.entries()) {
    if (!parsePartialDate(crisis.start)) return notADate(`crises.${i}.start`, crisis.start);
    if (!parsePartialDate(crisis.end)) return notADate(`crises.${i}.end`, crisis.end);
    if (crisis.triggerDay !== undefined && !parsePartialDate(crisis.triggerDay))
      return notADate(`crises.${i}.triggerDay`, crisis.triggerDay);
  }
  for (const [i, event] of file.events.entries()) {
    const { start, end } = event.date;
    if (!parsePartialDate(start)) return notADate(`events.${i}.date.start`, start);
    if (end !== undefined && !parsePartialDate(end)) return notADate(`events.${i}.date.end`, end);
    for (const [j, source] of event.sources.entries()) {
      if (!articles.has(source.article))
        return {
          path: `events.${i}.sources.${j}.article`,
          message: `"${source.article}" is no article in the file`,
        };
      if (!parsePartialDate(source.published))
        return notADate(`events.${i}.sources.${j}.published`, source.published);
    }
  }
  return null;
}
