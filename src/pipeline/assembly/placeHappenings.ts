/**
 * Places one article's happenings into drafts, so that each happening is one
 * event however many sentences or articles tell it:
 * - an incident by its knowledge-base identity;
 * - an action into the article's incident of the same kind and day, else a
 *   draft of the same kind and day (in this article, or in another that shares
 *   an agent or a place);
 * - a statement into one of the same voice (the same speaker, or one that
 *   contains the other: "the US" and its spokesperson) and a compatible day;
 *   undated words join the same voice's statement in the article, and only
 *   when nothing in the article dates them do they fall back, flagged, to the
 *   publication day.
 */
import type { KbIncident } from '../knowledge/knowledgeSchema';
import type {
  ActionHappening,
  Article,
  Happening,
  IncidentHappening,
  StatementHappening,
} from '../types';
import type { ActorFamily, FamilyMember } from './actorFamily';
import { addActor, addSource, joinVoice, sourceOf, type Draft, type DraftBook } from './drafts';
import {
  compatibleDates,
  contains,
  dateFromMention,
  fallbackDate,
  incidentDate,
} from './eventDates';
import { fromIsoDay, spanOfEventDate } from '../../shared/partialDate';

export interface PlacingContext {
  book: DraftBook;
  family: ActorFamily;
  incidentById: Map<string, KbIncident>;
  /** Known actors, joined by newcomers as articles name them. */
  actors: Map<string, FamilyMember & { shortName: string; aliases: string[]; role?: string }>;
}

interface ArticleState {
  article: Article;
  touched: Draft[];
  lastByVoice: Map<string, Draft>;
  undated: StatementHappening[];
  /** Calls and meetings told with no date, placed once the article is read. */
  undatedActions: ActionHappening[];
  /** Statements dated by the report's day, by voice, so one voice's undated words make one. */
  fallbacks: Map<string, Draft>;
}

const touch = (state: ArticleState, draft: Draft) => {
  if (!state.touched.includes(draft)) state.touched.push(draft);
};

export function placeArticle(article: Article, happenings: Happening[], ctx: PlacingContext) {
  const state: ArticleState = {
    article,
    touched: [],
    lastByVoice: new Map(),
    undated: [],
    undatedActions: [],
    fallbacks: new Map(),
  };
  for (const happening of happenings) {
    if (happening.type === 'incident') placeIncident(happening, state, ctx);
    else if (happening.type === 'action') placeAction(happening, state, ctx);
    else placeStatement(happening, state, ctx);
  }
  for (const happening of state.undatedActions) placeUndatedAction(happening, state, ctx);
  for (const happening of state.undated) placeUndated(happening, state, ctx);
  foldIntoIncidents(state);
  // An article that only refers to an incident still vouches for it, once.
  for (const draft of state.touched) {
    const has = [...draft.sources.values()].some((s) => s.article === article.id);
    const reference = draft.references.get(article.id);
    if (!has && reference) addSource(draft, reference);
  }
}

/**
 * "Trump on Monday night warned Pakistan …" and, two sentences on, the speech the
 * knowledge base knows ("… in a televised address at Fort Myer"): a statement of
 * one of an incident's own voices, on its day, told in the same article, is it.
 */
function foldIntoIncidents(state: ArticleState) {
  for (const draft of state.touched) {
    if (draft.incident || draft.kind !== 'statement' || !draft.main) continue;
    const incident = state.touched.find(
      (d) =>
        d.incident?.kind === 'statement' &&
        d.incident.actors.some((a) => a.id === draft.main && a.role === 'speaker') &&
        compatibleDates(d.date, draft.date),
    );
    if (!incident) continue;
    for (const source of draft.sources.values()) addSource(incident, source);
    for (const [id, role] of draft.actors) addActor(incident, id, role);
    draft.sources.clear();
  }
}

