/**
 * Happenings told by what they were, not by who did them: "The talks were held in
 * Washington on April 11", "The summit took place on Monday". The noun names the
 * kind, the verb only says it happened; the people named with the noun took part.
 * Only a dated one counts: "talks have taken place before" is background.
 */
import { EVENT_NOUN_PATTERN, kindOfEventNoun } from '../lexicon/eventNouns';
import type { ActionHappening, DateMention, LinkedSentence } from '../types';
import { actionClause, namedBesides } from './actions';
import { placesIn } from './places';

const OCCURRED =
  /\b(?:took place|takes place|was held|were held|is being held|happened|occurred|began|opened|concluded|was convened|were convened)\b/i;

const NOUN = new RegExp(`\\b(${EVENT_NOUN_PATTERN})\\b`, 'gi');

export function occurrenceIn(
  sentence: LinkedSentence,
  dates: DateMention[],
): ActionHappening | null {
  const verb = OCCURRED.exec(sentence.text);
  if (!verb) return null;
  // The subject: from the clause's start to the verb, holding the noun of the happening.
  // A subject may hold a list in commas ("dialogue involving the secretaries, the
  // ministers, and … took place"): without a noun after the last comma, from the start.
  const lastComma = sentence.text.lastIndexOf(',', verb.index) + 1;
  const nounIn = (from: number) => [...sentence.text.slice(from, verb.index).matchAll(NOUN)].at(0);
  const clauseStart = nounIn(lastComma) ? lastComma : 0;
  const noun = nounIn(clauseStart);
  const kind = noun ? kindOfEventNoun(noun[1]!) : null;
  const date = dates.find(
    (d) =>
      d.precision === 'day' && !d.future && !d.vague && d.offset - sentence.offset > verb.index,
  );
  if (!noun || !kind || !date) return null;
  const spans = sentence.dates.map((d) => ({
    from: d.offset - sentence.offset,
    to: d.offset - sentence.offset + d.length,
  }));
  const inSubject = (offset: number) =>
    offset - sentence.offset >= clauseStart && offset - sentence.offset < verb.index;
  const agents = [
    ...new Set(sentence.actors.filter((m) => inSubject(m.offset)).map((m) => m.actorId)),
  ];
  return {
    type: 'action',
    sentence,
    kind,
    verb: verb[0],
    title: actionClause(sentence.text, verb.index, spans, clauseStart, true),
    date,
    agents,
    mentioned: namedBesides(sentence, agents),
    describing: true,
    places: placesIn(sentence.text),
  };
}
