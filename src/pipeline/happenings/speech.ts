/** The vocabulary of reported speech, and where in a sentence the speaking happens. */

import { isInsideQuotes } from '../text/quotes';
import { plainComplementStart } from './gist';
import { verbsIn, type VerbHit } from './verbs';

export type { VerbHit };
export { isInsideQuotes };

/** Reporting verbs in the sentence; participles ("adding that") only when there is no finite one. */
export function findSpeechVerbs(sentence: string): VerbHit[] {
  const speech = verbsIn(sentence).filter(
    (v) => v.kind === 'speech' && !isInsideQuotes(sentence, v.index),
  );
  const finite = speech.filter((v) => !v.nonFinite);
  return finite.length > 0 ? finite : speech;
}

/**
 * The verb that attributes the sentence. A closing attribution (", Wells said.",
 * ", said the official who spoke on condition of anonymity.") governs everything
 * before it, including any verbs inside the reported words.
 */
export function attributionVerb(sentence: string, verbs: VerbHit[]): VerbHit | null {
  const last = verbs.at(-1);
  if (!last) return null;
  const lastComma = Math.max(
    sentence.lastIndexOf(','),
    sentence.lastIndexOf('”'),
    sentence.lastIndexOf('"'),
  );
  const tail = sentence.slice(last.index);
  // "…, and said the United States stands with India": a second verb of the same
  // subject, not an attribution closing the sentence.
  const lead = sentence.slice(0, last.index).split(/[,”"]/).at(-1) ?? '';
  const leadStart = last.index - lead.length;
  // "During the visit, Trump said Modi had asked him": the comma closes a fronted
  // phrase, not reported words; a verb of saying between it and the last verb owns it.
  const saidWithin = verbs.some((v) => v !== last && v.index >= leadStart);
  const coordinated = /^\s*(?:and|but|or|then)\b/i.test(lead);
  // "…, Kirby said that Kerry had warned India": the last verb is among the words said.
  const reported = /\bthat\b/i.test(lead);
  // "…, Blinken on Tuesday said it is the US' obligation …": words said follow the verb.
  const saysMore = plainComplementStart(tail.slice(last.verb.length)) !== null;
  const isClosing =
    !coordinated &&
    !reported &&
    !saidWithin &&
    !saysMore &&
    last.index > lastComma - 80 &&
    /[,”"]/.test(sentence.slice(0, last.index)) &&
    tail.length < 90 &&
    !/\bthat\b/.test(tail);
  if (isClosing && verbs.length > 1) return last;
  return verbs[0] ?? null;
}

/** "repeatedly accusing", "has always": a habit or background, not a happening. */
export function isHabitual(sentence: string, verb: VerbHit): boolean {
  return /\b(repeatedly|consistently|always|often|routinely|constantly|time and again)\s+(\w+\s+)?$/i.test(
    sentence.slice(Math.max(0, verb.index - 40), verb.index),
  );
}

const PRONOUN_SUBJECT = /\b(he|she)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+)?$/i;
const DESCRIPTOR_SUBJECT =
  /\b(?:the|a)\s+(?:senior\s+|deputy\s+)?(official|spokesperson|spokesman|spokeswoman|diplomat|secretary|minister)(?:\s+who\b[^,]*)?\s*$/i;

export type SubjectClue =
  | { type: 'pronoun' }
  /** `from`/`to`: where the descriptor phrase stands, so only actors inside it can name it. */
  | { type: 'descriptor'; word: string; from: number; to: number }
  | { type: 'none' };

/** What stands right before (or, in "said the official", right after) the verb. */
export function subjectClue(sentence: string, verb: VerbHit): SubjectClue {
  const before = sentence.slice(0, verb.index);
  if (PRONOUN_SUBJECT.test(before)) return { type: 'pronoun' };
  const descriptor = DESCRIPTOR_SUBJECT.exec(before);
  if (descriptor) {
    // Widen to the words before "official" that qualify it: "the White House official".
    const from = before.slice(0, descriptor.index).search(/(?:[A-Z][\w.-]*\s+)*$/);
    return { type: 'descriptor', word: descriptor[1]!.toLowerCase(), from, to: verb.index };
  }
  const start = verb.index + verb.verb.length;
  const after =
    /^\s+(?:the\s+)?(?:senior\s+)?(?:[A-Z][\w.-]*\s+)*(official|spokesperson|spokesman|diplomat)\b/i.exec(
      sentence.slice(start),
    );
  if (after)
    return {
      type: 'descriptor',
      word: after[1]!.toLowerCase(),
      from: start,
      to: start + after[0].length,
    };
  return { type: 'none' };
}
