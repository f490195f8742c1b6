/**
 * Who did or said something is the noun phrase right before the verb: "State
 * Department spokesperson John Kirby told", "Pakistan's Foreign Minister
 * Khawaja Asif replied", "Indian fighter jets struck". The phrase is found by
 * walking back from the verb over what can stand between a subject and its
 * verb (an adverb, a date, an appositive ", who ...,"), then over the words a
 * noun phrase can hold. What it names is read by `readSubject`.
 */

export interface Span {
  from: number;
  to: number;
}

export interface SubjectPhrase extends Span {
  text: string;
}

/** Words a subject phrase cannot hold: they end it (walking back) or belong to the predicate. */
const PHRASE_BREAKERS = new Set(
  (
    'the a an and or but nor that which who whom whose when where while as if because although after before since until ' +
    'to in on at by for from with into onto over under about against between during through ' +
    'is was are were be been being has had have do does did will would shall should can could may might must ' +
    'said says told tells added stated it its he she they them his her their we our you i this these those ' +
    'not also only just even still then there here hours days weeks months years later earlier'
  ).split(' '),
);
const ADVERB =
  /(?:^|\s)(?:\w+ly|also|further|then|again|once again|now|separately|jointly|repeatedly|too)$/i;
/** "China has once again blocked": the auxiliary stands between the subject and its verb. */
const AUXILIARY =
  /(?:^|\s)(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|does|do|did)(?:\s+not)?$/i;
/** ", who is on a four-day visit to India," or ", the acting assistant secretary," */
const APPOSITIVE = /,\s*(?:who|which|the|a|an)\b[^,;]{0,120},$/i;
const DATE_PREPOSITION = /(?:^|\s)(?:(?:late|early)\s+)?(?:on|in|at|this|last|late|early)$/i;

/** What is left of `before` once what stands between a subject and its verb is peeled off. */
function peel(before: string, skips: Span[]): string {
  let text = before;
  for (let changed = true; changed;) {
    changed = false;
    const trimmed = text.trimEnd();
    if (trimmed !== text) text = trimmed;
    const skip = skips.find((s) => s.to === text.length && s.from < text.length);
    if (skip) {
      text = text.slice(0, skip.from).trimEnd().replace(DATE_PREPOSITION, '');
      changed = true;
      continue;
    }
    for (const pattern of [ADVERB, AUXILIARY, APPOSITIVE]) {
      const m = pattern.exec(text);
      if (m) {
        text = text.slice(0, m.index);
        changed = true;
      }
    }
  }
  return text;
}

/** Offices named with where they serve: "Ambassador to India", "diplomat for South Asia". */
const SERVES_AT = new Set(
  'ambassador envoy mission representative adviser advisor diplomat secretary commissioner delegation'.split(
    ' ',
  ),
);

/** Longest subject phrase, in words: "US Secretary of State Marco Rubio" is six. */
const MAX_WORDS = 10;

/**
 * The subject phrase ending right before `end` in `text`, or null. `skips` are
 * spans (dates) that may stand between the subject and the verb.
 */
