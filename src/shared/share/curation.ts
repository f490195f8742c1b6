/**
 * What a person did to an event, in the words the exports, the citation and the
 * share page use: which fields they corrected by hand and what the machine had
 * read there, and whether the event comes from an article they added. A file that
 * leaves the app must say so itself: its reader never sees the app's marks.
 *
 * Imported with extensions: the share pages reach it through vite.config.ts.
 */
import type { Actor, CorrectionField, Crisis, TimelineEvent } from '../schema';
import { KIND_LABELS, roleWords } from '../kinds.ts';
import { dateWording } from '../dateWording.ts';

/** Names for the machine's actors and crisis; without them, their ids are said. */
export interface CurationLookups {
  actors?: ReadonlyMap<string, Actor>;
  crises?: ReadonlyMap<string, Crisis>;
}

/** Each field a person corrected, once, in the order first corrected: ["title", "date"]. */
export function correctedFields(event: Pick<TimelineEvent, 'corrected'>): CorrectionField[] {
  return [...new Set((event.corrected?.records ?? []).map((record) => record.field))];
}

/** The field in a reader's words, where its code word would puzzle one. */
export const FIELD_WORDS: Record<CorrectionField, string> = {
  title: 'title',
  date: 'date',
  kind: 'kind',
  actors: 'who took part',
  crisis: 'crisis',
  context: 'news or context',
  drop: 'dropped',
  merge: 'other events merged into it',
  split: 'passages split off',
  evidence: 'a passage added as evidence',
};

const CONTEXT_WORDS = { passing: 'named in passing', planned: 'still to come' } as const;

type Machine = NonNullable<TimelineEvent['corrected']>['machine'];

function actorWords(event: TimelineEvent, machine: Machine, lookups: CurationLookups): string {
  const actors = machine.actors ?? [];
  if (actors.length === 0) return 'no one';
  // Roles are worded by the kind the machine gave it, as the machine's reading was.
  const kind = machine.kind ?? event.kind;
  return actors
    .map(({ id, role }) => `${lookups.actors?.get(id)?.name ?? id} (${roleWords(kind, role)})`)
    .join(', ');
}

/**
 * The machine's value of each field a person changed, in words: `title “…”`,
 * `date 12 May 2031`. Sources are left out (the passages are listed anyway).
 */
export function machineReadings(event: TimelineEvent, lookups: CurationLookups = {}): string[] {
  const machine = event.corrected?.machine;
  if (!machine) return [];
  const crisisName = (id: string | null) =>
    id === null ? 'none' : (lookups.crises?.get(id)?.name ?? id);
  return [
    machine.title !== undefined ? `title “${machine.title}”` : null,
    machine.date ? `date ${dateWording(machine.date).inSentence}` : null,
    machine.kind ? `kind ${KIND_LABELS[machine.kind]}` : null,
    machine.actors ? `who took part ${actorWords(event, machine, lookups)}` : null,
    machine.crisis !== undefined ? `crisis ${crisisName(machine.crisis)}` : null,
    machine.context !== undefined
      ? machine.context === null
        ? 'news of its own'
        : CONTEXT_WORDS[machine.context]
      : null,
    machine.splitFrom ? `part of event ${machine.splitFrom}` : null,
    ...(machine.mergedFrom ?? []).map((other) => `“${other.title}” as an event of its own`),
  ].filter((reading) => reading !== null);
}

/**
 * "Corrected by hand: title, date (the machine read: title “…”; date 12 May 2031)."
 * Null for an event as the machine read it.
 */
export function correctionNote(event: TimelineEvent, lookups: CurationLookups = {}): string | null {
  const fields = correctedFields(event);
  if (fields.length === 0) return null;
  const readings = machineReadings(event, lookups);
  const what = fields.map((field) => FIELD_WORDS[field]).join(', ');
  return `Corrected by hand: ${what}${readings.length > 0 ? ` (the machine read: ${readings.join('; ')})` : ''}.`;
}

/** Said of an event told by an article a person added, in every file that carries it. */
export const OWN_ARTICLES_NOTE =
  'Told by an article a person added to this timeline (not one of the articles it was built from).';

/** The notes an export carries for this event: its corrections, its own articles; none for the machine's. */
export function curationNotes(event: TimelineEvent, lookups: CurationLookups = {}): string[] {
  const note = correctionNote(event, lookups);
  return [note, event.fromOwnArticles ? OWN_ARTICLES_NOTE : null].filter((n) => n !== null);
}
