/**
 * The knowledge base's roll-up checked like input: an office belongs to a body, a
 * body to a country (actorFamily.ts walks these links). A link in a circle (a body
 * that belongs to itself, or a loop of two or three) would send that walk round
 * for ever, until the stack overflows; a country inside another country, or a
 * "country" or "body" that names the wrong kind of actor, would roll voices up into
 * the wrong one. Each is one line naming the entry. Pure: loadKnowledge.ts says which file.
 */
import type { KbActor } from './knowledgeSchema';

/** What is wrong with the actors' roll-up, as "actors[3].body: …", or null. */
export function rollUpProblem(actors: readonly KbActor[]): string | null {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  for (const [i, actor] of actors.entries()) {
    const country = actor.country === undefined ? undefined : actors[index.get(actor.country)!];
    if (country && actor.kind === 'country' && country.id !== actor.id)
      return `actors[${i}].country: "${actor.id}" is a country, and a country is not inside another ("${country.id}"). Remove "country" here.`;
    if (country && country.kind !== 'country')
      return `actors[${i}].country: "${country.id}" is a ${country.kind}, not a country.`;
    const body = actor.body === undefined ? undefined : actors[index.get(actor.body)!];
    if (body && (body.kind === 'person' || body.kind === 'country'))
      return `actors[${i}].body: "${body.id}" is a ${body.kind}, not a body (a ministry, an office); a person's country goes in "country".`;
    // Reported at the first entry of the circle; an entry that only leads into one stops there.
    const chain = [actor.id];
    for (let next = actor.body; next !== undefined; next = actors[index.get(next)!]?.body) {
      if (next === actor.id)
        return `actors[${i}].body: "${actor.id}" rolls up to itself (${[...chain, next].join(' → ')}). A body belongs to one above it, never in a circle.`;
      if (chain.includes(next)) break;
      chain.push(next);
    }
  }
  return null;
}