export function subjectPhraseBefore(
  text: string,
  end: number,
  skips: Span[] = [],
): SubjectPhrase | null {
  const peeled = peel(text.slice(0, end), skips);
  // Only the tail can hold the phrase; tokens are words or single punctuation marks.
  const base = Math.max(0, peeled.length - 160);
  const tokens = [...peeled.slice(base).matchAll(/[\w.'’&-]+|[^\s\w]/g)];
  let from = -1;
  let words = 0;
  for (let i = tokens.length - 1; i >= 0 && words < MAX_WORDS; i--) {
    const token = tokens[i]![0];
    if (!/\w/.test(token)) break;
    const lower = token.replace(/['’]s$/, '').toLowerCase();
    const next = tokens[i + 1]?.[0] ?? '';
    const previous = tokens[i - 1]?.[0] ?? '';
    // "Secretary of State Mike Pompeo": "of" may join two capitalised words;
    // "Ambassador to India X", "mission to the United Nations": an office and where it serves.
    const beforePrevious = (tokens[i - 2]?.[0] ?? '').toLowerCase();
    const joins =
      (lower === 'of' && /^[A-Z]/.test(next) && /^[A-Z]/.test(previous)) ||
      ((lower === 'to' || lower === 'for') && SERVES_AT.has(previous.toLowerCase())) ||
      (lower === 'the' &&
        ['to', 'for', 'of'].includes(previous.toLowerCase()) &&
        SERVES_AT.has(beforePrevious));
    const at = base + tokens[i]!.index!;
    // A date ("On Wednesday Pakistan said") is not part of the subject.
    const inSkip = skips.some((s) => at >= s.from && at < s.to);
    if ((PHRASE_BREAKERS.has(lower) && !joins) || /^\d/.test(token) || inSkip) break;
    from = at;
    words++;
    if (lower === 'the' && !joins) break;
  }
  if (from < 0) return null;
  const phrase = peeled.slice(from).trim();
  return { from, to: from + phrase.length, text: phrase };
}

/** A known actor named inside the phrase: its id, kind and where it stands. */
export interface PhraseActor extends Span {
  id: string;
  kind: string;
  /** The body or country it belongs to, for a person or a body. */
  country?: string;
}

/** What a subject phrase names: a known actor, or a newcomer described by the phrase. */
export type SubjectReading =
  | { type: 'known'; id: string }
  | {
      type: 'new';
      kind: 'person' | 'government-body' | 'security-force';
      name: string;
      shortName: string;
      /** The office the phrase gives ("State Department spokesperson"), for a person. */
      role?: string;
      /** Known actors that qualify it ("State Department", "Pakistan's"), nearest first. */
      qualifiers: string[];
    };

/** Heads that make a phrase a body even when the knowledge base does not know it. */
const BODY_HEAD =
  /\b(Department|Ministry|ministry|Office|Embassy|embassy|Mission|mission|Agency|Commission|Committee|Council|Court|Parliament|Congress|Senate|Cabinet|cabinet|government|Government|administration|Administration|Bureau|Directorate|Secretariat|Task Force)\b(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?$/;
const FORCE_HEAD =
  /\b(military|Military|army|Army|police|Police|forces|Forces|troops|Navy|navy|Air Force)$/;

/** A personal name: capitalised words or initials ("JD", "S.", "C."). */
const NAME_PART = /^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]{1,2}\.?|Mc[A-Z][a-z]+)$/;
const OFFICE_WORDS = new Set(
  (
    'President Vice Prime Minister Foreign Defence Defense Interior Home Finance Trade External Affairs Secretary ' +
    'State Deputy Assistant Acting Senior Chief General Gen. Army Air Navy Admiral Ambassador Envoy Senator Sen. ' +
    'Representative Rep. Congressman Congresswoman Governor Mayor Spokesperson Spokesman Spokeswoman Press Mr Mr. Ms Ms. ' +
    'Mrs. Dr. Sir Lord King Queen Crown Prince Commander Colonel Col. Lt. Lieutenant Major Captain Justice Judge Field ' +
    'Marshal National Security Adviser Advisor Special Representative Under Principal Director Chairman Chairwoman ' +
    'Leader Speaker Minister-President Home Wing Air Chief Commissioner Attorney'
  ).split(' '),
);
const NOT_NAME = new Set(
  'The A An US U.S. UN UK EU In On At After Before When While But And'.split(' '),
);

/** The trailing personal name in a phrase's words, if there is one. */
function trailingName(words: string[]): { name: string; start: number } | null {
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1]!;
    if (!NAME_PART.test(word) || OFFICE_WORDS.has(word) || NOT_NAME.has(word)) break;
    start--;
  }
  const name = words.slice(start);
  // One capitalised word is a name only behind an office ("Senator Smith").
  const titled = start > 0 && OFFICE_WORDS.has(words[start - 1]!.replace(/['’]s$/, ''));
  if (name.length === 0 || name.length > 4) return null;
  if (name.length === 1 && !titled) return null;
  if (name.every((w) => /^[A-Z]{1,2}\.?$/.test(w))) return null;
  return { name: name.join(' '), start };
}

/** Drops a middle initial: "Mark C. Toner" is "Mark Toner". */
export function withoutMiddleInitials(name: string): string {
  const parts = name.split(' ');
  if (parts.length < 3) return name;
  return [parts[0], ...parts.slice(1, -1).filter((p) => !/^[A-Z]\.?$/.test(p)), parts.at(-1)].join(
    ' ',
  );
}

/**
 * Reads a subject phrase. A known person inside it wins; then a personal name,
 * as a newcomer qualified by the bodies and countries before it; then a known
 * body or country, or an institution the knowledge base does not know ("the
 * U.S. Department of Justice"). `inPhrase` are known actors named in the phrase.
 */
export function readSubject(phrase: SubjectPhrase, inPhrase: PhraseActor[]): SubjectReading | null {
  // A phrase that ends in a known actor's name is that actor ("US Secretary of
  // State Mike Pompeo", "Pakistan's Foreign Office"): its words are no newcomer's name.
  const last = inPhrase.at(-1);
  if (last && last.to >= phrase.to - 1) return { type: 'known', id: last.id };
  const words = phrase.text.split(/\s+/);
  const named = trailingName(words);
  const qualifiers = [...inPhrase]
    .filter((a) => a.kind !== 'person' && a.kind !== 'media')
    .sort((a, b) => b.from - a.from)
    .map((a) => a.id);
  const body = BODY_HEAD.test(phrase.text)
    ? 'government-body'
    : FORCE_HEAD.test(phrase.text)
      ? 'security-force'
      : null;
  if (body && /^[A-Z]/.test(phrase.text)) {
    const name = phrase.text.replace(/['’]s\b/g, '');
    return { type: 'new', kind: body, name, shortName: name, qualifiers };
  }
  if (named) {
    const role = words
      .slice(0, named.start)
      .join(' ')
      .replace(/['’]s$/, '');
    const name = withoutMiddleInitials(named.name);
    return {
      type: 'new',
      kind: 'person',
      name,
      shortName: name.split(' ').at(-1)!,
      ...(role ? { role } : {}),
      qualifiers,
    };
  }
  return last ? { type: 'known', id: last.id } : null;
}
