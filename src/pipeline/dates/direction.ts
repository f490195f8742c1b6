/**
 * Which way an expression without a year or week points. News reports what has
 * happened, so "on Monday" or "February 14" look back from the publication date,
 * unless the clause that holds them speaks of plans ("will meet on Monday",
 * "has been planned ... on June 13-14").
 */
const SPEECH_VERB = /\b(said|says|told|stated|added|asserted|announced|tweeted|wrote)\b/g;
/**
 * Words that put the clause in the future: modals, "is due to", "is set to",
 * plans and schedules. "would" is left out: in reported speech it is as often a
 * past plan ("said he would travel on Monday", and did) as a coming one.
 */
const FUTURE_CUE =
  /\b(will|shall|won't|to be held|due (?:in|on|to|for|later)|(?:is|are) to (?:be|visit|meet|travel|hold|attend|address|sign|host)|scheduled|slated|set to|planned|plans to|planning to|intends to|(?:is|are) expected to|upcoming|forthcoming|next)\b|\w'll\b/i;

export type Direction = 'past' | 'future';

export function directionAt(sentence: string, expressionIndex: number): Direction {
  const before = sentence.slice(0, expressionIndex);
  // Only the words after the last speech verb belong to the clause that holds the
  // date: in "said on Monday that they will", "will" dates nothing.
  let clauseStart = 0;
  for (const match of before.matchAll(SPEECH_VERB))
    clauseStart = (match.index ?? 0) + match[0].length;
  // The expression's own preposition completes a cue: "due" + "in January".
  const lead = /^\s*(?:in|on|for|by)\b/i.exec(sentence.slice(expressionIndex))?.[0] ?? '';
  return FUTURE_CUE.test(before.slice(clauseStart) + lead) ? 'future' : 'past';
}
