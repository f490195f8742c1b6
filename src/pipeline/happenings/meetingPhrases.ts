/**
 * Meetings a sentence names inside a phrase rather than tells with a verb: "Sharif
 * raised the issue in his meeting with Kerry", "during a telephone conversation with
 * the minister". The meeting is a happening of its own, with the sentence's doer on
 * one side and the name after "with" on the other, on the sentence's day (or, with
 * none, on or before the report, like any undated call).
 */
import type { ActionHappening, DateMention, LinkedSentence } from '../types';
import { MEETING_PHRASE } from '../lexicon/eventNouns';
import { placesIn } from './places';

/** "in his meeting with", "during a phone call with", "at their talks with". */
const PHRASE = new RegExp(
  `\\b(?:in|during|at)\\s+(?:his|her|their|its|a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:${MEETING_PHRASE})\\s+with\\s+`,
  'gi',
);

/** Words that make the meeting a plan: "will raise it in his meeting with". */
const PLANNED = /\b(?:will|would|is to|are to|plans? to|expected to|scheduled to|set to)\b/i;

export function meetingPhrases(
  sentence: LinkedSentence,
  doer: string | null,
  dates: DateMention[],
  kindOf: (id: string) => string | undefined,
): ActionHappening[] {
  if (!doer) return [];
  return [...sentence.text.matchAll(PHRASE)].flatMap((match): ActionHappening[] => {
    const end = sentence.offset + match.index + match[0].length;
    // The other side is the name phrase after "with", up to its end: "US Secretary of
    // State John Kerry" names Kerry, not the US.
    const phraseEnd =
      end + (/^[^,;.]*/.exec(sentence.text.slice(end - sentence.offset))?.[0].length ?? 0);
    const inPhrase = sentence.actors.filter(
      (m) => m.offset >= end && m.offset < Math.min(phraseEnd, end + 50) && m.actorId !== doer,
    );
    const other = inPhrase.find((m) => kindOf(m.actorId) === 'person') ?? inPhrase[0];
    if (!other || PLANNED.test(sentence.text.slice(0, match.index))) return [];
    const day = dates.find((d) => d.precision === 'day' && !d.end && !d.future && !d.vague);
    const doerName = sentence.actors.find((m) => m.actorId === doer && m.offset < end)?.text;
    const phrase = match[0].replace(/^\w+\s+(?:his|her|their|its|a|an|the)\s+/i, '').trim();
    const withWhom = sentence.text.slice(
      end - sentence.offset,
      other.offset + other.length - sentence.offset,
    );
    const title = doerName ? `${doerName}'s ${phrase} ${withWhom}` : `${phrase} ${withWhom}`;
    return [
      {
        type: 'action',
        sentence,
        kind: 'meeting',
        verb: match[0].trim(),
        title: `${title.charAt(0).toUpperCase()}${title.slice(1)}`,
        date: day ?? null,
        agents: [doer],
        mentioned: [other.actorId],
        describing: true,
        places: placesIn(sentence.text),
      },
    ];
  });
}
