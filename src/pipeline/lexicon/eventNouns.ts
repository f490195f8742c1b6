/**
 * Nouns that name a happening, with the kind of event each names. A date that
 * modifies one ("the deadly March 3 attack", "sparked by a June 9 bombing",
 * "Sunday's strikes") dates that happening, not the sentence's main verb.
 * Each row's examples are the shapes it is meant to read.
 */
import type { EventKind } from '../../shared/schema';

export interface EventNoun {
  words: string[];
  kind: EventKind;
  examples: string[];
}

export const EVENT_NOUNS: EventNoun[] = [
  {
    words: [
      'attack',
      'attacks',
      'bombing',
      'bombings',
      'blast',
      'blasts',
      'explosion',
      'explosions',
    ],
    kind: 'attack',
    examples: ['the deadly March 3 attack', 'sparked by a June 9 bombing', "Sunday's blast"],
  },
  {
    words: ['massacre', 'ambush', 'assault', 'shooting', 'killings', 'siege', 'hijacking'],
    kind: 'attack',
    examples: ["Tuesday's ambush on a convoy", 'the 2008 siege of Mumbai'],
  },
  {
    words: [
      'strike',
      'strikes',
      'airstrike',
      'airstrikes',
      'air strike',
      'air strikes',
      'raid',
      'raids',
      'shelling',
      'offensive',
    ],
    kind: 'strike',
    examples: ["Wednesday's air strikes", 'the February 26 strike on Balakot'],
  },
  {
    words: ['arrest', 'arrests', 'detention', 'extradition', 'release'],
    kind: 'arrest',
    examples: ["Wednesday's arrest of the group's founder", "Friday's release of the cleric"],
  },
  {
    words: [
      'warrant',
      'arrest warrant',
      'case',
      'cases',
      'charges',
      'chargesheet',
      'charge sheet',
      'indictment',
      'verdict',
      'conviction',
      'acquittal',
      'custody',
    ],
    kind: 'arrest',
    examples: ['the March 3 verdict', 'lodged a case against the cleric'],
  },
  {
    words: [
      'meeting',
      'talks',
      'visit',
      'call',
      'phone call',
      'telephone call',
      'dialogue',
      'conversation',
      'discussion',
      'discussions',
      'consultations',
      'lunch',
      'dinner',
    ],
    kind: 'meeting',
    examples: [
      "Monday's phone call",
      'the June 13 meeting',
      'after a telephone conversation on Friday',
    ],
  },
  { words: ['summit'], kind: 'summit', examples: ['the September 4 summit'] },
  {
    words: [
      'speech',
      'address',
      'remarks',
      'statement',
      'tweet',
      'post',
      'briefing',
      'interview',
      'readout',
      'read-out',
      'announcement',
      'joint statement',
      'protest',
    ],
    kind: 'statement',
    examples: ["Trump's New Year's Day tweet", "Friday's briefing"],
  },
  {
    words: [
      'ban',
      'designation',
      'listing',
      'sanctions',
      'decision',
      'ceasefire',
      'suspension',
      'proposal',
      'resolution',
      'motion',
      'bill',
    ],
    kind: 'policy',
    examples: ['the May 1 listing', "Saturday's ceasefire"],
  },
];

const KIND_OF = new Map(EVENT_NOUNS.flatMap((n) => n.words.map((w) => [w, n.kind] as const)));

/** Alternation of every event noun, longest first so "air strikes" wins over "strike". */
export const EVENT_NOUN_PATTERN = [...KIND_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

export function kindOfEventNoun(noun: string): EventKind | null {
  return KIND_OF.get(noun.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** The nouns that name a meeting, as one pattern: "phone call", "talks", "conversation". */
export const MEETING_PHRASE = EVENT_NOUNS.filter((n) => n.kind === 'meeting')
  .flatMap((n) => n.words)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');
