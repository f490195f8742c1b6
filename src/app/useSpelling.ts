/**
 * Search that forgives a misspelling: when a term of the query is in no event,
 * the speller (fetched then, not up front) is asked for the nearest word the events
 * do hold, and the view searches for that instead, saying so ("did you mean").
 */
import { useEffect, useMemo, useState } from 'react';
import { queryTerms, type SearchIndex } from '../shared/searchIndex';
import type { Speller } from '../shared/speller';

export interface Spelling {
  /** The query to search with: the reader's, or its correction. */
  query: string;
  /** Set when the query was corrected: what no event contains, and what is shown instead. */
  corrected: { from: string; to: string } | null;
}

export function useSpelling(index: SearchIndex, query: string): Spelling {
  const [speller, setSpeller] = useState<{ index: SearchIndex; speller: Speller } | null>(null);
  const terms = useMemo(() => queryTerms(query), [query]);
  const unknown = useMemo(
    () => terms.filter((term) => index.positionsMatching([term]).length === 0),
    [index, terms],
  );
  const needed = unknown.length > 0 && speller?.index !== index;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    import('../shared/speller')
      .then(({ createSpeller }) => {
        if (live)
          setSpeller({ index, speller: createSpeller((visit) => index.forEachWord(visit)) });
      })
      // Offline, the chunk cannot come: the search then simply offers no correction.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [needed, index]);

  return useMemo(() => {
    if (unknown.length === 0 || !speller || speller.index !== index)
      return { query, corrected: null };
    const fixed = terms.map((term) =>
      unknown.includes(term) ? speller.speller.correct(term) : term,
    );
    if (fixed.some((term) => term === null)) return { query, corrected: null };
    const to = fixed.join(' ');
    return { query: to, corrected: { from: query.trim(), to } };
  }, [unknown, speller, index, terms, query]);
}
