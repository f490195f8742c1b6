/**
 * What the merge steps read of a draft: the kind family a happening may be told as,
 * who did or said it, and which reports tell it.
 */
import type { EventKind } from '../../shared/schema';
import type { Draft } from './drafts';

/** Kinds that one happening may be told as: a call is a meeting to one report and a statement to another. */
export const FAMILY_OF: Record<EventKind, 'talk' | 'violence' | 'action'> = {
  statement: 'talk',
  meeting: 'talk',
  summit: 'talk',
  attack: 'violence',
  strike: 'violence',
  policy: 'action',
  arrest: 'action',
};

/** Who did or said it: the main voice, else the acting actors an incident lists. */
export function doers(draft: Draft): string[] {
  const acting = [...draft.actors]
    .filter(([, role]) => role === 'speaker' || role === 'agent')
    .map(([id]) => id);
  return draft.main ? [draft.main, ...acting.filter((id) => id !== draft.main)] : acting;
}

export const overlaps = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));

const articlesOf = (draft: Draft) => new Set([...draft.sources.values()].map((s) => s.article));
export const shareAnArticle = (a: Draft, b: Draft) => overlaps(articlesOf(a), articlesOf(b));
