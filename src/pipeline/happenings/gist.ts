/**
 * The reported words of a statement, cut down to a headline: "Pompeo told Fox
 * News that Pakistan has to stop harbouring terrorists" gives "Pakistan has to
 * stop harbouring terrorists". Cuts fall only at clause or phrase boundaries, so
 * a title is never a sentence chopped mid-phrase.
 */
import { presentTense } from '../lexicon/verbs';
import { escapeRegExp } from '../text/escapeRegExp';
import { isFiniteVerb, tagSentence } from '../nlp/tagSentence';
import type { VerbHit } from './verbs';

const DATELINE = /^(?:[A-Z][A-Z. ]+(?:\([^)]*\))?\s*[-–—]\s*|[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s+)/;
const QUOTES = /^[“"‘']+|[”"’']+$/g;

/** Country names a headline shortens. */
const SHORTEN: [RegExp, string][] = [
  [/\b[Tt]he United States(?:'|’)?/g, 'US'],
  [/\b[Tt]he U\.S\.(?=\s|$)/g, 'US'],
  [/\bU\.S\.(?=\s|$)/g, 'US'],
  [/\b[Tt]he US\b/g, 'US'],
];

/**
 * "In the wake of the Pulwama attack, the US has seen ..." → "the US has seen ...";
 * "In the call with Sharif, Rubio spoke of …" → "Rubio spoke of …": the scene, not the words.
 */
const LEADING_ADVERBIAL =
  /^(?:(?:a|one|two|three|four|a few|several)\s+(?:days?|weeks?|hours?)\s+(?:after|before)|as|according to|in the wake of|in the aftermath of|after|following|since|despite|amid|during|post|given|in|at|on|with|under|as part of)\b[^,“"]{0,80},\s*/i;

/** Where a statement was made, which a title leaves out: "in a post on X", "on Twitter". */
const VENUE =
  /\s+(?:in|via)\s+(?:a|an|his|her|their)\s+(?:post|tweet|statement|video|message|interview|speech|address|letter)(?:\s+(?:on|to)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?|\s+on\s+(?:Twitter|X|Truth Social|Facebook|Instagram)\b/g;

/**
 * The words a title keeps: without the date expressions the sentence holds (the
 * timeline shows the date beside the title), with the preposition that led
 * them in, and without the venue of the saying.
 */
export function withoutDates(gist: string, dateTexts: string[]): string {
  let text = gist;
  for (const date of [...dateTexts].sort((a, b) => b.length - a.length)) {
    const escaped = escapeRegExp(date);
    text = text.replace(
      new RegExp(
        // "yesterday’s attack" keeps no stray "’s" once the date is gone.
        `\\s*(?:\\b(?:late|early)\\s+)?(?:\\b(?:on|in|at|since|during|by|until|this|last|next|from)\\s+)?${escaped}(?:['’]s\\b)?(?:\\s+(?:morning|afternoon|evening|night))?`,
        'g',
      ),
      '',
    );
  }
  return text
    .replace(VENUE, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}

export function cleanGist(text: string): string {
  let gist = text
    .replace(DATELINE, '')
    .trim()
    // A bullet or dash, and the link to the sentence before: "- Indo-Pak conflict …",
    // "But we have …".
    .replace(/^[•·*–—-]+\s*/, '')
    .replace(/^(?:but|and|so|yet)\s+/i, '')
    .replace(LEADING_ADVERBIAL, '')
    // "Lashkar-e-Tayyiba (LeT) leader": the acronym repeats the name a title has no room for.
    .replace(/\s*\([A-Z][A-Za-z]{1,6}\)/g, '');
  for (const [pattern, short] of SHORTEN) gist = gist.replace(pattern, short);
  // Punctuation may sit inside or outside the closing quote: strip both, in either order.
  gist = gist
    .replace(/[.,;:]+$/, '')
    .replace(QUOTES, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  return gist;
}

/**
 * The words a statement reports, or null when there are none to show.
 * `attributionAt` is where a closing attribution (", Wells, the ..., told reporters.")
 * begins; the words before it are what was said.
 */
export function extractGist(
  sentence: string,
  verb: VerbHit,
  attributionAt: number | null,
): string | null {
  // "According to a statement by the ministry, X would …": the words follow the source.
  if (attributionAt !== null && /^\s*according to\b/i.test(sentence)) {
    const words = sentence.slice(attributionAt).replace(/^[\s,]+/, '');
    return cleanGist(words.split(/(?<=[.!?])\s+/)[0] ?? words) || null;
  }
  if (attributionAt !== null) {
    const before = sentence
      .slice(0, attributionAt)
      .replace(/(?:[\s,”"’]+(?:the|a|an)\b)?[\s,”"’]*$/i, '');
    const quoted = /^[“"]([^”"]+)[”"]?/.exec(sentence.trim());
    const words = quoted ? quoted[1]! : before;
    const firstSentence = words.split(/(?<=[.!?])\s+/)[0] ?? words;
    return cleanGist(firstSentence) || null;
  }
  let after = sentence.slice(verb.index + verb.verb.length);
  const negation = negationBefore(sentence, verb.index);
  // Negated or denied, the verb stays in the title with its negation: "did not blame
  // Pakistan", "denies that the PM made such a request", never the bare words.
  const verbWords =
    negation !== null
      ? sentence.slice(negation, verb.index + verb.verb.length).replace(/\s+/g, ' ')
      : presentTense(verb.lemma);
  // The "that" of this verb: not one a later clause opens ("denied making such a request,
  // maintaining that …" denies no "that").
  const that = /^\s[^.,;]{0,60}?\bthat\s+/.exec(after);
  if (that) {
    const words = cleanGist(after.slice(that[0].length));
    if (!words) return null;
    return negation !== null || DISOWNING.has(verb.lemma) ? `${verbWords} that ${words}` : words;
  }
  after = after.replace(/^\s*(?:on|in|at)\s+[A-Z]\w+day\b\s*/, ' ');
  if (negation === null && ['says', 'states', 'adds', 'tells'].includes(verbWords))
    return verbWords === 'tells' ? quotationIn(after) : plainComplement(after);
  const rest = cleanGist(after);
  return `${verbWords} ${verb.nonFinite ? coordinatedInPresent(rest) : rest}`.trim();
}

/**
 * "told the news conference while the forces will adhere to it, “We remain
 * prepared”": with no words right after the verb, the quotation the sentence goes on to.
 */
function quotationIn(after: string): string | null {
  // A quoted sentence, not a quoted phrase woven into the reporter's own.
  const quoted = /[“"]([A-Z][^”"]{11,})/.exec(after);
  return quoted ? cleanGist(quoted[1]!) || null : null;
}

/**
 * "describing the situation as a shame and urging both to de-escalate" titled
 * "describes … and urges …": a participle coordinated with the one put in the
 * present goes with it.
 */
function coordinatedInPresent(words: string): string {
  const tokens = tagSentence(words);
  const i = tokens.findIndex(
    (t, k) => k > 0 && tokens[k - 1]!.lemma === 'and' && t.pos === 'VERB' && /ing$/i.test(t.text),
  );
  const t = tokens[i];
  if (!t) return words;
  return `${words.slice(0, t.offset)}${presentTense(t.lemma)}${words.slice(t.offset + t.text.length)}`;
}

/**
 * Reported words with no "that": "said the strike hit an empty area", "said in a
 * statement, “…”". A quotation after the verb (and its venue) is the words; else a
 * clause whose finite verb follows a short subject. Null when there is neither
 * ("told reporters", "said in a statement."): no words to show.
 */
function plainComplement(after: string): string | null {
  const at = plainComplementStart(after);
  return at === null ? null : cleanGist(after.slice(at)) || null;
}

/**
 * Where reported words with no "that" begin in `after` (the text right after a verb
 * of saying), or null when none follow: a quotation after the verb's adverbials, or
 * a clause whose finite verb follows a short subject ("said the strike hit …").
 */
export function plainComplementStart(after: string): number | null {
  const lead = /^\s*,?\s*(?:(?:in|on|at|during|via)\b[^,“"]{0,60}?(?:,\s*|\s+(?=[“"])))?/i.exec(
    after,
  )![0].length;
  const words = after.slice(lead);
  // "said a few days later, “We do …”": the quotation after the verb's adverbials.
  const quote = /^[^“"]{0,60}?[,:]\s*(?=[“"])/.exec(words);
  if (/^[“"]/.test(words) || quote) return lead + (quote?.[0].length ?? 0);
  const tokens = tagSentence(words);
  const relatives = [...words.matchAll(/,\s*(?:which|who)\b[^,]*,/g)];
  const inRelative = (at: number) =>
    relatives.some((r) => at > r.index && at < r.index + r[0].length);
  const finite = tokens.find((t, i) => isFiniteVerb(tokens, i) && !inRelative(t.offset));
  if (!finite || finite.offset === 0) return null;
  const subject = words.slice(0, finite.offset);
  // "said the official who spoke on condition …": a relative clause, no reported words.
  if (/\b(?:who|which|that)\s*$/i.test(subject)) return null;
  // A subject may carry a relative clause in commas ("the group, which has …, is"), nothing else.
  const bare = subject.replace(/,\s*(?:which|who)\b[^,]*,/g, ' ');
  if (/[,;:“”"(]/.test(bare) || bare.trim().split(/\s+/).length > 16) return null;
  // "said in Washington the …", "said earlier the …": a subject opens with a noun phrase.
  if (!['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tokens[0]?.pos ?? '')) return null;
  return lead;
}

/**
 * Verbs whose reported words the speaker disowns: "denied that the PM made such a
 * request" reports no request, so the title keeps the verb.
 */
const DISOWNING = new Set(['deny', 'reject', 'dismiss', 'refute', 'question', 'doubt', 'dispute']);

/**
 * Words before a verb that turn it round: "would not blame", "refused to
 * acknowledge", "avoided confirming", "has never said". Where they begin, or null.
 */
const NEGATION =
  "(?:(?:would|will|did|does|do|could|can|has|have|had|is|was|were|are)(?:\\s+not|n[’']t)|not|never|no longer|(?:refuse[sd]?|decline[sd]?) to|avoid(?:s|ed)?|(?:stopped|fell) short of)";
const NEGATION_BEFORE = new RegExp(
  `\\b${NEGATION}\\s+(?:(?:\\w+ly|also|yet|even|publicly|explicitly|immediately|directly)\\s+)?$`,
  'i',
);
/** A gist that opens with its negated verb: "would not blame …" reads as a headline verb. */
export const NEGATED_START = new RegExp(`^${NEGATION}\\s`, 'i');

function negationBefore(sentence: string, verbIndex: number): number | null {
  const before = sentence.slice(Math.max(0, verbIndex - 60), verbIndex);
  const match = NEGATION_BEFORE.exec(before);
  return match ? verbIndex - before.length + match.index : null;
}
