/**
 * Which way an expression without a year or week points: back ("met on
 * Monday"), forward ("will meet on Monday", "the summit due in January"), or
 * unknown, when the clause has no tense to go by ("payable Dec. 15", "the
 * appointment takes effect Nov. 13"). Each reader decides what unknown means
 * for it: a weekday looks back, a month or a month-day takes the nearest one.
 */
import { tagSentence, type Token } from '../nlp/tagSentence';

export type Direction = 'past' | 'future' | 'unknown';

const SPEECH_VERB = /\b(said|says|told|stated|added|asserted|announced|tweeted|wrote)\b/g;
/**
 * Words that put the clause in the future: modals, "is due to", "is set to",
 * plans and schedules. "would" is left out: in reported speech it is as often a
 * past plan ("said he would travel on Monday", and did) as a coming one. "to be
 * published" is a plan as much as "to be held". "next" is a cue only as a time
 * word, not in "next to"; "due to" only as a plan ("is due to arrive"), not as
 * "because of".
 */
const FUTURE_CUE =
  /\b(will|shall|won't|to be (?:held|made|given|paid|sent|met|\w+ed)|due (?:in|on|for|later)|(?:is|are) due to|(?:is|are) to (?:be|visit|meet|travel|hold|attend|address|sign|host)|scheduled|slated|set to|planned|plans to|planning to|intends to|(?:is|are) expected to|expected (?:in|on|by|for|later)|upcoming|forthcoming|next(?!\s+(?:to|door)\b))\b|\w'll\b/gi;
/** A plan told as past: "had been due to expire Friday", "as previously planned". */
const PAST_PLAN = /\b(?:had(?:\s+been)?|previously|originally)\s+$/i;
/** The expression's own preposition: "since March" looks back whatever the tense. */
const LOOKS_BACK = /^\s*since\b/i;
/** "since shortly after the Oct. 23 attack": a few words may stand between. */
const SINCE_BEFORE = /\bsince(?:\s+[\w'’-]+){0,3}\s*$/i;

/** The sentence's clause that holds the expression begins after the last verb of saying. */
function clauseStart(before: string): number {
  let start = 0;
  for (const match of before.matchAll(SPEECH_VERB)) start = (match.index ?? 0) + match[0].length;
  return start;
}

/** Whether a stretch of text speaks of a plan: as to come, as told in the past ("had been due to"), or neither. */
function planIn(text: string): 'future' | 'past-plan' | null {
  let found: 'future' | 'past-plan' | null = null;
  for (const match of text.matchAll(FUTURE_CUE)) {
    if (!PAST_PLAN.test(text.slice(0, match.index))) return 'future';
    found = 'past-plan';
  }
  return found;
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'been']);

/**
 * A verb in the past tense or a past participle: "met", "was", "issued". The
 * tagger gives parts of speech without tense, so the form tells: a verb that
 * differs from its lemma and is neither "-s" nor "-ing" is a past form.
 */
function isPastForm(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  const word = token.text.toLowerCase();
  if (PAST_AUXILIARIES.has(word)) return true;
  return word !== token.lemma && !/(?:s|ing)$/.test(word);
}

const isVerb = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';
/** What a verb group is made of: "had not yet been told", "are scheduled to meet". */
const inVerbGroup = (token: Token) => isVerb(token) || token.pos === 'PART' || token.pos === 'ADV';

/** The verb group ending at tokens[last]: "are scheduled to meet", "had been told". */
function verbGroup(tokens: Token[], last: number): Token[] {
  let first = last;
  while (first > 0 && inVerbGroup(tokens[first - 1]!)) first--;
  return tokens.slice(first, last + 1);
}

const MODAL = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can']);
/** Verbs that move a deadline, after which "to" names the new one: "extended to Nov. 16". */
const MOVES_A_DEADLINE = new Set([
  'extend',
  'postpone',
  'delay',
  'defer',
  'push',
  'move',
  'adjourn',
  'reschedule',
]);
/** A deadline ("until Nov. 9", "by Dec. 15") may be set in the past for a day still to come. */
const DEADLINE_AFTER = /^\s*(?:until|till|through|by)\b/i;
const DEADLINE_BEFORE = /\b(?:until|till|through|by)\s+$/i;
const TO = /^\s*to\b|\bto\s+$/i;

/** What a verb group says of the expression's direction, or null when it says nothing (present, base). */
function directionOfGroup(sentence: string, group: Token[], deadline: boolean): Direction | null {
  const first = group[0]!;
  const last = group.at(-1)!;
  const plan = planIn(sentence.slice(first.offset, last.offset + last.text.length));
  if (plan === 'future') return 'future';
  // A plan told in the past, a modal ("would be paid") or a deadline set in the past
  // leaves the day itself on either side of the report.
  if (plan === 'past-plan' || group.some((t) => MODAL.has(t.text.toLowerCase()))) return 'unknown';
  if (!group.some(isPastForm)) return null;
  return deadline ? 'unknown' : 'past';
}

/** The words just before an expression that make it a plan: "a conference due in". */
const NEAR = 30;

export function directionAt(
  sentence: string,
  expressionIndex: number,
  expressionEnd = expressionIndex + 1,
): Direction {
  const before = sentence.slice(0, expressionIndex);
  const after = sentence.slice(expressionIndex);
  if (LOOKS_BACK.test(after) || SINCE_BEFORE.test(before)) return 'past';
  // The expression's own preposition completes a cue: "due" + "in January".
  const lead = /^\s*(?:in|on|for|by)\b/i.exec(after)?.[0] ?? '';
  // A comma ends the phrase the expression belongs to: in "declared a dividend,
  // payable Dec. 15", "declared" does not date Dec. 15.
  const phraseStart = Math.max(0, before.search(/[,;:—]\s*[^,;:—]*$/) + 1);
  if (planIn(before.slice(Math.max(phraseStart, expressionIndex - NEAR)) + lead) === 'future')
    return 'future';
  const tokens = tagSentence(sentence);
  const deadline = DEADLINE_AFTER.test(after) || DEADLINE_BEFORE.test(before);
  // "extended to Nov. 16" sets a new deadline as much as "until Nov. 16".
  const toMoved = TO.test(after.slice(0, 4)) || TO.test(before.slice(-4));
  // The nearest verb group before decides first: "took a loss in the third quarter"
  // looks back even after "will sell" earlier on. It is looked for in the
  // expression's own phrase, or beyond the comma when that phrase is only a
  // preposition and its noun (", in the fiscal first quarter").
  const inPhrase = tokens.filter((t) => t.offset >= phraseStart && t.offset < expressionIndex);
  const from = inPhrase.some((t) => isVerb(t) || t.pos === 'ADJ') ? phraseStart : 0;
  const last = tokens.findLastIndex(
    (t) => t.offset >= from && t.offset < expressionIndex && isVerb(t),
  );
  if (last >= 0) {
    const group = verbGroup(tokens, last);
    const movedDeadline = toMoved && MOVES_A_DEADLINE.has(group.at(-1)!.lemma);
    const said = directionOfGroup(sentence, group, deadline || movedDeadline);
    if (said) return said;
  }
  // Only the words after the last speech verb belong to the clause that holds the
  // date: in "said on Monday that they will", "will" dates nothing.
  if (planIn(before.slice(clauseStart(before)) + lead) === 'future') return 'future';
  // A clause that opens with the expression takes the tense of the verb after it:
  // "On Tuesday, the two sides agreed".
  const next = tokens.findIndex((t) => t.offset >= expressionEnd && isVerb(t));
  if (next >= 0 && verbGroup(tokens, next).some(isPastForm)) return 'past';
  return 'unknown';
}
