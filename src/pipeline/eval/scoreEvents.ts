/**
 * Scores a timeline against a gold file of the events a careful analyst would
 * put on it. Pure: gold and timeline in, a report out, so the same scoring runs
 * from the CLI and in tests.
 *
 * A gold row is found by the event that has a source in its article whose
 * excerpt holds the row's phrase; when several do (an incident and a statement
 * told in one sentence), the one of the row's kind and date is preferred. Each
 * event answers at most one row per article, so a second event for the same
 * happening shows up as a duplicate rather than as a second find.
 */
import { z } from 'zod';
import type { TimelineEvent, TimelineFile } from '../../shared/schema';

const goldRowSchema = z
  .object({
    /** YYYY, YYYY-MM or YYYY-MM-DD, at the precision the text supports. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    kind: z.string(),
    /** Acceptable speaker or agent ids, best first. */
    actor: z.array(z.string()).optional(),
    /** Words of the supporting sentence, as written. */
    phrase: z.string().min(1),
    /** Shared by rows in different articles that report one happening. */
    happening: z.string().optional(),
    context: z.enum(['passing', 'planned']).optional(),
  })
  .strict();
export type GoldRow = z.infer<typeof goldRowSchema>;

export const goldFileSchema = z
  .object({
    $comment: z.string().optional(),
    articles: z.record(z.string(), z.array(goldRowSchema)),
  })
  .strict();
export type GoldFile = z.infer<typeof goldFileSchema>;

export interface Finding {
  article: string;
  gold: GoldRow;
  event: TimelineEvent | null;
}

export interface Score {
  gold: number;
  found: number;
  exactDate: number;
  /** Found rows whose event has the row's kind. */
  rightKind: number;
  withActor: number;
  rightActor: number;
  withContext: number;
  rightContext: number;
  events: number;
  publicationDated: number;
  duplicates: TimelineEvent[];
  spurious: TimelineEvent[];
  /** Happenings told by several articles, and how many came out as one event. */
  multiSource: number;
  merged: number;
  /** Events that answer rows of different happenings. */
  wrongMerges: TimelineEvent[];
  badTitles: { event: TimelineEvent; why: string }[];
  findings: Finding[];
}

const normalise = (text: string) =>
  text.toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

const ACTING_ROLES = new Set(['speaker', 'agent', 'participant']);

/** Whether the event gives one of `ids` a role of saying or doing (not target or mentioned). */
export function actedBy(event: TimelineEvent, ids: string[]): boolean {
  return event.actors.some((a) => ACTING_ROLES.has(a.role) && ids.includes(a.id));
}

/** Why a title does not read as "who did what", or null when it does. */
export function titleFault(title: string): string | null {
  if (/^[A-Z][\w.' -]* on [A-Z]?[\w-]+$/.test(title)) return 'a "X on Y" placeholder';
  if (/\((?:PTI|ANI|AP|AFP|Reuters|IANS)\)/.test(title) || /^[A-Z]{3,}[ ,:]/.test(title))
    return 'holds a dateline';
  if (/\b(the|a|an|of|to|and|that|with|for|in|on|at|by)$/i.test(title)) return 'ends mid-phrase';
  return null;
}

function sameDay(event: TimelineEvent, date: string): boolean {
  return event.date.start === date;
}

function excerptsIn(event: TimelineEvent, article: string): string[] {
  return event.sources.filter((s) => s.article === article).map((s) => normalise(s.excerpt));
}

function pickEvent(
  candidates: TimelineEvent[],
  gold: GoldRow,
  taken: Set<TimelineEvent>,
): TimelineEvent | null {
  const score = (e: TimelineEvent) =>
    (taken.has(e) ? 0 : 4) + (e.kind === gold.kind ? 2 : 0) + (sameDay(e, gold.date) ? 1 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0] ?? null;
}

export function scoreTimeline(gold: GoldFile, timeline: TimelineFile): Score {
  const articles = new Set(Object.keys(gold.articles));
  const inSet = timeline.events.filter((e) => e.sources.some((s) => articles.has(s.article)));
  const findings: Finding[] = [];
  const answered = new Map<TimelineEvent, Finding[]>();
  const duplicates = new Set<TimelineEvent>();

  for (const [article, rows] of Object.entries(gold.articles)) {
    const here = inSet.filter((e) => e.sources.some((s) => s.article === article));
    const taken = new Set<TimelineEvent>();
    for (const row of rows) {
      const phrase = normalise(row.phrase);
      const candidates = here.filter((e) => excerptsIn(e, article).some((x) => x.includes(phrase)));
      const event = pickEvent(candidates, row, taken);
      const finding = { article, gold: row, event };
      findings.push(finding);
      if (!event) continue;
      taken.add(event);
      answered.set(event, [...(answered.get(event) ?? []), finding]);
    }
    // A second event of the same kind and day, sharing an actor, is the same happening told twice.
    for (const event of here) {
      if (taken.has(event)) continue;
      const twin = [...taken].find(
        (t) =>
          t.kind === event.kind &&
          t.date.start === event.date.start &&
          t.actors.some((a) => event.actors.some((b) => b.id === a.id && a.role !== 'mentioned')),
      );
      const echoes = rows.some(
        (row) =>
          row.kind === event.kind &&
          excerptsIn(event, article).some((x) => x.includes(normalise(row.phrase))),
      );
      if (twin || echoes) duplicates.add(event);
    }
  }

  const found = findings.filter((f) => f.event);
  const withActor = found.filter((f) => f.gold.actor);
  const withContext = findings.filter((f) => f.gold.context);
  const happenings = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.gold.happening)
      happenings.set(f.gold.happening, [...(happenings.get(f.gold.happening) ?? []), f]);
  }
  const multi = [...happenings.values()].filter((fs) => new Set(fs.map((f) => f.article)).size > 1);
  const wrongMerges = [...answered].filter(([, fs]) => {
    const keys = new Set(fs.map((f) => f.gold.happening ?? `${f.article}:${f.gold.phrase}`));
    return keys.size > 1;
  });

  return {
    gold: findings.length,
    found: found.length,
    exactDate: found.filter((f) => sameDay(f.event!, f.gold.date)).length,
    rightKind: found.filter((f) => f.event!.kind === f.gold.kind).length,
    withActor: withActor.length,
    rightActor: withActor.filter((f) => actedBy(f.event!, f.gold.actor!)).length,
    withContext: withContext.length,
    rightContext: withContext.filter((f) => f.event?.context === f.gold.context).length,
    events: inSet.length,
    publicationDated: inSet.filter((e) => e.date.basis === 'publication').length,
    duplicates: [...duplicates],
    spurious: inSet.filter((e) => !answered.has(e) && !duplicates.has(e)),
    multiSource: multi.length,
    merged: multi.filter((fs) => fs.every((f) => f.event && f.event === fs[0]!.event)).length,
    wrongMerges: wrongMerges.map(([e]) => e),
    badTitles: [...answered.keys()].flatMap((event) => {
      const why = titleFault(event.title);
      return why ? [{ event, why }] : [];
    }),
    findings,
  };
}
