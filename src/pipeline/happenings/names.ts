/**
 * People the knowledge base does not know, named as news names them: a title
 * and a full name ("Foreign Minister Elena Markovic"), then the surname alone.
 */
import { boundedId } from '../../shared/ids';

/** Words of office that precede a name but are not part of it. */
const TITLE_WORDS = new Set(
  (
    'President Vice Prime Minister Foreign Defence Defense Interior Home Finance Trade External Affairs ' +
    'Secretary State Deputy Assistant Acting Senior Chief General Gen. Army Air Navy Admiral Ambassador Envoy ' +
    'Senator Sen. Representative Rep. Governor Mayor Spokesperson Spokesman Spokeswoman Minister-President ' +
    'Mr. Ms. Mrs. Dr. Sir Lord King Queen Crown Prince Commander Colonel Col. Lt. Major Captain Justice Judge'
  ).split(' '),
);

/** Capitalised words that start sentences or name things, never people. */
const NOT_NAMES = new Set(
  'The A An In On At After Before When While But And However Meanwhile Officials Police Gunmen Both Since Earlier Later Shares Thousands Trade Markets'.split(
    ' ',
  ),
);

export interface NamedPerson {
  name: string;
  surname: string;
  /** Index in the text where the name (with its title) begins. */
  index: number;
}

const NAME_WORD = /^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$/;

/** A titled or two-word name ending right before `end` (the speech verb), or null. */
export function nameBefore(
  text: string,
  end: number,
  knownSurnames: ReadonlySet<string>,
): NamedPerson | null {
  const before = text.slice(0, end).replace(/\s+(?:\w+ly\s+)?$/, '');
  const match = /((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*)$/.exec(before);
  if (!match) return null;
  const words = match[1]!.split(/\s+/);
  let titled = false;
  while (
    words.length > 0 &&
    (TITLE_WORDS.has(words[0]!) || words[0]!.endsWith("'s") || words[0]!.endsWith('’s'))
  ) {
    if (TITLE_WORDS.has(words[0]!)) titled = true;
    words.shift();
  }
  const nameWords = words.filter((w) => NAME_WORD.test(w));
  if (nameWords.length !== words.length || nameWords.length === 0 || nameWords.length > 3)
    return null;
  if (nameWords.some((w) => NOT_NAMES.has(w) || TITLE_WORDS.has(w))) return null;
  const surname = nameWords.at(-1)!;
  // "the Donald Trump administration’s commitment": a possessive qualifies, it speaks not.
  if (/['’]s$/.test(surname)) return null;
  if (nameWords.length === 1 && !titled && !knownSurnames.has(surname)) return null;
  return { name: nameWords.join(' '), surname, index: match.index };
}

/** "said Trade Minister Jonas Berg": a name right after the verb. */
export function nameAfter(
  text: string,
  start: number,
  knownSurnames: ReadonlySet<string>,
): NamedPerson | null {
  const match = /^\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)/.exec(text.slice(start));
  if (!match) return null;
  const phrase = match[1]!;
  const found = nameBefore(phrase, phrase.length, knownSurnames);
  return found ? { ...found, index: start } : null;
}

/** Within the one id limit (shared/ids.ts): a name in the text may be any length. */
export function personId(name: string): string {
  return boundedId(
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );
}
