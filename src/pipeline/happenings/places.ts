/**
 * The proper nouns of a sentence, as places two reports of one happening
 * share ("Uri", "Kupwara"), leaving out the calendar's names.
 */
import { MONTHS, WEEKDAYS } from '../dates/calendar';
import { tagSentence } from '../nlp/tagSentence';

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

export function placesIn(sentence: string): string[] {
  return [
    ...new Set(
      tagSentence(sentence)
        .filter((t) => t.pos === 'PROPN' && !CALENDAR.has(t.lemma) && t.text.length > 2)
        .map((t) => t.lemma),
    ),
  ];
}
