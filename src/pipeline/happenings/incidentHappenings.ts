/**
 * The knowledge-base incidents a sentence tells of, each with the date in the
 * sentence that is its own, if any; those dates are claimed, so no statement
 * or action of the sentence takes them.
 */
import type { EventKind } from '../../shared/schema';
import { spansOverlap } from '../../shared/partialDate';
import type { DateMention, IncidentHappening, LinkedSentence } from '../types';
import { dateOfIncident } from './dateOwner';
import type { VerbHit } from './verbs';

export function incidentHappenings(
  sentence: LinkedSentence,
  published: string,
  verbs: VerbHit[],
  kindOf: (incidentId: string) => EventKind | undefined,
): { happenings: IncidentHappening[]; claimed: Set<DateMention> } {
  const claimed = new Set<DateMention>();
  const happenings: IncidentHappening[] = [];
  for (const mention of sentence.incidents) {
    const date = dateOfIncident(mention, sentence, verbs, (d) => spansOverlap(d, mention));
    if (date) claimed.add(date);
    // A planned incident belongs on the timeline only when the text itself dates it.
    if (mention.start > published && !date) continue;
    happenings.push({
      type: 'incident',
      sentence,
      mention,
      date,
      // Told, not only named: by its own date, by name and a word of its kind, or by a
      // verb of its kind beside its name ("an attack in Pahalgam, where 26 were killed").
      describing:
        mention.via === 'cue' ||
        date !== null ||
        verbs.some((v) => !v.nonFinite && v.kind === kindOf(mention.incidentId)),
    });
  }
  return { happenings, claimed };
}
