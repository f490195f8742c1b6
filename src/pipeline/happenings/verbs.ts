/**
 * The verbs of a sentence that report speech or tell of something done, found
 * by part of speech and lemma: any inflection of a listed verb counts, and a
 * verb and its particle ("called on", "shot down") count as one.
 */
import type { EventKind } from '../../shared/schema';
import {
  ACTION_VERBS,
  LIGHT_VERB_REACH,
  LIGHT_VERBS,
  VERB_OBJECT_REACH,
  VERB_OBJECT_ROWS,
  SPEECH_LEMMAS,
} from '../lexicon/verbs';
import { kindOfEventNoun } from '../lexicon/eventNouns';
import { tagSentence, type Token } from '../nlp/tagSentence';

export interface VerbHit {
  /** The words as written: "called on", "told". */
  verb: string;
  /** Index into the sentence. */
  index: number;
  lemma: string;
  kind: 'speech' | Exclude<EventKind, 'statement'>;
  /** "adding that", "to meet": not the clause's finite verb. */
  nonFinite: boolean;
}

const ACTION_KIND = new Map(
  ACTION_VERBS.flatMap(({ kind, verbs }) => verbs.map((v) => [v, kind] as const)),
);

function kindOf(lemma: string): VerbHit['kind'] | null {
  if (SPEECH_LEMMAS.has(lemma)) return 'speech';
  return ACTION_KIND.get(lemma) ?? null;
}

const CLAUSE_OPENERS = new Set(['to', 'when', 'if', 'while', 'once', 'unless', 'that', 'which']);

// Sentences and their clauses are looked at by several stages in turn: reading
// each once is enough. Bounded, so a long corpus cannot grow it.
const seen = new Map<string, VerbHit[]>();
const SEEN_SIZE = 256;

/** Parts of speech that may stand between a light verb and its noun: "held a long phone call". */
const BETWEEN = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** "a long, frank conversation": a comma between adjectives. */
/** "placed under house arrest", "taken into custody", "came under attack": a preposition of state. */
const betweenWords = (token: Token) =>
  BETWEEN.has(token.pos) || token.text === ',' || ['under', 'into'].includes(token.lemma);

/**
 * "held a telephone conversation", "paid a visit", "issued a statement": a light
 * verb whose noun, a few words on, names the happening. The hit spans both.
 */
function lightVerbAt(tokens: Token[], i: number, sentence: string): VerbHit | null {
  const token = tokens[i]!;
  // "India moves a proposal": headline style, where the tagger takes the verb for a noun.
  // The noun that must follow (checked below) keeps "the troop move" from counting.
  const lower = token.text.toLowerCase();
  // "Special NIA court, hearing the case, issues warrant": after a subject's closing comma too.
  const headline =
    token.pos === 'NOUN' &&
    (['PROPN', 'NOUN'].includes(tokens[i - 1]?.pos ?? '') || tokens[i - 1]?.text === ',')
      ? [lower, lower.slice(0, -1), lower.slice(0, -2)].find((s) => LIGHT_VERBS.has(s))
      : undefined;
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !headline) return null;
  const lemma = headline ?? token.lemma;
  const particle = tokens[i + 1]?.lemma === 'out' ? 1 : 0;
  const light = particle ? `${lemma} out` : lemma;
  if (!LIGHT_VERBS.has(light)) return null;
  const first = i + 1 + particle;
  for (let j = first; j < tokens.length && j <= first + LIGHT_VERB_REACH; j++) {
    const word = tokens[j]!;
    const pair = tokens[j + 1] ? `${word.text} ${tokens[j + 1]!.text}` : '';
    const nounKind = (pair && kindOfEventNoun(pair)) || kindOfEventNoun(word.text);
    const end = nounKind && pair && kindOfEventNoun(pair) ? tokens[j + 1]! : word;
    if (nounKind && (word.pos === 'NOUN' || word.pos === 'PROPN' || end !== word)) {
      const verb = sentence.slice(token.offset, end.offset + end.text.length);
      return {
        verb,
        index: token.offset,
        lemma: `${light} ${sentence.slice(tokens[first]!.offset, end.offset + end.text.length).toLowerCase()}`,
        kind: nounKind === 'statement' ? 'speech' : nounKind,
        nonFinite: /ing$/.test(token.text) || CLAUSE_OPENERS.has(tokens[i - 1]?.lemma ?? ''),
      };
    }
    if (!betweenWords(word)) return null;
  }
  return null;
}

/**
 * "proscribed" → "proscribe" when that verb of doing is listed; else null. Not
 * after a determiner ("all accused", "the detained"): there it is a noun.
 */
function listedPastTense(tokens: Token[], i: number): string | null {
  const lower = tokens[i]!.text.toLowerCase();
  if (!lower.endsWith('ed') || tokens[i - 1]?.pos === 'DET') return null;
  return [lower.slice(0, -1), lower.slice(0, -2)].find((stem) => ACTION_KIND.has(stem)) ?? null;
}