function placeIncident(happening: IncidentHappening, state: ArticleState, ctx: PlacingContext) {
  const { mention } = happening;
  const key = `${mention.incidentId}:${mention.start}`;
  const incident = ctx.incidentById.get(mention.incidentId)!;
  let draft = ctx.book.incident(key);
  if (!draft) {
    draft = ctx.book.create({
      incident,
      kind: incident.kind,
      date: incidentDate(happening, incident, state.article),
      main: null,
    });
    for (const actor of incident.actors) addActor(draft, actor.id, actor.role);
    ctx.book.setIncident(key, draft);
  } else if (happening.date && draft.date.basis === 'knowledge-base') {
    draft.date = incidentDate(happening, incident, state.article);
  }
  touch(state, draft);
  const source = sourceOf(state.article, happening.sentence);
  if (happening.describing) {
    addSource(draft, source);
    draft.describing = true;
  } else if (!draft.references.has(state.article.id)) {
    draft.references.set(state.article.id, source);
  }
  if (mention.start > state.article.published) draft.planned = true;
  // Later "he said" lines may continue what someone said or did at the incident;
  // a country that merely took part (a summit's members) says nothing by it.
  for (const actor of incident.actors) {
    const person = ctx.actors.get(actor.id)?.kind === 'person';
    if (
      actor.role === 'speaker' ||
      actor.role === 'agent' ||
      (person && actor.role === 'participant')
    )
      state.lastByVoice.set(actor.id, draft);
  }
}

function sharesAgentOrPlace(draft: Draft, agents: string[], places: Set<string>): boolean {
  const acting = (id: string) => {
    const role = draft.actors.get(id);
    return draft.main === id || role === 'agent' || role === 'speaker';
  };
  return agents.some(acting) || [...places].some((p) => draft.places.has(p));
}

const knownByWhatAndWhen = (kind: Draft['kind']) => kind === 'attack' || kind === 'strike';

/**
 * Whether the doer a sentence names is an incident's actor or contains it: "the
 * United States designated" is the State Department's designation; a minister's
 * call is not his country's briefing of envoys.
 */
const standsFor = (named: string, actor: string, family: ActorFamily) =>
  named === actor ||
  (family.compatible(named, actor) && family.moreSpecific(named, actor) === actor);

/**
 * A call or meeting told with no date: the same doer's meeting of the report's
 * news in this article, else one of its own placed by the report's day, flagged
 * "on or before".
 */
function placeUndatedAction(happening: ActionHappening, state: ArticleState, ctx: PlacingContext) {
  registerNewcomer(happening.discovered, ctx);
  // The same meeting told again: one of its people among this one's (either side).
  const people = [...happening.agents, ...happening.mentioned].filter(
    (id) => ctx.actors.get(id)?.kind === 'person',
  );
  const same = state.touched.find(
    (d) =>
      (d.kind === 'meeting' || d.kind === 'summit') &&
      // The news, or a meeting this article already placed by its day (the headline's).
      (isReportsNews(d, state.article) || d.date.basis === 'publication') &&
      people.some((id) => d.main === id || d.actors.has(id)),
  );
  const draft = same ?? newAction(happening, fallbackDate(state.article), ctx);
  touch(state, draft);
  addSource(draft, sourceOf(state.article, happening.sentence));
  for (const id of happening.agents) joinVoice(draft, id, 'agent', ctx.family);
  for (const id of happening.mentioned) addActor(draft, id, 'mentioned');
  draft.describing = true;
}

function placeAction(happening: ActionHappening, state: ArticleState, ctx: PlacingContext) {
  if (!happening.date) return void state.undatedActions.push(happening);
  registerNewcomer(happening.discovered, ctx);
  const date = dateFromMention(happening.date);
  const places = new Set(happening.places);
  const sameDay = (d: Draft) =>
    d.date.start === date.start && (d.date.end ?? '') === (date.end ?? '');
  // Attacks and strikes are known by what and when (their agents often go unnamed);
  // a meeting or a decision on the same day is another one unless its doer is one of the incident's.
  const byWhatAndWhen = knownByWhatAndWhen(happening.kind);
  const sharesActor = (d: Draft) =>
    happening.agents.some((id) => [...d.actors.keys()].some((x) => standsFor(id, x, ctx.family)));
  const draft =
    // The article's incident of that kind and day ("militants stormed the base on Sunday").
    state.touched.find(
      (d) =>
        d.incident &&
        d.kind === happening.kind &&
        compatibleDates(d.date, date) &&
        (byWhatAndWhen || sharesActor(d)),
    ) ??
    knownIncidentOn(happening, state.article, ctx) ??
    state.touched.find((d) => !d.incident && d.kind === happening.kind && sameDay(d)) ??
    ctx.book
      .sameDay(happening.kind, date)
      .find((d) => !d.incident && sameDay(d) && sharesAgentOrPlace(d, happening.agents, places)) ??
    newAction(happening, date, ctx);
  touch(state, draft);
  addSource(draft, sourceOf(state.article, happening.sentence));
  const role = happening.kind === 'statement' ? 'speaker' : 'agent';
  for (const id of happening.agents) {
    if (draft.incident) addActor(draft, id, role);
    else joinVoice(draft, id, role, ctx.family);
  }
  for (const id of happening.mentioned) addActor(draft, id, 'mentioned');
  draft.describing ||= happening.describing;
  draft.planned ||= happening.date.future === true;
  for (const p of places) draft.places.add(p);
}

