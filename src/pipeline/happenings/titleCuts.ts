/**
 * Where a title may stop: the reported words cut at a clause, a conjunction or a
 * preposition, never where the cut would leave half a thought (a relative clause, a
 * "that" before its verb, names joined by "and", a meeting without its other side),
 * else a faithful extract marked as cut.
 */
import { MEETING_PHRASE } from '../lexicon/eventNouns';
import { tagSentence, type Token } from '../nlp/tagSentence';

/**
 * Where a headline may stop, strongest first: the end of a clause, then a
 * conjunction, then a preposition. The first tier that gives a readable cut wins.
 */
const BOUNDARY_TIERS = [
  // A comma with a space after it: "60,000" is one number.
  /,(?=[”"]?\s)|;|\s[–—-]\s/g,
  // Not "that": "basis to find | that TRF is …" leaves a verb without what it says.
  /\s(?:and|but|while|which|who|where|as|because|although|whereas)\s/g,
  /\s(?:by|in|on|at|for|from|after|with|amid|to|into|over|through|including|against|of|about|between|during|under|across|since|before|within|without|among|towards?|via|despite|following)\s/g,
];
const WEAK_ENDING =
  /\b(the|a|an|of|to|and|its|their|his|her|our|that|this|these|those|with|for|in|on|at|by|from|as|it|also)$/i;

/**
 * "PM Modi told Trump clearly that during this period": a clause opened by "that" (or
 * "because", "if", …) needs its verb before the cut, or the title stops mid-thought.
 */
function hasVerbAfterLastSubordinator(cut: string, tokens: Token[]): boolean {
  const opener = [...cut.matchAll(/\b(?:that|because|if|whether|although|though)\s/gi)].at(-1);
  if (!opener) return true;
  return tokens.some(
    (t) =>
      t.offset > opener.index &&
      t.offset + t.text.length <= cut.length &&
      (t.pos === 'VERB' || t.pos === 'AUX'),
  );
}

const SUBORDINATE_START =
  /^(?:if|unless|when|whenever|although|though|because|while|once|until)\b/i;

/**
 * "held a telephone conversation | with Bolton", "spoke | with", "took the decision in
 * consultation | with": a meeting, or a doing together, needs the one it was with.
 */
function leavesItsPartner(gist: string, at: number, boundary: string): boolean {
  return (
    /^\s(?:with|to)\s$/.test(boundary) &&
    new RegExp(
      `(?:${MEETING_PHRASE}|spoke|speaks|talked|talks|met|in (?:consultation|coordination|partnership|touch|line))$`,
      'i',
    ).test(gist.slice(0, at))
  );
}

/**
 * Cuts that change what is said: "there was no talk | at any stage on trade" denies
 * all talk, "the war between Pakistan | – I love Pakistan –" loses its other side,
 * and "The listing of Azhar | as a terrorist … is a victory" keeps no verb.
 */
function changesTheSense(cut: string, tokens: Token[], midClause: boolean): boolean {
  // A negated noun ends the cut: what restricts it comes next.
  if (midClause && /\b(?:no|any)\s+(?:\w+\s+)?\w+$/i.test(cut)) return true;
  if (/\bbetween\s+(?:the\s+)?\S+$/i.test(cut)) return true;
  // A subject opened by an article, its verb still to come.
  const hasVerb = (to: number) =>
    tokens.some((t) => t.offset + t.text.length <= to && (t.pos === 'VERB' || t.pos === 'AUX'));
  return /^(?:the|a|an)\s/i.test(cut) && !hasVerb(cut.length) && hasVerb(Infinity);
}

/** Parts of speech a headline cannot end on: "to take tangible", "the listing of". */
const OPEN_ENDING = new Set(['ADJ', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX']);

/** "the war between Pakistan and India": names joined by "and" are one phrase, not two clauses. */
function joinsNames(gist: string, at: number, boundary: string): boolean {
  return (
    /^\s*and\s+[A-Z]/.test(boundary + gist.slice(at + boundary.length)) &&
    /[A-Z]\w*$/.test(gist.slice(0, at))
  );
}

/**
 * `midClause`: the cut falls inside a clause (at a conjunction or a preposition), so it
 * must not stop on a word that opens more ("to take tangible | and"); a comma's cut may
 * ("which groups to go after,").
 */
function cutsAt(gist: string, boundary: RegExp, tokens: Token[], midClause: boolean): string[] {
  const lastPosBefore = (end: number) =>
    tokens.filter((t) => t.offset + t.text.length <= end).at(-1)?.pos ?? '';
  return [...gist.matchAll(boundary)]
    .filter((m) => !joinsNames(gist, m.index, m[0]) && !leavesItsPartner(gist, m.index, m[0]))
    .map((m) => {
      // 'the attack in Pahalgam," the tourist hub': the quotation closes with the cut.
      const closing = /^,([”"])/.exec(gist.slice(m.index))?.[1] ?? '';
      return `${gist
        .slice(0, m.index)
        .trim()
        .replace(/[,;:]+$/, '')}${closing}`;
    })
    .filter(
      (cut) =>
        cut.split(/\s+/).length >= 4 &&
        !WEAK_ENDING.test(cut) &&
        !(midClause && OPEN_ENDING.has(lastPosBefore(cut.length))) &&
        hasVerbAfterLastSubordinator(cut, tokens) &&
        !changesTheSense(cut, tokens, midClause) &&
        // "If Pakistan does not act": a subordinate clause without the main one it opens.
        !(SUBORDINATE_START.test(cut) && !/,\s+\S/.test(cut)) &&
        // "The group, which has claimed attacks" ends in a relative clause: the subject
        // without what is said of it.
        !/,\s*(?:which|who)\b[^,]*$/.test(cut),
    );
}

/** The least share of the room a cut at a preposition must fill to be taken. */
const PHRASE_CUT_SHARE = 0.7;

/** A prefix of `gist` that fits `max` and ends at a boundary; null if none reads well. */
export function fitGist(gist: string, max: number): string | null {
  const tokens = tagSentence(gist);
  const [clauses, conjunctions, phrases] = BOUNDARY_TIERS.map((b, tier) =>
    cutsAt(gist, b, tokens, tier > 0),
  );
  // A second clause glued on by a comma reads as a cut-off sentence even when it fits.
  const firstClause = clauses![0];
  if (firstClause && firstClause.length <= max) return firstClause;
  if (gist.length <= max) return gist;
  const byConjunction = conjunctions!.filter((c) => c.length <= max).at(-1);
  if (byConjunction) return byConjunction;
  // "Modi had asked him | to mediate between …": a cut at a preposition that keeps
  // little of the room drops what the verb was about; the marked extract says more.
  const byPhrase = phrases!.filter((c) => c.length <= max).at(-1);
  return byPhrase && byPhrase.length >= PHRASE_CUT_SHARE * max ? byPhrase : null;
}

/**
 * When no clause or phrase boundary fits, the words up to the limit, marked as cut:
 * a short faithful extract says less than the source, never something else, and
 * beats "X makes a statement", which says nothing.
 */
export function extractOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.slice(0, max).split(/\s+/).slice(0, -1);
  while (words.length > 1 && WEAK_ENDING.test(words.at(-1)!.replace(/[^\w]+$/, ''))) words.pop();
  return `${words.join(' ').replace(/[\s,;:(“"‘-]+$/, '')}…`;
}