/** Words that may open a verb's object: "arrests David Headley", "clears the extradition". */
const OBJECT_START = new Set(['DET', 'PROPN', 'NUM', 'PRON', 'ADJ']);

/**
 * Headline and timeline style ("FBI arrests David Headley", "Police arrest the
 * cleric"): the tagger reads the verb as a noun. A listed verb of doing counts
 * when a noun or name stands before it and its object (a determiner, name,
 * number, pronoun or adjective) after it: "the Mumbai attacks of 2008" does not.
 */
function headlinePresent(tokens: Token[], i: number): string | null {
  const lower = tokens[i]!.text.toLowerCase();
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!['PROPN', 'NOUN'].includes(before?.pos ?? '') || !after || !OBJECT_START.has(after.pos))
    return null;
  return (
    [lower, lower.slice(0, -1), lower.slice(0, -2)].find((stem) => ACTION_KIND.has(stem)) ?? null
  );
}

/**
 * "asked Pakistan to take action … and deny safe haven": a bare verb after "and"
 * or "or" that continues an infinitive has no subject of its own either.
 */
function coordinatedInfinitive(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!['and', 'or'].includes(tokens[i - 1]?.lemma ?? '')) return false;
  if (token.text.toLowerCase() !== token.lemma) return false;
  for (let j = i - 2; j >= Math.max(0, i - 16); j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' && t.text !== '"' && t.text !== '“') return false;
    if (t.lemma === 'to' && tokens[j + 1]?.pos === 'VERB') return true;
  }
  return false;
}

function verbAt(tokens: Token[], i: number, sentence: string): VerbHit | null {
  const light = lightVerbAt(tokens, i, sentence);
  if (light) return light;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // A verb and the word after it: "called on", "opened fire", "shot down", "held talks".
  // A listed pair is specific enough to trust when the tagger took its verb for a noun.
  // Irregular pasts the tagger reads as nouns ("shot down") are listed as written.
  const pairs = next
    ? [`${token.lemma} ${next.lemma}`, `${token.text.toLowerCase()} ${next.lemma}`]
    : [];
  // …but not after a determiner or a possessive: "Trump’s call for justice" is a noun.
  const determined =
    ['DET', 'PRON', 'PART'].includes(tokens[i - 1]?.pos ?? '') ||
    /['’]s$/.test(tokens[i - 1]?.text ?? '');
  const pairHit =
    token.pos === 'VERB' || (token.pos === 'NOUN' && !determined)
      ? pairs.find((p) => kindOf(p))
      : undefined;
  const pair = pairHit ?? '';
  const pairKind = pairHit ? kindOf(pairHit) : null;
  // The tagger reads a rare past tense it does not know as a noun ("proscribed"):
  // a listed verb's -ed form is trusted all the same.
  const unknownPast =
    token.pos === 'NOUN' ? (listedPastTense(tokens, i) ?? headlinePresent(tokens, i)) : null;
  if (!pairKind && token.pos !== 'VERB' && !unknownPast) return null;
  const byObject = pairKind ? null : kindByObject(tokens, i, unknownPast ?? token.lemma);
  const kind = byObject ?? pairKind ?? kindOf(unknownPast ?? token.lemma);
  if (!kind) return null;
  const end = pairKind && next ? next.offset + next.text.length : token.offset + token.text.length;
  const previous = tokens[i - 1]?.lemma ?? '';
  // "adding that", "to meet", "When asked", "groups that threaten": no subject of their
  // own in the sentence, so they attribute nothing.
  const nonFinite =
    /ing$/.test(token.text) || CLAUSE_OPENERS.has(previous) || coordinatedInfinitive(tokens, i);
  const lemma = pairKind ? pair : (unknownPast ?? token.lemma);
  return {
    verb: sentence.slice(token.offset, end),
    index: token.offset,
    lemma,
    kind,
    nonFinite,
  };
}

/** "denies Rana's petition", "stopped all aid": the kind a verb tells with its object (lexicon VERB_OBJECT_ROWS). */
function kindByObject(tokens: Token[], i: number, lemma: string): VerbHit['kind'] | null {
  const rows = VERB_OBJECT_ROWS.filter((r) => r.verbs.has(lemma));
  if (rows.length === 0) return null;
  for (let j = i + 1; j < tokens.length && j <= i + 1 + VERB_OBJECT_REACH; j++) {
    const word = tokens[j]!.text.toLowerCase();
    const row = rows.find((r) => r.objects.has(word));
    if (row) return row.kind;
    if (!BETWEEN.has(tokens[j]!.pos) && tokens[j]!.pos !== 'PART') return null;
  }
  return null;
}

export function verbsIn(sentence: string): VerbHit[] {
  const known = seen.get(sentence);
  if (known) return known;
  const tokens = tagSentence(sentence);
  const verbs = tokens.flatMap((_, i) => verbAt(tokens, i, sentence) ?? []);
  if (seen.size >= SEEN_SIZE) seen.delete(seen.keys().next().value!);
  seen.set(sentence, verbs);
  return verbs;
}
