/**
 * Offices roll up: an official belongs to a body, a body to a country. Two
 * speakers are the same voice when one contains the other ("The US on Monday
 * condemned …" and "…," State Department spokesperson John Kirby told
 * reporters), and the event then speaks with the most specific of them.
 */
import type { ActorKind } from '../../shared/schema';

export interface FamilyMember {
  id: string;
  kind: ActorKind;
  country?: string;
  /** The body a person speaks for ("State Department" for its spokesperson). */
  body?: string;
}

const SPECIFICITY: Partial<Record<ActorKind, number>> = {
  person: 3,
  'government-body': 2,
  'security-force': 2,
  country: 1,
};

export interface ActorFamily {
  /** Whether `a` and `b` are one voice: the same actor, or one contains the other. */
  compatible(a: string, b: string): boolean;
  /** The more specific of two compatible actors. */
  moreSpecific(a: string, b: string): string;
  countryOf(id: string): string | undefined;
}

export function createActorFamily(lookup: (id: string) => FamilyMember | undefined): ActorFamily {
  const ancestors = (id: string): string[] => {
    const actor = lookup(id);
    if (!actor) return [];
    const body = actor.body ? [actor.body, ...ancestors(actor.body)] : [];
    return [
      ...new Set([...body, ...(actor.country && actor.country !== id ? [actor.country] : [])]),
    ];
  };
  return {
    compatible: (a, b) => a === b || ancestors(a).includes(b) || ancestors(b).includes(a),
    moreSpecific(a, b) {
      const rank = (id: string) => SPECIFICITY[lookup(id)?.kind ?? 'media'] ?? 0;
      return rank(b) > rank(a) ? b : a;
    },
    countryOf(id) {
      const actor = lookup(id);
      return actor?.kind === 'country' ? id : actor?.country;
    },
  };
}
