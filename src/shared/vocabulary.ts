/**
 * The closed lists the data file draws on. Apart from the schema so that the
 * app's components can use them without loading zod, which the app needs only
 * to explain a data file it refuses.
 */
export const PRECISIONS = ['day', 'week', 'month', 'year', 'decade'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * How a date was obtained: by the machine, from the most to the least trustworthy
 * ("publication" is the last resort: the text gave no date for the happening, and
 * the app flags it), or by a person ("hand": a correction, src/shared/corrections/,
 * which keeps the machine's reading beside it). A person's date is never worded as
 * the text's own.
 */
export const DATE_BASES = [
  'explicit',
  'relative',
  'knowledge-base',
  'publication',
  'hand',
] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const EVENT_KINDS = [
  'attack',
  'strike',
  'statement',
  'meeting',
  'summit',
  'policy',
  'arrest',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Why an event is context rather than news of its own: named in passing, or still to come. */
export const EVENT_CONTEXTS = ['passing', 'planned'] as const;
export type EventContext = (typeof EVENT_CONTEXTS)[number];

export const ACTOR_KINDS = [
  'country',
  'person',
  'government-body',
  'international-organisation',
  'militant-group',
  'security-force',
  'media',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

// 'mentioned' keeps an actor findable by the filters without claiming it acted.
export const ACTOR_ROLES = ['speaker', 'target', 'agent', 'participant', 'mentioned'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** The longest title a mark's label, the tab and a preview can carry. */
export const MAX_TITLE_LENGTH = 90;
