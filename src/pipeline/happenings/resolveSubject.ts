/**
 * The actor a verb's subject phrase names, known or new. A newcomer is kept per
 * article under its short name, so "John Kirby" then "Kirby" is one person, and
 * takes its country from what qualifies it ("Pakistan's Foreign Minister X",
 * "State Department spokesperson X" → the State Department's country).
 */
import type { KnowledgeBase } from '../knowledge/knowledgeSchema';
import type { DiscoveredActor, LinkedSentence } from '../types';
import { personId } from './names';
import { readSubject, subjectPhraseBefore } from './subject';

export interface ResolvedSubject {
  id: string;
  /** Where the subject phrase starts in the sentence. */
  at: number;
  newcomer?: DiscoveredActor;
}

export type SubjectResolver = (
  sentence: LinkedSentence,
  verbIndex: number,
  newcomers: Map<string, DiscoveredActor>,
) => ResolvedSubject | null;

const idOf = (name: string) => personId(name.replace(/\bU\.S\./g, 'US').replace(/\bU\.N\./g, 'UN'));

export function createSubjectResolver(kb: KnowledgeBase): SubjectResolver {
  const actorById = new Map(kb.actors.map((a) => [a.id, a]));
  const personByName = new Map(
    kb.actors
      .filter((a) => a.kind === 'person')
      .flatMap((a) => [a.name, ...a.aliases].map((n) => [n.toLowerCase(), a.id] as const)),
  );
  const countryOf = (id: string) => {
    const actor = actorById.get(id);
    return actor?.kind === 'country' ? id : actor?.country;
  };

  return function resolve(sentence, verbIndex, newcomers) {
    const skips = sentence.dates.map((d) => ({
      from: d.offset - sentence.offset,
      to: d.offset - sentence.offset + d.length,
    }));
    const phrase = subjectPhraseBefore(sentence.text, verbIndex, skips);
    if (!phrase) return null;
    // "Kirby said" after "John Kirby": the surname alone names the newcomer.
    const bySurname = newcomers.get(phrase.text);
    if (bySurname) return { id: bySurname.id, at: phrase.from, newcomer: bySurname };
    const inPhrase = sentence.actors
      // Mentions that reach into the phrase: a title may begin before it ("the
      // senior U.S. diplomat for South Asia" ends the phrase "South Asia").
      .filter(
        (m) =>
          m.offset - sentence.offset < phrase.to &&
          m.offset - sentence.offset + m.length > phrase.from &&
          // "the commander of the mission in Veloria": what the subject is of, not who.
          !/\b(?:of|in|for|from|at|with|by|on|over|against)\s+(?:the\s+)?$/i.test(
            sentence.text.slice(0, m.offset - sentence.offset),
          ),
      )
      .map((m) => ({
        id: m.actorId,
        kind: actorById.get(m.actorId)?.kind ?? 'person',
        from: m.offset - sentence.offset,
        to: m.offset - sentence.offset + m.length,
      }));
    const reading = readSubject(phrase, inPhrase);
    if (!reading) return null;
    if (reading.type === 'known') return { id: reading.id, at: phrase.from };
    const known = personByName.get(reading.name.toLowerCase());
    if (known) return { id: known, at: phrase.from };
    const seen = newcomers.get(reading.shortName) ?? newcomers.get(reading.name);
    if (seen) return { id: seen.id, at: phrase.from, newcomer: seen };
    const country = reading.qualifiers.map(countryOf).find(Boolean);
    const body = reading.qualifiers.find((q) => {
      const kind = actorById.get(q)?.kind;
      return kind === 'government-body' || kind === 'security-force';
    });
    const newcomer: DiscoveredActor = {
      id: idOf(reading.name),
      name: reading.name,
      shortName: reading.shortName,
      kind: reading.kind,
      ...(country ? { country } : {}),
      ...(body && reading.kind === 'person' ? { body } : {}),
      ...(reading.role ? { role: reading.role } : {}),
    };
    newcomers.set(reading.kind === 'person' ? reading.shortName : reading.name, newcomer);
    return { id: newcomer.id, at: phrase.from, newcomer };
  };
}
