/**
 * Finds incidents a sentence tells of without naming them by an alias: one
 * name from each of the incident's `match` groups, a word of its kind, and no
 * date in the sentence that contradicts the knowledge base's. "Militants
 * stormed the Uri base on Sunday" is the Uri attack when Sunday is its day;
 * "an attack in Uri in 2021" is another attack.
 */
import { isApproximate } from '../dates/approximate';
import type { EventKind } from '../../shared/schema';
import { spansOverlap } from '../../shared/partialDate';
import { kindWords } from '../lexicon/kindWords';
import { tagSentence } from '../nlp/tagSentence';
import type { DateMention } from '../types';
import type { KbIncident } from './knowledgeSchema';
import { escapeRegExp } from '../text/escapeRegExp';
import { isInsideReportedWords, quoteOpening } from '../text/quotes';

export interface MatchHit {
  incident: KbIncident;
  /** The occurrence the sentence's own date points at; undefined when it gives none. */
  occurrence?: KbIncident['dates'][number];
  /** The span from the first name to the last word that identified it, in the sentence. */
  from: number;
  to: number;
}

interface Prepared {
  incident: KbIncident;
  groups: RegExp[];
  kind: EventKind;
}

const wordRegex = (names: string[]) =>
  new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join('|')})(?![\\w-])`, 'i');

/**
 * `groupsOf` picks which groups identify an incident (`match`, or `crisisMatch`);
 * `doerFirst` asks that every name stand before the deed word.
 */
/** Whether a month or year told close by holds none of the incident's days. */
function coarseDenies(
  incident: KbIncident,
  dates: DateMention[],
  near: (date: DateMention) => boolean,
): boolean {
  const coarse = dates.filter(
    (d) =>
      (d.precision === 'month' || d.precision === 'year') &&
      !d.openEnded &&
      !d.future &&
      !isApproximate(d.text) &&
      near(d),
  );
  return coarse.length > 0 && !coarse.some((d) => incident.dates.some((o) => spansOverlap(d, o)));
}

export function createIncidentMatcher(
  incidents: KbIncident[],
  groupsOf: (incident: KbIncident) => string[][] | undefined = (i) => i.match,
  doerFirst = false,
) {
  const prepared: Prepared[] = incidents
    .filter((i) => (groupsOf(i)?.length ?? 0) > 0)
    .map((incident) => ({
      incident,
      groups: groupsOf(incident)!.map(wordRegex),
      kind: incident.kind,
    }));
  const words = new Map<EventKind, Set<string>>();
  const wordsOf = (kind: EventKind) => {
    let set = words.get(kind);
    if (!set) words.set(kind, (set = kindWords(kind)));
    return set;
  };
  // Most sentences hold none of the first names: one scan spares them the rest.
  const anyFirstName = prepared.length
    ? wordRegex([...new Set(prepared.flatMap((p) => groupsOf(p.incident)![0]!))])
    : null;

  /**
   * Whether a date stands close by the words that name the incident. "launched
   * strikes on Wednesday as part of an operation, targeting camps … in response to
   * the attack in Pahalgam" dates the strikes, far from Pahalgam; "On Monday,
   * during a visit to Kabul" dates the visit.
   */
  const nearTo = (from: number, to: number, date: { from: number; to: number }) =>
    Math.max(from - date.to, date.from - to, 0) <= 40;

  return function matchIncidents(text: string, dates: DateMention[], at = 0): MatchHit[] {
    if (!anyFirstName?.test(text)) return [];
    const tokens = tagSentence(text);
    const hits: MatchHit[] = [];
    // Dates that are the sentence's own, not another happening's.
    const own = dates.filter((d) => !d.attachedTo || d.attachedTo.kind !== null);
    for (const { incident, groups, kind } of prepared) {
      const found = groups.map((g) => g.exec(text));
      if (found.some((m) => !m)) continue;
      const vocabulary = wordsOf(kind);
      // The kind word nearest the name: "strikes … in response to the attack in Pahalgam".
      const named = found[0]!.index;
      // A kind word among someone's words ("Rubio said both had agreed to “start
      // talks at a neutral site”") tells of what was said, not of the incident the
      // names outside belong to; "“… the recent attacks in Uri …,” he said" is one.
      const quotedApart = (offset: number) =>
        isInsideReportedWords(text, offset) &&
        found.some((m) => quoteOpening(text, m!.index) !== quoteOpening(text, offset));
      const kindWord = tokens
        .filter(
          (t, i) =>
            (vocabulary.has(t.lemma) ||
              vocabulary.has(t.text.toLowerCase()) ||
              vocabulary.has(`${t.lemma} ${tokens[i + 1]?.lemma ?? ''}`)) &&
            !quotedApart(t.offset),
        )
        .sort((a, b) => Math.abs(a.offset - named) - Math.abs(b.offset - named))[0];
      if (!kindWord) continue;
      if (doerFirst && found.some((m) => m!.index > kindWord.offset)) continue;
      const starts = [...found.map((m) => m!.index), kindWord.offset];
      const ends = [
        ...found.map((m) => m!.index + m![0].length),
        kindWord.offset + kindWord.text.length,
      ];
      const [from, to] = [Math.min(...starts), Math.max(...ends)];
      const dated = own.filter((d) => d.precision === 'day' || d.precision === 'week');
      // "the Uri attack a couple of weeks ago": a distance told roughly cannot deny a known day.
      const span = (d: DateMention) => ({ from: d.offset - at, to: d.offset - at + d.length });
      const near = dated.filter((d) => !isApproximate(d.text) && nearTo(from, to, span(d)));
      // Any day of the sentence may confirm an occurrence; only one close by denies it.
      const occurrence =
        incident.dates.find((o) => dated.some((d) => spansOverlap(d, o))) ??
        (near.length > 0 ? null : undefined);
      // A day the text gives close by that is none of the incident's: another happening.
      if (occurrence === null) continue;
      // So is a month or year close by that holds none of its days ("Last month, China
      // rejected the listing …" of an incident four years old); "since 2016" denies nothing.
      if (occurrence === undefined && coarseDenies(incident, own, (d) => nearTo(from, to, span(d))))
        continue;
      hits.push({
        incident,
        ...(occurrence ? { occurrence } : {}),
        from,
        to,
      });
    }
    return hits;
  };
}
