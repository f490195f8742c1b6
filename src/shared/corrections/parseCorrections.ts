/**
 * Reads a corrections file a person gave: its shape (correctionsSchema.ts), then
 * what a shape cannot say (real calendar days, a span that runs forwards, ids used
 * once). A file that fails is one line naming the field, never half applied.
 */
// First: zod must be told not to compile with new Function() before any schema is built.
import '../zodWithoutEval';
import { en } from 'zod/locales';
import { isCalendarDay } from '../partialDate';
import { correctionsFileSchema, type CorrectionsFile } from './correctionsSchema';

export type ParsedCorrections =
  { ok: true; file: CorrectionsFile } | { ok: false; field: string; message: string };

/** `corrections[2].person.start`, as a person finds it in the file. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

/** A date field that is not a day of the calendar (2019-02-30), if any. */
function unrealDay(file: CorrectionsFile): { field: string; value: string } | null {
  for (const [i, article] of file.articles.entries())
    if (!isCalendarDay(article.published))
      return { field: `articles[${i}].published`, value: article.published };
  for (const [i, correction] of file.corrections.entries()) {
    if (correction.field !== 'date') continue;
    for (const key of ['start', 'end'] as const) {
      const value = correction.person[key];
      if (value !== undefined && value.length === 10 && !isCalendarDay(value))
        return { field: `corrections[${i}].person.${key}`, value };
    }
  }
  return null;
}

function repeatedId(items: readonly { id: string }[], key: string): string | null {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) return `${key}[${i}].id`;
    seen.add(item.id);
  }
  return null;
}

/** What the shape allows and the meaning does not, as a field and a message. */
function meaningProblem(file: CorrectionsFile): { field: string; message: string } | null {
  const day = unrealDay(file);
  if (day) return { field: day.field, message: `"${day.value}" is not a real calendar date` };
  for (const [key, items] of [
    ['articles', file.articles],
    ['corrections', file.corrections],
  ] as const) {
    const field = repeatedId(items, key);
    if (field) return { field, message: 'is used twice; give each its own id' };
  }
  for (const [i, correction] of file.corrections.entries()) {
    if (correction.field !== 'date') continue;
    const { start, end } = correction.person;
    if (end !== undefined && end < start)
      return { field: `corrections[${i}].person.end`, message: `${end} is before ${start}` };
  }
  return null;
}

export function parseCorrections(data: unknown): ParsedCorrections {
  // English messages for this parse alone: zod/mini carries none of its own.
  const parsed = correctionsFileSchema.safeParse(data, { error: en().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, field: fieldPath(issue.path) || '(the file)', message: issue.message };
  }
  const problem = meaningProblem(parsed.data);
  return problem ? { ok: false, ...problem } : { ok: true, file: parsed.data };
}