/** How long after a known incident a report may call it by its day alone ("the April 22 attack"). */
const RECALL_DAYS = 366;

/**
 * "India has blamed Pakistan for the April 22 attack": an attack on the very day
 * of an attack the knowledge base knows, reported within a year of it, is that one.
 */
function knownIncidentOn(happening: ActionHappening, article: Article, ctx: PlacingContext) {
  const { date } = happening;
  if (!date || date.precision !== 'day' || date.end) return undefined;
  const reported = fromIsoDay(article.published).getTime();
  for (const incident of ctx.incidentById.values()) {
    if (incident.kind !== happening.kind) continue;
    if (
      !knownByWhatAndWhen(happening.kind) &&
      !incident.actors.some((a) => happening.agents.some((id) => standsFor(id, a.id, ctx.family)))
    )
      continue;
    const occurrence = incident.dates.find((o) => o.start === date.start && !o.end);
    if (!occurrence) continue;
    const age = (reported - fromIsoDay(occurrence.start).getTime()) / 86_400_000;
    if (age < 0 || age > RECALL_DAYS) continue;
    const key = `${incident.id}:${occurrence.start}`;
    const existing = ctx.book.incident(key);
    if (existing) return existing;
    const draft = ctx.book.create({
      incident,
      kind: incident.kind,
      date: { ...dateFromMention(date), start: occurrence.start },
      main: null,
    });
    for (const actor of incident.actors) addActor(draft, actor.id, actor.role);
    ctx.book.setIncident(key, draft);
    return draft;
  }
  return undefined;
}

function newAction(happening: ActionHappening, date: Draft['date'], ctx: PlacingContext): Draft {
  const draft = ctx.book.create({ incident: null, kind: happening.kind, date, main: null });
  draft.actionTitle = happening.title;
  return draft;
}

function registerNewcomer(newcomer: StatementHappening['discovered'], ctx: PlacingContext) {
  if (newcomer && !ctx.actors.has(newcomer.id))
    ctx.actors.set(newcomer.id, { ...newcomer, aliases: [newcomer.name] });
}

/** The incident a statement was made at, when its speaker took part and the days agree. */
function incidentOfStatement(
  happening: StatementHappening,
  ctx: PlacingContext,
): Draft | undefined {
  const speaker = happening.speaker!;
  const speakerKind = ctx.actors.get(speaker)?.kind;
  const ownDate = happening.date ? dateFromMention(happening.date) : null;
  return happening.sentence.incidents
    .map((m) => ctx.book.incident(`${m.incidentId}:${m.start}`))
    .find(
      (d) =>
        // A person joins an incident they took part in; a country only one it did or said.
        d?.incident?.actors.some(
          (a) =>
            a.id === speaker &&
            (speakerKind === 'person' || a.role === 'speaker' || a.role === 'agent'),
        ) &&
        (!ownDate || compatibleDates(ownDate, d.date)),
    );
}

