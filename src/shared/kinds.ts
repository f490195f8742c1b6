/**
 * How each kind of event looks: a label for people, and the mark drawn for it.
 * The legend and the timeline's items both take their marks from KIND_MARKS, so
 * the two cannot drift apart; each kind has its own shape as well as its own
 * colour, so that no reader has to tell kinds apart by colour alone.
 */
import type { ActorKind, ActorRole, EventKind } from './schema';

export const KIND_LABELS: Record<EventKind, string> = {
  attack: 'Attack',
  strike: 'Military strike',
  statement: 'Statement',
  meeting: 'Call or meeting',
  summit: 'Summit',
  policy: 'Policy decision',
  arrest: 'Arrest',
};

/** The shapes styles.css knows how to draw (`.shape-<name>`). */
export const MARK_SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'hexagon',
  'pentagon',
] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

export const KIND_MARKS: Record<EventKind, MarkShape> = {
  statement: 'circle',
  meeting: 'square',
  summit: 'diamond',
  attack: 'triangle',
  strike: 'triangle-down',
  policy: 'hexagon',
  arrest: 'pentagon',
};

/** The classes that give an element its kind's colour (`--k`) and shape. */
export const kindClass = (kind: EventKind) => `kind-${kind} shape-${KIND_MARKS[kind]}`;

/** Actor kinds as people call them, for filter groups and timeline lanes. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  country: 'Countries',
  person: 'People',
  'government-body': 'Government bodies',
  'international-organisation': 'International organisations',
  'militant-group': 'Militant groups',
  'security-force': 'Security forces',
  media: 'Media',
};

/** Roles as a reader says them, which depends on what happened: an attack's target is no listener. */
const ROLE_WORDS: Record<ActorRole, string> = {
  speaker: 'spoke',
  target: 'addressed',
  agent: 'acted',
  participant: 'took part',
  mentioned: 'mentioned',
};
const ROLE_WORDS_BY_KIND: Partial<Record<EventKind, Partial<Record<ActorRole, string>>>> = {
  attack: { agent: 'carried it out', target: 'target of the attack' },
  strike: { agent: 'carried it out', target: 'target of the strike' },
  arrest: { agent: 'made the arrest', target: 'arrested' },
  policy: { agent: 'decided it', target: 'aimed at' },
  meeting: { agent: 'called or visited', target: 'met or called' },
  statement: { target: 'spoken to or of' },
};
/** What an actor did in an event of this kind, in a reader's words. */
export const roleWords = (kind: EventKind, role: ActorRole) =>
  ROLE_WORDS_BY_KIND[kind]?.[role] ?? ROLE_WORDS[role];
