/** Headline-style titles for statements: "Pompeo: Pakistan has to stop harbouring terrorists". */
import { NEGATED_START } from './gist';
import { extractOf, fitGist } from './titleCuts';
import { SPEECH_LEMMAS, presentTense } from '../lexicon/verbs';
import { tagSentence } from '../nlp/tagSentence';

/** "urges ...", "offers ...": gists that begin with the headline verb read "Tillerson urges ...". */
const PRESENT_VERBS = new Set([...SPEECH_LEMMAS].map((v) => presentTense(v).split(' ')[0]!));

export const MAX_TITLE = 90;

const hasVerb = (words: string) =>
  tagSentence(words).some((t) => t.pos === 'VERB' || t.pos === 'AUX');

const SUBJECT_PRONOUN = /^(?:he|she|it|they)\s/i;
const PRONOUN_START = /^(it|they|we|he|she|this|that|these|those|there|their|its|our|i|you)\b/i;
const SUBSTANCE =
  /\b(terror\w*|militan\w*|safe havens?|action|onus|harbour\w*|talks|de-escalat\w*|sanction\w*|dialogue|peace)\b/i;

/**
 * A title cut inside a quotation keeps no dangling quote mark: "watch list for
 * “severe violations" would read as the source's whole words.
 */
export function withBalancedQuotes(title: string): string {
  const count = (re: RegExp) => (title.match(re) ?? []).length;
  let out = title;
  if (count(/“/g) > count(/”/g)) out = out.replace(/“(?!.*“)/, '');
  if (count(/"/g) % 2 === 1) out = out.replace(/"(?!.*")/, '');
  return out.replace(/\s{2,}/g, ' ').trim();
}

export interface TitleCandidate {
  text: string;
  score: number;
}

/** Scores a statement's reported words as a title; higher reads better on a timeline. */
export function titleCandidate(
  speakerShort: string,
  gist: string,
  targetNames: string[],
  isFirst: boolean,
): TitleCandidate | null {
  // "does not blame …", "refused to acknowledge …": a negated verb reads like the headline verb.
  const verbForm = PRESENT_VERBS.has(gist.split(' ')[0] ?? '') || NEGATED_START.test(gist);
  // "Trump: He was honoured …" leaves "he" to the reader; "Trump says he was honoured …"
  // keeps the words reported speech, whoever "he" is.
  const pronounSubject = !verbForm && SUBJECT_PRONOUN.test(gist);
  const prefix = verbForm
    ? `${speakerShort} `
    : pronounSubject
      ? `${speakerShort} says `
      : `${speakerShort}: `;
  const max = MAX_TITLE - prefix.length;
  const clean = fitGist(gist, max);
  const fitted = clean ?? extractOf(gist, max - 1);
  const body = verbForm
    ? fitted
    : pronounSubject
      ? fitted[0]!.toLowerCase() + fitted.slice(1)
      : fitted[0]!.toUpperCase() + fitted.slice(1);
  let score = 0;
  if (targetNames.some((name) => body.includes(name))) score += 3;
  if (SUBSTANCE.test(body)) score += 2;
  if (!pronounSubject && PRONOUN_START.test(fitted)) score -= 4;
  if (body.length < 25) score -= 2;
  if (isFirst) score += 1;
  // "Now on to the attacks in Pahalgam" says nothing: words with no verb are a fragment.
  if (!verbForm && !pronounSubject && !hasVerb(fitted)) score -= 4;
  if (!clean) score -= 1;
  return { text: `${prefix}${body}`, score };
}
