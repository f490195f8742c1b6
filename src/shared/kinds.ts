/** How each kind of event looks: a label for people and a class for colour and shape. */
import type { ActorKind, EventKind } from './schema';

export const KIND_LABELS: Record<EventKind, string> = {
  attack: 'Attack',
  strike: 'Military strike',
  statement: 'Statement',
  meeting: 'Call or meeting',
  summit: 'Summit',
  policy: 'Policy decision',
  arrest: 'Arrest',
};

export const kindClass = (kind: EventKind) => `kind-${kind}`;

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
