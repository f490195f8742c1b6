/**
 * Which happening of a sentence a date belongs to. A date right next to a verb
 * of saying ("said on Saturday", "The White House on Thursday asked") is the
 * statement's, even when an incident named later in the sentence fell on that
 * day ("…, hours after a bomber killed 40 in Pulwama"). An incident's date is
 * one in its own clause: no comma, semicolon or verb of saying between them.
 */
import type { DateMention, IncidentMention, LinkedSentence } from '../types';
import type { VerbHit } from './verbs';

interface Span {
  from: number;
  to: number;
}

const spanOf = (m: { offset: number; length: number }, sentence: LinkedSentence): Span => ({
  from: m.offset - sentence.offset,
  to: m.offset - sentence.offset + m.length,
});

/** "said on Saturday", "told reporters on Monday", "on Thursday asked", "said Thursday". */
export function isVerbsOwnDate(text: string, verb: VerbHit, date: Span): boolean {
  const verbEnd = verb.index + verb.verb.length;
  if (date.from >= verbEnd) {
    const between = text.slice(verbEnd, date.from);
    return between.length <= 40 && !/[,;"“”]|\bthat\b/.test(between);
  }
  if (date.to <= verb.index) {
    const between = text.slice(date.to, verb.index);
    return /^\s*(?:\w+ly\s+)?$/.test(between);
  }
  return false;
}

function sameClause(text: string, a: Span, b: Span, verbs: VerbHit[]): boolean {
  const from = Math.min(a.to, b.to);
  const to = Math.max(a.from, b.from);
  if (to <= from) return true;
  const between = text.slice(from, to);
  if (/[;,]/.test(between)) return false;
  return !verbs.some((v) => v.kind === 'speech' && v.index >= from && v.index < to);
}

/** A date in the sentence that dates the incident itself ("in February 14" of Pulwama). */
export function dateOfIncident(
  mention: IncidentMention,
  sentence: LinkedSentence,
  verbs: VerbHit[],
  overlaps: (date: DateMention) => boolean,
): DateMention | null {
  const where = spanOf(mention, sentence);
  const speech = verbs.filter((v) => v.kind === 'speech' && !v.nonFinite);
  return (
    sentence.dates.find((date) => {
      if (!overlaps(date)) return false;
      const at = spanOf(date, sentence);
      if (date.attachedTo) {
        const attached = spanOf(
          { offset: date.attachedTo.from, length: date.attachedTo.to - date.attachedTo.from },
          sentence,
        );
        return attached.from < where.to && where.from < attached.to;
      }
      if (speech.some((v) => isVerbsOwnDate(sentence.text, v, at))) return false;
      // "Since January 2018, Trump has stopped …", "On Monday, during a visit to Kabul, …":
      // a date that opens the sentence belongs to all of its main clause.
      if (/^\W*(?:[A-Za-z]+\s+)?$/.test(sentence.text.slice(0, at.from))) return true;
      return sameClause(sentence.text, where, at, verbs);
    }) ?? null
  );
}

/**
 * A timeline entry's date: "18 October 2009: FBI arrests …", "• 2016: India
 * again moves …". A date that opens the sentence and is followed by a colon or
 * dash heads the entry, and dates its first happening whatever other dates the
 * entry names ("… and grants the request on 21 July 2020").
 */
export function headingDate(sentence: LinkedSentence, dates: DateMention[]): DateMention | null {
  return (
    dates.find((d) => {
      const { from, to } = spanOf(d, sentence);
      return (
        /^[\s•·*–-]*$/.test(sentence.text.slice(0, from)) &&
        /^\s*[:–—-]\s/.test(sentence.text.slice(to))
      );
    }) ?? null
  );
}
