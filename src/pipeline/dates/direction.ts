/**
 * Which way an expression without a year or week points. News reports what has
 * happened, so "on Monday" or "February 14" look back from the publication date,
 * unless the clause that holds them speaks of plans ("will meet on Monday",
 * "has been planned ... on June 13-14").
 */
const SPEECH_VERB = /\b(said|says|told|stated|added|asserted|announced)\b/g;
const FUTURE_CUE =
  /\b(will|shall|to be held|is due|are due|is scheduled|are scheduled|scheduled|planned|plans to|is expected to|are expected to|upcoming|next)\b/i;

export type Direction = 'past' | 'future';

export function directionAt(sentence: string, expressionIndex: number): Direction {
  const before = sentence.slice(0, expressionIndex);
  // Only the words after the last speech verb belong to the clause that holds the
  // date: in "said on Monday that they will", "will" dates nothing.
  let clauseStart = 0;
  for (const match of before.matchAll(SPEECH_VERB))
    clauseStart = (match.index ?? 0) + match[0].length;
  return FUTURE_CUE.test(before.slice(clauseStart)) ? 'future' : 'past';
}
