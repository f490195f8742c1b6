/**
 * An undated telling (on or before its report) and the day another report gives the
 * same happening: the last merge step, apart from the steps that compare dates.
 */
import type { EventKind } from '../../shared/schema';
import { spanOfEventDate } from '../../shared/partialDate';
import type { ActorFamily } from './actorFamily';
import type { Draft } from './drafts';
import { doers, shareAnArticle, FAMILY_OF } from './draftTraits';

/** Words that carry what a sentence is about: not the grammar every report shares. */
const GRAMMAR = new Set(
  'about after again against also among because been before being between could every first their there these those through under until where which while would should other said says told added statement further'.split(
    ' ',
  ),
);

function contentWords(draft: Draft, cache: WeakMap<Draft, Set<string>>): Set<string> {
  let words = cache.get(draft);
  if (!words) {
    const all = [...draft.sources.values()].flatMap(
      (s) => s.excerpt.toLowerCase().match(/[a-z][a-z'-]{4,}/g) ?? [],
    );
    cache.set(draft, (words = new Set(all.filter((w) => !GRAMMAR.has(w)))));
  }
  return words;
}

/** How many days before its report an undated happening may lie and still be another report's. */
const UNDATED_REACH_DAYS = 14;

/**
 * "India denied that Modi asked for mediation" in a report two weeks on, with no date,
 * and the denial another report dates to the day: an undated telling joins the one
 * dated happening of the same voice, before its report and within two weeks, whose
 * sentences share enough of its words. Never when it fits several.
 */
function undatedFits(
  undated: Draft,
  dated: Draft,
  family: ActorFamily,
  cache: WeakMap<Draft, Set<string>>,
): boolean {
  if (dated.date.basis === 'publication') return false;
  const published = spanOfEventDate(undated.date).end.getTime();
  const span = spanOfEventDate(dated.date);
  if (span.start.getTime() > published) return false;
  if (published - span.end.getTime() > UNDATED_REACH_DAYS * 86_400_000) return false;
  if (!sameVoiceAndKind(undated, dated, family)) return false;
  const [a, b] = [contentWords(undated, cache), contentWords(dated, cache)];
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared >= 3 && shared >= 0.25 * Math.min(a.size, b.size);
}

/** Talk and decisions of one voice and kind, told in different articles. */
function sameVoiceAndKind(a: Draft, b: Draft, family: ActorFamily): boolean {
  // One kind: words at a meeting are told apart from the meeting by the reports that tell both.
  if (a.kind !== b.kind || FAMILY_OF[a.kind] === 'violence') return false;
  if (shareAnArticle(a, b) || (a.incident && b.incident)) return false;
  // A meeting's people on either side: "Imran Khan was on a visit where he met Trump".
  const takingPart = (d: Draft) => [
    ...doers(d),
    ...[...d.actors].filter(([, role]) => role === 'participant').map(([id]) => id),
  ];
  const [da, db] = [takingPart(a), takingPart(b)];
  return da.some((x) => db.some((y) => x === y || family.compatible(x, y)));
}

/**
 * Each undated telling joins the one dated happening it fits (undatedFits). Only drafts
 * of its kind dated in the weeks before it are looked at, so a large corpus stays fast.
 */
export function joinUndated(
  drafts: Draft[],
  family: ActorFamily,
  root: (d: Draft) => Draft,
  join: (a: Draft, b: Draft) => void,
): void {
  const cache = new WeakMap<Draft, Set<string>>();
  // Dated drafts by kind, in date order (dates sort as text), searched by the reach.
  const byKind = new Map<EventKind, Draft[]>();
  for (const d of drafts) {
    if (d.date.basis === 'publication') continue;
    const list = byKind.get(d.kind);
    if (list) list.push(d);
    else byKind.set(d.kind, [d]);
  }
  for (const list of byKind.values()) list.sort((a, b) => a.date.start.localeCompare(b.date.start));
  for (const undated of drafts.filter((d) => d.date.basis === 'publication')) {
    const list = byKind.get(undated.kind) ?? [];
    // From the month the reach starts in (a month's date sorts before its days) to the report.
    const earliest = reachStart(undated.date.start).slice(0, 7);
    const fits = new Set<Draft>();
    for (let i = firstFrom(list, earliest); i < list.length; i++) {
      const d = list[i]!;
      if (d.date.start > undated.date.start) break;
      if (root(d) !== root(undated) && undatedFits(undated, d, family, cache)) fits.add(root(d));
    }
    if (fits.size === 1) join([...fits][0]!, undated);
  }
}

/** The index of the first draft of `sorted` whose date starts at or after `start`. */
function firstFrom(sorted: Draft[], start: string): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.date.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first day an undated telling of `published` may reach back to. */
function reachStart(published: string): string {
  const day = new Date(`${published}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - UNDATED_REACH_DAYS);
  return day.toISOString().slice(0, 10);
}
