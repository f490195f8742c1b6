/** How each kind of event looks: a label for people and a class for colour and shape. */
import type { EventKind } from './schema';

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