function placeStatement(happening: StatementHappening, state: ArticleState, ctx: PlacingContext) {
  const { speaker } = happening;
  if (!speaker || happening.habitual) return;
  registerNewcomer(happening.discovered, ctx);
  const atIncident = incidentOfStatement(happening, ctx);
  if (atIncident) return attach(atIncident, happening, state, ctx);
  if (!happening.date) {
    const previous = state.lastByVoice.get(speaker);
    if (previous) attach(previous, happening, state, ctx);
    else state.undated.push(happening);
    return;
  }
  const ownDate = dateFromMention(happening.date);
  const sameVoice = (d: Draft) =>
    d.kind === 'statement' &&
    !d.incident &&
    d.main !== null &&
    ctx.family.compatible(d.main, speaker);
  let draft =
    state.touched.find((d) => sameVoice(d) && compatibleDates(d.date, ownDate)) ??
    ctx.book
      .sameDay('statement', ownDate)
      .find((d) => sameVoice(d) && d.date.start === ownDate.start && d.date.end === ownDate.end);
  if (draft) {
    // "on Saturday" is sharper than "this week": keep the sharper one.
    if (contains(draft.date, ownDate) && draft.date.basis !== 'knowledge-base')
      ctx.book.redate(draft, ownDate);
  } else {
    draft = ctx.book.create({ incident: null, kind: 'statement', date: ownDate, main: null });
  }
  draft.anchored ||= happening.dateOwned;
  attach(draft, happening, state, ctx);
}

/** "a day after", "two days before", "hours after": a date told as a distance from another happening. */
const DISTANCE_FROM_ANOTHER = /\b(?:after|before)\s*$/i;

/** How many days before its publication a report's news may lie ("on Monday" in a Saturday paper). */
const NEWS_DAYS = 7;

/** Whether a draft's date lies within the days a report tells as news, not in the past it recalls. */
function isReportsNews(draft: Draft, article: Article): boolean {
  if (draft.date.basis === 'publication' || draft.planned) return false;
  const span = spanOfEventDate(draft.date);
  const published = fromIsoDay(article.published).getTime();
  return (
    span.start.getTime() <= published + 86_400_000 &&
    span.end.getTime() >= published - NEWS_DAYS * 86_400_000
  );
}

/**
 * The happening in this article that undated words of `speaker` belong to, when
 * nothing dates them: the same voice's statement whose date is the saying's
 * own; else the one happening of the report's news that the voice took part in
 * (a statement, a call, a meeting or an incident it spoke at or did), nearest
 * before the words; else, for a spokesperson, a call or meeting of the news by
 * someone of the same country (the readout of it).
 */
function happeningOfUndatedWords(
  happening: StatementHappening,
  state: ArticleState,
  ctx: PlacingContext,
): Draft | undefined {
  const speaker = happening.speaker!;
  const sameVoice = (d: Draft) => d.main !== null && ctx.family.compatible(d.main, speaker);
  const anchored = state.touched.find(
    (d) => d.kind === 'statement' && !d.incident && d.anchored && sameVoice(d),
  );
  if (anchored) return anchored;
  const news = state.touched.filter((d) => isReportsNews(d, state.article));
  // "The US on Monday …" then Trump's undated words: the wider voice takes the narrower's
  // words, not the reverse (a department's readout is not its secretary's meeting).
  const sameOrWiderVoice = (d: Draft) =>
    sameVoice(d) && ctx.family.moreSpecific(d.main!, speaker) === speaker;
  // Words to the press are an occasion of their own, not the meeting's (unless told as
  // coming right after it: placeUndated then dates them on its day).
  const { text } = happening.sentence;
  const toThePress = PRESS.test(text) && !AFTERWARD.test(text);
  const tookPart = (d: Draft) => {
    if (toThePress && d.kind !== 'statement') return false;
    // Words dated as a distance from another occasion ("a day after the US asserted …,
    // it continued") are another day's: the undated words belong to the report's own day.
    if (sameOrWiderVoice(d))
      return d.kind === 'statement'
        ? !DISTANCE_FROM_ANOTHER.test(d.date.expression ?? '')
        : d.kind === 'meeting' || d.kind === 'summit';
    const role = d.actors.get(speaker);
    const acting = role === 'speaker' || role === 'agent' || role === 'participant';
    // A person the meeting's sentence names was there; a body or country named is not.
    const person = ctx.actors.get(speaker)?.kind === 'person';
    const atMeeting = (d.kind === 'meeting' || d.kind === 'summit') && role !== undefined && person;
    return ctx.actors.get(speaker)?.kind !== 'country' && (acting || atMeeting);
  };
  const nearest = nearestBefore(news.filter(tookPart), happening, state.article);
  if (nearest) return nearest;
  const speakerActor = ctx.actors.get(speaker);
  if (!speakerActor?.role || !/spokes/i.test(speakerActor.role)) return undefined;
  const country = ctx.family.countryOf(speaker);
  return nearestBefore(
    news.filter(
      (d) =>
        (d.kind === 'meeting' || d.kind === 'summit') &&
        d.main !== null &&
        ctx.family.countryOf(d.main) === country,
    ),
    happening,
    state.article,
  );
}

