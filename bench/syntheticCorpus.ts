/**
 * A synthetic corpus of any size, made from the seed articles: publication dates
 * shifted, and people renamed (so the linker meets names it does not know).
 * Deterministic: the same size always gives the same corpus.
 */
import { addDays } from 'date-fns/addDays';
import { fromIsoDay, toIsoDay } from '../src/shared/partialDate';
import type { Article } from '../src/shared/schema';
import type { KnowledgeBase } from '../src/pipeline/knowledge/knowledgeSchema';

const GIVEN = ['Anna', 'Ravi', 'Sara', 'Omar', 'Lena', 'Arjun', 'Maya', 'Tariq', 'Nora', 'Vikram'];
const FAMILY = [
  'Castell',
  'Mehra',
  'Okafor',
  'Lindqvist',
  'Qureshi',
  'Haldane',
  'Varga',
  'Iyer',
  'Baptiste',
  'Rahimi',
];

export function syntheticCorpus(seeds: Article[], kb: KnowledgeBase, size: number): Article[] {
  const people = kb.actors.filter((a) => a.kind === 'person');
  return Array.from({ length: size }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    let text = seed.text;
    // Every third copy keeps the real names, so known actors stay in the mix.
    if (i % 3 !== 0) {
      people.forEach((person, p) => {
        const surname = person.name.split(' ').at(-1)!;
        const given = GIVEN[(i + p) % GIVEN.length]!;
        const family = `${FAMILY[(i * 7 + p) % FAMILY.length]!}`;
        text = text.split(person.name).join(`${given} ${family}`).split(surname).join(family);
      });
    }
    return {
      ...seed,
      id: `synthetic_${String(i).padStart(6, '0')}`,
      published: toIsoDay(addDays(fromIsoDay(seed.published), ((i * 37) % 2900) - 1450)),
      text,
    };
  });
}
