/**
 * What the words around a name say about whether it is the speaker: a verb that puts
 * its subject after it ("…, said Wells"), a possessive ("Trump's claims"), a name
 * inside a prepositional phrase or governed by a verb, a subject that names no one.
 */
import type { ActorMention, LinkedSentence } from '../types';
import { EVENT_NOUNS } from '../lexicon/eventNouns';
import { subjectPhraseBefore } from './subject';
import { verbsIn } from './verbs';

/** Verbs a report puts before their subject: "…, said Wells", "added the spokesperson". */
export const INVERTING = new Set([
  'say',
  'add',
  'state',
  'note',
  'write',
  'tweet',
  'post',
  'remark',
  'explain',
  'observe',
  'comment',
  'reply',
  'respond',
]);

/**
 * "Trump's claims", "the administration’s commitment": a name that qualifies a
 * noun is no subject, unless the noun is its voice ("Jaishankar’s post on X
 * added", "the ministry's spokesperson said").
 */
export function isPossessive(sentence: LinkedSentence, m: ActorMention): boolean {
  const after = sentence.text.slice(m.offset - sentence.offset + m.length);
  const possessed = /^['’]s?\s+(\w+)(?:\s+(\w+))?/.exec(after);
  if (!possessed) return /^['’]s?\b/.test(after);
  // "Jaishankar’s post", "the ministry's official spokesperson": the noun or the one after it.
  return ![possessed[1], possessed[2]].some((w) => w && VOICE_NOUNS.has(w.toLowerCase()));
}

/** Nouns through which their owner speaks. */
const VOICE_NOUNS = new Set([
  ...EVENT_NOUNS.filter((n) => n.kind === 'statement').flatMap((n) => n.words),
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'office',
  'message',
  'letter',
  'posts',
  'tweets',
  'account',
  'handle',
]);

export function isInPrepositionalPhrase(sentence: LinkedSentence, m: ActorMention): boolean {
  const before = sentence.text.slice(
    Math.max(0, m.offset - sentence.offset - 20),
    m.offset - sentence.offset,
  );
  return /\b(?:in|of|for|from|to|at|with|by|on|against|over|about|toward|towards|including)\s+(?:the\s+)?$/i.test(
    before,
  );
}

/** A name a verb of the same clause governs: "calls Ajit Doval", "asking Prime Minister Modi". */
export function isObject(sentence: LinkedSentence, m: ActorMention): boolean {
  const at = m.offset - sentence.offset;
  return verbsIn(sentence.text).some((v) => {
    const end = v.index + v.verb.length;
    return end <= at && !/[,;:"“”]/.test(sentence.text.slice(end, at)) && at - end < 40;
  });
}

/** "officials said", "police said": a subject that names no one. */
export function unnamedSubject(text: string, verbIndex: number): boolean {
  const phrase = subjectPhraseBefore(text, verbIndex);
  return phrase !== null && /^[a-z]/.test(phrase.text);
}