/** Of `drafts`, the one whose first source in the article comes last before the words, else the first. */
function nearestBefore(drafts: Draft[], happening: StatementHappening, article: Article) {
  const firstAt = (d: Draft) =>
    Math.min(
      ...[...d.sources.values()].filter((s) => s.article === article.id).map((s) => s.offset),
    );
  const before = drafts.filter((d) => firstAt(d) < happening.sentence.offset);
  return before.sort((a, b) => firstAt(b) - firstAt(a))[0] ?? drafts[0];
}

/** Words said to the press: "told reporters", "at a news conference", "in an interview". */
const PRESS =
  /\b(?:told|telling|briefed|briefing) (?:the )?(?:reporters|journalists|the media|the press|newsmen)\b|\b(?:at|during) (?:a|the|his|her) (?:press|news) (?:conference|briefing|meet)\b|\bin an interview\b/i;

/** Words told as coming after an occasion, on its day: another happening than the occasion itself. */
const AFTERWARD =
  /\b(?:afterwards?|later (?:that|in the) day|after (?:the|a|an|his|her|their|this|that) (?:meeting|talks|call|lunch|dinner|summit))\b/i;

function afterwardDate(occasion: Draft['date']): Draft['date'] {
  return {
    ...occasion,
    expression: 'afterward',
    explanation: `The text says these words came afterward, after the occasion it has just told; that was dated so: ${occasion.explanation}`,
  };
}

/**
 * The undated statement this article already holds for the same voice: the
 * speaker's own, or a body's and its spokesperson's ("the State Department
 * said" and "Ortagus said", neither dated). A country's undated words stay its
 * own: "the US" is every official at once.
 */
function fallbackOfVoice(speaker: string, state: ArticleState, ctx: PlacingContext) {
  const own = state.fallbacks.get(speaker);
  if (own) return own;
  const isCountry = (id: string) => ctx.family.countryOf(id) === id;
  if (isCountry(speaker)) return undefined;
  for (const [voice, draft] of state.fallbacks)
    if (!isCountry(voice) && ctx.family.compatible(voice, speaker)) return draft;
  return undefined;
}

/** Undated words, once the whole article is read: the same voice's happening, else the report's day. */
function placeUndated(happening: StatementHappening, state: ArticleState, ctx: PlacingContext) {
  const speaker = happening.speaker!;
  // Not lastByVoice: by now it holds what came later in the article too, incidents among them.
  const draft =
    fallbackOfVoice(speaker, state, ctx) ?? happeningOfUndatedWords(happening, state, ctx);
  if (draft && draft.kind !== 'statement' && AFTERWARD.test(happening.sentence.text)) {
    // "Trump told reporters afterward": words of their own, on the occasion's day.
    const after = ctx.book.create({
      incident: null,
      kind: 'statement',
      date: afterwardDate(draft.date),
      main: null,
    });
    state.fallbacks.set(speaker, after);
    return attach(after, happening, state, ctx);
  }
  if (draft) return attach(draft, happening, state, ctx);
  // A country "has reiterated" with no date is an article's summary, not a happening.
  if (ctx.actors.get(speaker)?.kind === 'country') return;
  const fallback = ctx.book.create({
    incident: null,
    kind: 'statement',
    date: fallbackDate(state.article),
    main: null,
  });
  state.fallbacks.set(speaker, fallback);
  attach(fallback, happening, state, ctx);
}

function attach(
  draft: Draft,
  happening: StatementHappening,
  state: ArticleState,
  ctx: PlacingContext,
) {
  const speaker = happening.speaker!;
  touch(state, draft);
  state.lastByVoice.set(speaker, draft);
  addSource(draft, sourceOf(state.article, happening.sentence));
  draft.describing = true;
  if (draft.incident) addActor(draft, speaker, 'speaker');
  else joinVoice(draft, speaker, 'speaker', ctx.family);
  for (const id of happening.targets) addActor(draft, id, 'target');
  for (const id of happening.mentioned) addActor(draft, id, 'mentioned');
  if (happening.gist && !draft.incident)
    draft.gists.push({ gist: happening.gist, first: draft.sources.size === 1 });
}
