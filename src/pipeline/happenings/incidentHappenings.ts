/**
 * The knowledge-base incidents a sentence tells of, each with the date in the
 * sentence that is its own, if any; those dates are claimed, so no statement
 * or action of the sentence takes them.
 */
import { isApproximate } from '../dates/approximate';
import type { EventKind } from '../../shared/schema';
import { spansOverlap } from '../../shared/partialDate';
import type { DateMention, IncidentHappening, IncidentMention, LinkedSentence } from '../types';
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
    // "the Uri attack a couple of weeks ago": a rough date of the incident's own phrase is
    // the incident's, and no other happening; the knowledge base's day stands.
    for (const rough of sentence.dates)
      if (isApproximate(rough.text) && attachedToMention(rough, mention)) claimed.add(rough);
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

function attachedToMention(date: DateMention, mention: IncidentMention): boolean {
  const attached = date.attachedTo;
  return (
    attached !== undefined &&
    attached.from < mention.offset + mention.length &&
    mention.offset < attached.to
  );
}
