/**
 * One happening, one event, across the whole corpus. Placement
 * (placeHappenings.ts) joins what one article tells and what the knowledge
 * base or a shared day indexes; what it cannot see is the same happening told
 * in other words: a call one report calls a meeting and another a statement, a
 * speech the knowledge base knows and an article's "the US on Monday warned",
 * an attack one report dates "November 2008" and another by its day. This pass
 * groups the drafts that are one happening by an explicit rule (`sameHappening`)
 * and folds each group into one.
 */
import { spanOfEventDate } from '../../shared/partialDate';
import type { ActorFamily } from './actorFamily';
import { addActor, addSource, joinVoice, type Draft } from './drafts';
import { doers, FAMILY_OF, overlaps, shareAnArticle } from './draftTraits';
import { joinUndated } from './undatedTellings';
import { compatibleDates, contains } from './eventDates';

/** The people and countries a happening is with or about: a meeting's other side. */
function counterparts(draft: Draft): Set<string> {
  return new Set(
    [...draft.actors]
      .filter(([id, role]) => id !== draft.main && (role === 'participant' || role === 'target'))
      .map(([id]) => id),
  );
}

/**
 * Where it happened, as the sentences' proper nouns (lower-case lemmas) and, for
 * an incident, the capitalised words of its place's first part ("Pulwama" of
 * "Pulwama, Jammu and Kashmir"): the town, not the region every report names.
 */
function placesOf(draft: Draft): Set<string> {
  const town = draft.incident?.place?.split(',')[0] ?? '';
  const words = town.match(/\b[A-Z][\w'-]+/g) ?? [];
  return new Set([...draft.places, ...words.map((w) => w.toLowerCase())]);
}

const sameSpan = (a: Draft, b: Draft) =>
  a.date.start === b.date.start && (a.date.end ?? '') === (b.date.end ?? '');

/**
 * Whether two drafts tell one happening (`countryVoice`: whether a country may
 * stand for its officials, as it may between reports of one day):
 * - told by different articles;
 * - kinds of one family, dates that contain one another, neither placed by the
 *   publication day alone (an unknown day agrees with nothing), and not two
 *   different incidents the knowledge base keeps apart;
 * - talk and decisions: the same voice (or one containing the other), and two
 *   meetings only if they share their other side (two calls of one minister on
 *   one day are two calls);
 * - violence: one day and no place that tells them apart, or a coarser date
 *   ("November 2008") and a shared place.
 */
export function sameHappening(
  a: Draft,
  b: Draft,
  family: ActorFamily,
  { countryVoice }: { countryVoice: boolean },
): boolean {
  if (FAMILY_OF[a.kind] !== FAMILY_OF[b.kind]) return false;
  // Within an article, placement has read the order and the words ("told reporters
  // afterward") and kept what it kept apart; this pass joins reports, not sentences.
  if (shareAnArticle(a, b)) return false;
  if (a.date.basis === 'publication' || b.date.basis === 'publication') return false;
  if (a.incident && b.incident) return false;
  if (!compatibleDates(a.date, b.date)) return false;
  if (FAMILY_OF[a.kind] === 'violence') {
    const [pa, pb] = [placesOf(a), placesOf(b)];
    if (sameSpan(a, b)) return pa.size === 0 || pb.size === 0 || overlaps(pa, pb);
    return overlaps(pa, pb);
  }
  const [da, db] = [doers(a), doers(b)];
  const voices = (x: string, y: string) =>
    x === y ||
    (family.compatible(x, y) &&
      (countryVoice || (family.countryOf(x) !== x && family.countryOf(y) !== y)));
  if (!da.some((x) => db.some((y) => voices(x, y)))) return false;
  if (a.kind === 'meeting' && b.kind === 'meeting') {
    const [ca, cb] = [counterparts(a), counterparts(b)];
    if (ca.size > 0 && cb.size > 0 && !overlaps(ca, cb)) return false;
  }
  return true;
}

/** How well a draft's date says when: an incident's, then one the text gives, then the narrowest. */
function rank(draft: Draft): [number, number, number] {
  const span = spanOfEventDate(draft.date);
  return [
    draft.incident ? 0 : 1,
    draft.date.basis === 'publication' ? 1 : 0,
    span.end.getTime() - span.start.getTime(),
  ];
}

/** The draft a group keeps: the incident, else the sharpest date, else the first made. */
function keeperOf(group: Draft[]): Draft {
  return [...group].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  })[0]!;
}

