/**
 * Briefing and remarks transcripts: "MS BRUCE: …", "SECRETARY POMPEO: …", "Tammy
 * Bruce (00:00): …", "QUESTION: …". A label opens a turn, and every sentence up to
 * the next label is the labelled speaker's own words, said with no verb of saying.
 * The knowledge base names the speaker; a questioner, or a label it does not know,
 * speaks for no one on the timeline.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeSchema';

/** A label at the start of a paragraph: capitals ("MS BRUCE:") or a name with a timestamp. */
const LABEL =
  /^\s*(?:([A-Z][A-Z.'’ -]{1,40}[A-Z.])|([A-Z][a-z]+(?: [A-Z][a-z.]+){1,3}) \(\d{1,2}:\d{2}(?::\d{2})?\)):(?:\s|$)/;

/** Words of address or office in a label, not the name: "MS", "SECRETARY", "AMBASSADOR". */
const LABEL_TITLES = new Set(
  'MR MRS MS DR SECRETARY AMBASSADOR SPOKESPERSON SPOKESMAN SPOKESWOMAN PRESIDENT MINISTER GENERAL UNDER DEPUTY ASSISTANT ACTING SENATOR'.split(
    ' ',
  ),
);

export interface TurnLabel {
  /** Who speaks, or null for a question or a name the knowledge base does not know. */
  speaker: string | null;
  /** Where the words begin, after the label. */
  wordsAt: number;
}

export function createTurnReader(kb: KnowledgeBase) {
  // Surnames and full names of known people, in capitals, as transcripts print them.
  const byName = new Map<string, string>();
  for (const actor of kb.actors) {
    if (actor.kind !== 'person') continue;
    for (const name of [actor.name, ...actor.aliases]) {
      byName.set(name.toUpperCase(), actor.id);
      const surname = name.split(/\s+/).at(-1);
      if (surname && !byName.has(surname.toUpperCase()))
        byName.set(surname.toUpperCase(), actor.id);
    }
  }

  /** The turn a sentence opens, if it opens one. */
  return function turnLabel(sentence: string): TurnLabel | null {
    const label = LABEL.exec(sentence);
    if (!label) return null;
    const words = (label[1] ?? label[2] ?? '')
      .toUpperCase()
      .replace(/\./g, '')
      .split(/\s+/)
      .filter((w) => w && !LABEL_TITLES.has(w));
    const name = words.join(' ');
    return {
      speaker: byName.get(name) ?? byName.get(words.at(-1) ?? '') ?? null,
      wordsAt: label[0].length,
    };
  };
}
