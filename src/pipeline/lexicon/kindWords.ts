/**
 * The words that tell of a happening of each kind, nouns and verb lemmas
 * together: what must stand beside an incident's names for a sentence to be
 * about it ("Pulwama" alone is a place; "Pulwama" with "killed" is the attack).
 */
import type { EventKind } from '../../shared/schema';
import { EVENT_NOUNS } from './eventNouns';
import { ACTION_VERBS, SPEECH_LEMMAS, VERB_OBJECT_ROWS } from './verbs';

/** Words of a meeting that news also uses for visits and calls. */
const MEETING_EXTRAS = ['trip', 'tour', 'visited', 'conversation', 'talked', 'spoke', 'spoken'];

export function kindWords(kind: EventKind): Set<string> {
  const nouns = EVENT_NOUNS.filter((n) => n.kind === kind).flatMap((n) => n.words);
  // A verb that needs its object ("stopped … assistance") counts here: an incident's own
  // names ("security assistance") stand beside it.
  const verbs =
    kind === 'statement'
      ? [...SPEECH_LEMMAS]
      : [
          ...ACTION_VERBS.filter((v) => v.kind === kind).flatMap((v) => v.verbs),
          ...VERB_OBJECT_ROWS.filter((r) => r.kind === kind).flatMap((r) => [...r.verbs]),
        ];
  const extras = kind === 'meeting' || kind === 'summit' ? MEETING_EXTRAS : [];
  // A summit is a meeting too; an attack's words tell of a strike's target being hit and back.
  const related: EventKind[] =
    kind === 'summit'
      ? ['meeting']
      : kind === 'attack'
        ? ['strike']
        : kind === 'strike'
          ? ['attack']
          : [];
  const borrowed = related.flatMap((k) => [
    ...EVENT_NOUNS.filter((n) => n.kind === k).flatMap((n) => n.words),
    ...ACTION_VERBS.filter((v) => v.kind === k).flatMap((v) => v.verbs),
  ]);
  return new Set([...nouns, ...verbs, ...extras, ...borrowed].map((w) => w.toLowerCase()));
}
