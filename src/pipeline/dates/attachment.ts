/**
 * Which happening a date belongs to when it is not the sentence's main verb's.
 * "The minister said the world saw what happened on March 3" is a statement of
 * the report's own day about something of 3 March; "the deadly March 3 attack",
 * "sparked by a June 9 bombing" and "days after the attack on a base on
 * September 18" date the attack. Without a parser these are read from the
 * words around the date: an event noun right after it, or an event noun behind
 * a temporal connective ("after", "since") with no verb of saying in between.
 */
import type { EventKind } from '../../shared/schema';
import { EVENT_NOUN_PATTERN, kindOfEventNoun } from '../lexicon/eventNouns';

export interface Attachment {
  /** The kind the noun names, or null for "what happened". */
  kind: EventKind | null;
  /** Where the noun phrase holding the date starts and ends, in the sentence. */
  from: number;
  to: number;
}

/** Words that cannot stand between a date and the noun it modifies. */
const NOT_A_MODIFIER = new Set(
  'the a an on in at by for to from with of and or but was were is are be been has have had said says told that which who as than after before since following during until his her its their'.split(
    ' ',
  ),
);

const PRE_NOMINAL = new RegExp(
  `^(?:['’]s)?((?:\\s+[\\w-]+){0,3}?)\\s+(${EVENT_NOUN_PATTERN})\\b`,
  'i',
);

const CONNECTIVE =
  '(?:after|since|before|following|(?:in\\s+)?the\\s+wake\\s+of|(?:in\\s+)?the\\s+aftermath\\s+of|sparked\\s+by|triggered\\s+by|prompted\\s+by|by)';
const POST_NOMINAL = new RegExp(
  `\\b${CONNECTIVE}\\s+(?:(?:the|a|an|last|this|that)\\s+)?((?:[\\w-]+\\s+){0,3}?)(${EVENT_NOUN_PATTERN})\\b([^,;:.!?]{0,100}?)\\s*$`,
  'i',
);
const SAYING = /\b(said|says|told|tells|added|stated|announced|tweeted|wrote|asserted|urged)\b/i;
const WHAT_HAPPENED = /\b(?:what|all that)\s+(?:had\s+)?happened\s*(?:on|in)?\s*$/i;

/**
 * What stands between the noun and the date still belongs to the noun: nothing, or
 * a prepositional phrase ("the attack on a base on September 18"). "the Pulwama
 * attack and signalled Friday" puts a verb of its own between them: the date is its.
 */
function modifiesTheNoun(tail: string): boolean {
  if (SAYING.test(tail)) return false;
  return tail.trim() === '' || PREPOSITION_START.test(tail);
}
const PREPOSITION_START =
  /^\s+(?:on|in|at|near|against|of|by|across|along|inside|outside|into|from|off|outside|over|targeting)\b/i;

function modifiersOk(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => !NOT_A_MODIFIER.has(w.toLowerCase()));
}

/** The happening the date at [start, end) of `sentence` belongs to, if not the main verb's. */
export function attachmentOf(sentence: string, start: number, end: number): Attachment | null {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const pre = PRE_NOMINAL.exec(after);
  if (pre && modifiersOk(pre[1] ?? '')) {
    return { kind: kindOfEventNoun(pre[2]!), from: start, to: end + pre[0].length };
  }
  if (WHAT_HAPPENED.test(before)) return { kind: null, from: start, to: end };
  const post = POST_NOMINAL.exec(before);
  if (post && modifiersOk(post[1] ?? '') && modifiesTheNoun(post[3] ?? '')) {
    return { kind: kindOfEventNoun(post[2]!), from: post.index, to: end };
  }
  return null;
}
