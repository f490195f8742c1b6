/**
 * Happenings a sentence names with their date rather than tells ("after the
 * deadly March 3 attack", "Trump's New Year's Day tweet"): each date attached
 * to an event noun makes an event of that noun's kind, titled by the phrase.
 */
import type { ActionHappening, DateMention, LinkedSentence } from '../types';
import { namedBesides } from './actions';
import { placesIn } from './places';

/** "the deadly March 3 attack" → "Deadly attack"; the date is shown apart from the title. */
export function phraseTitle(phrase: string, date: { from: number; to: number }): string {
  const text = `${phrase.slice(0, date.from)} ${phrase.slice(date.to)}`
    .trim()
    .replace(
      /^\s*(?:after|since|before|following|in the wake of|in the aftermath of|sparked by|triggered by|prompted by|by)\s+/i,
      '',
    )
    .replace(/^\s*(?:the|a|an|last|this|that)\s+/i, '')
    .replace(/^['’]s\s+/, '')
    .replace(/\s+(?:on|in|of)\s*$/i, '')
    .replace(/\s+(?:that|which)\s*$/i, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sides named right after the noun, up to a clause's edge: " between A and B". */
const BETWEEN_OR_WITH =
  /^\s+(?:between|with)\s+[A-Z][^,;.:—–()]{0,60}?(?=\s*(?:[,;.:—–(]|$)|\s+(?:on|at|in|held|which|that|who|during|after|before|to)\b)/;

export function attachedActions(
  sentence: LinkedSentence,
  claimed: ReadonlySet<DateMention>,
): ActionHappening[] {
  const actions: ActionHappening[] = [];
  for (const date of sentence.dates) {
    const attached = date.attachedTo;
    if (!attached?.kind || claimed.has(date)) continue;
    const from = attached.from - sentence.offset;
    const phrase = sentence.text.slice(from, attached.to - sentence.offset);
    const dateSpan = {
      from: date.offset - sentence.offset - from,
      to: date.offset + date.length - sentence.offset - from,
    };
    // "Trump's New Year's Day tweet": whoever owns the phrase did it.
    const owner = sentence.actors.find((m) =>
      /^['’]s\s*$/.test(sentence.text.slice(m.offset + m.length - sentence.offset, from)),
    );
    const agents = owner ? [owner.actorId] : [];
    // "Tuesday's phone call between Modi and Trump": who took part belongs to the title.
    const sides = BETWEEN_OR_WITH.exec(sentence.text.slice(attached.to - sentence.offset));
    const title = `${phraseTitle(phrase, dateSpan)}${sides?.[0].trimEnd() ?? ''}`;
    actions.push({
      type: 'action',
      sentence,
      kind: attached.kind,
      verb: phrase,
      // "Trump's tweet", not "Tweet": the owner says whose happening it was.
      title: owner ? `${owner.text}'s ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title,
      date,
      agents,
      describing: false,
      places: placesIn(sentence.text),
      mentioned: namedBesides(sentence, agents),
    });
  }
  return actions;
}

/** Between a noun phrase and its relative clause's verb: "… attack that killed", "… which had hit". */
const RELATIVE_CLAUSE = /^\s*,?\s*(?:that|which|who)\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$/i;

/**
 * "a February suicide attack that killed 40 soldiers": the noun, and the relative
 * clause after it, tell the happening the date names, so the deed read there takes the noun's date
 * (not the sentence's other one, "earlier this year"), and the noun makes no
 * second event of it. Returns the attached actions still standing alone.
 */
export function foldRelativeClauses(
  attached: ActionHappening[],
  told: ActionHappening[],
): ActionHappening[] {
  return attached.filter((noun) => {
    const nounStart = noun.date!.attachedTo!.from - noun.sentence.offset;
    const nounEnd = noun.date!.attachedTo!.to - noun.sentence.offset;
    const deed = told.find((action) => {
      const at = action.sentence.text.indexOf(action.verb, nounStart);
      if (!action.describing || action.kind !== noun.kind || at < 0) return false;
      // The deed read from the noun itself, or from the clause right after it.
      return at < nounEnd || RELATIVE_CLAUSE.test(action.sentence.text.slice(nounEnd, at));
    });
    if (!deed) return true;
    deed.date = noun.date;
    return false;
  });
}