function fold(into: Draft, other: Draft, family: ActorFamily): void {
  for (const source of other.sources.values()) addSource(into, source);
  for (const [article, source] of other.references)
    if (!into.references.has(article)) into.references.set(article, source);
  for (const [id, role] of other.actors) {
    if (!into.incident && id === other.main && (role === 'speaker' || role === 'agent'))
      joinVoice(into, id, role, family);
    else addActor(into, id, role);
  }
  into.gists.push(...other.gists);
  for (const place of other.places) into.places.add(place);
  into.describing ||= other.describing;
  into.planned &&= other.planned;
  into.anchored ||= other.anchored;
  // A statement told in one report as a meeting is the meeting: "spoke with" says more than "said".
  if (into.kind === 'statement' && other.kind !== 'statement' && !into.incident) {
    into.kind = other.kind;
    into.actionTitle ??= other.actionTitle;
  }
  other.sources.clear();
  other.references.clear();
}

/** Drafts that give the same date, in groups. */
function bySpan(drafts: Draft[]): Draft[][] {
  const spans = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = `${draft.date.start}|${draft.date.end ?? ''}`;
    const group = spans.get(key);
    if (group) group.push(draft);
    else spans.set(key, [draft]);
  }
  return [...spans.values()].filter((group) => group.length > 1);
}

/**
 * Drafts by kind family and the year their date starts in: only those can be one
 * happening (containment across a new year is left alone), and the pairs to
 * compare stay few as the corpus grows.
 */
function byFamilyAndYear(drafts: Draft[]): Draft[][] {
  const groups = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = `${FAMILY_OF[draft.kind]}:${draft.date.start.slice(0, 4)}`;
    const group = groups.get(key);
    if (group) group.push(draft);
    else groups.set(key, [draft]);
  }
  return [...groups.values()];
}

/** Folds every group of drafts that tell one happening into one; returns the drafts left. */
export function mergeDrafts(drafts: Draft[], family: ActorFamily): Draft[] {
  const parent = new Map<Draft, Draft>(drafts.map((d) => [d, d]));
  const root = (d: Draft): Draft => {
    let r = d;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(d, r);
    return r;
  };
  const join = (a: Draft, b: Draft) => parent.set(root(b), root(a));
  for (const year of byFamilyAndYear(drafts)) {
    // Reports that give the same date first; then each coarser date ("late August",
    // "November 2008"), narrowest first, joins the one group it fits, and none when it
    // fits several: "last month" must not make remarks of the 6th and the 10th one.
    for (const sameDate of bySpan(year))
      for (let i = 0; i < sameDate.length; i++)
        for (let j = i + 1; j < sameDate.length; j++) {
          const [a, b] = [sameDate[i]!, sameDate[j]!];
          if (root(a) !== root(b) && sameHappening(a, b, family, { countryVoice: true }))
            join(a, b);
        }
    const width = (d: Draft) => rank(d)[1];
    // A coarse date names a happening only when it is known (an incident) or located
    // (violence in one place): "Trump said in July" fits every July remark.
    const known = year.filter((d) => d.incident !== null || FAMILY_OF[d.kind] === 'violence');
    const coarse = year.filter((d) => d.date.precision !== 'day' || d.date.end !== undefined);
    for (const wide of coarse.sort((a, b) => width(a) - width(b))) {
      const fits = new Set(
        known
          .filter((d) => !sameSpan(d, wide) && contains(wide.date, d.date))
          .filter((d) => sameHappening(wide, d, family, { countryVoice: false }))
          .map(root),
      );
      if (fits.size === 1) join([...fits][0]!, wide);
    }
  }
  joinUndated(drafts, family, root, join);
  const groups = new Map<Draft, Draft[]>();
  for (const draft of drafts) groups.set(root(draft), [...(groups.get(root(draft)) ?? []), draft]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keeper = keeperOf(group);
    for (const other of group) if (other !== keeper) fold(keeper, other, family);
  }
  return drafts.filter((d) => d.sources.size > 0 || d.references.size > 0);
}
