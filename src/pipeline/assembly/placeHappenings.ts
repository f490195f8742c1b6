/* eslint-disable max-lines -- the placement rules share one draft index and are read in order of precedence. */
/**
 * Places one article's happenings into drafts, so that each happening is one
 * event however many sentences or articles tell it:
 * - an incident by its knowledge-base identity;
 * - an action into the article's incident of the same kind and day, else a
 *   draft of the same kind and day (in this article, or in another that shares
 *   an agent or a place);
 * - a statement into one of the same voice (the same speaker, or one that
 *   contains the other: "the US" and its spokesperson) and a compatible day;
 *   undated words join their voice's occasion in the article (undatedWords.ts),
 *   and only when nothing in the article dates them do they fall back,
 *   flagged, to the publication day; so do calls and meetings told undated.
 * Across articles, mergeDrafts.ts then joins what this could not see.
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
import { fromIsoDay } from '../../shared/partialDate';
import { FAMILY_OF } from './draftTraits';
import {
  AFTERWARD,
  afterwardDate,
  fallbackOfVoice,
  happeningOfUndatedWords,
  isReportsNews,
} from './undatedWords';

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

/** Places an article's happenings; returns the drafts it told of, new or joined. */
export function placeArticle(
  article: Article,
  happenings: Happening[],
  ctx: PlacingContext,
): Draft[] {
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
  // A country's undated words last: they may join what its officials said (undated too).
  const isCountry = (h: StatementHappening) => ctx.actors.get(h.speaker!)?.kind === 'country';
  for (const happening of state.undated.filter((h) => !isCountry(h)))
    placeUndated(happening, state, ctx);
  for (const happening of state.undated.filter(isCountry)) placeUndated(happening, state, ctx);
  foldIntoIncidents(state, ctx);
  // An article that only refers to an incident still vouches for it, once.
  for (const draft of state.touched) {
    const has = [...draft.sources.values()].some((s) => s.article === article.id);
    const reference = draft.references.get(article.id);
    if (!has && reference) addSource(draft, reference);
  }
  return state.touched;
}

/**
 * "Trump on Monday night warned Pakistan …" and, two sentences on, the speech the
 * knowledge base knows ("… in a televised address at Fort Myer"): a statement of
 * one of an incident's own voices, on its day, told in the same article, is it.
 * So is a doer's telling of its own deed in the deed's sentence ("India said its
 * jets hit a camp" is the strike, told by India), whatever day the report gives it.
 */
function foldIntoIncidents(state: ArticleState, ctx: PlacingContext) {
  const countryOf = (id: string) => ctx.actors.get(id)?.country ?? id;
  for (const draft of state.touched) {
    if (draft.incident || draft.kind !== 'statement' || !draft.main) continue;
    const speaker = draft.main;
    const incident = state.touched.find(
      (d) =>
        (d.incident?.kind === 'statement' &&
          d.incident.actors.some((a) => a.id === speaker && a.role === 'speaker') &&
          compatibleDates(d.date, draft.date)) ||
        (d.incident?.kind === 'meeting' && isReadoutOf(d, draft, ctx)) ||
        (d.incident &&
          d.incident.kind !== 'statement' &&
          [...draft.sources.keys()].some((key) => d.sources.has(key)) &&
          d.incident.actors.some(
            (a) => a.role === 'agent' && (a.id === speaker || countryOf(a.id) === speaker),
          )),
    );
    if (!incident) continue;
    for (const source of draft.sources.values()) addSource(incident, source);
    for (const [id, role] of draft.actors) addActor(incident, id, role);
    draft.sources.clear();
  }
}

/**
 * "Rice spoke to Doval …, the spokesman said in a read-out" beside the call the
 * knowledge base knows that Wednesday: words of one side's country, on the call's
 * day, that name every side of it, told in the same article, are its readout.
 */
function isReadoutOf(call: Draft, words: Draft, ctx: PlacingContext): boolean {
  if (words.date.basis === 'publication' || words.date.precision !== 'day') return false;
  if (words.date.start !== call.date.start || call.date.end) return false;
  const sides = call.incident!.actors;
  if (!sides.every((a) => words.actors.has(a.id))) return false;
  const countryOf = (id: string) => {
    const actor = ctx.actors.get(id);
    return actor?.kind === 'country' ? actor.id : actor?.country;
  };
  const voice = countryOf(words.main!);
  return voice !== undefined && sides.some((a) => countryOf(a.id) === voice);
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
  const same =
    happening.kind === 'meeting' || happening.kind === 'summit'
      ? sameMeeting(happening, state, ctx)
      : sameDeed(happening, state, ctx);
  const draft = same ?? newAction(happening, fallbackDate(state.article), ctx);
  touch(state, draft);
  addSource(draft, sourceOf(state.article, happening.sentence));
  for (const id of happening.agents) joinVoice(draft, id, 'agent', ctx.family);
  for (const id of happening.mentioned) addActor(draft, id, 'mentioned');
  draft.describing = true;
}

/** The same meeting told again: one of its people among this one's (either side). */
function sameMeeting(happening: ActionHappening, state: ArticleState, ctx: PlacingContext) {
  const people = [...happening.agents, ...happening.mentioned].filter(
    (id) => ctx.actors.get(id)?.kind === 'person',
  );
  return state.touched.find(
    (d) =>
      (d.kind === 'meeting' || d.kind === 'summit') &&
      // The news, or a meeting this article already placed by its day (the headline's).
      (isReportsNews(d, state.article) || d.date.basis === 'publication') &&
      people.some((id) => d.main === id || d.actors.has(id)),
  );
}

/**
 * "The US designated the group" after "Washington on Thursday designated …": an
 * undated deed this article already told with its date, by the same doer (or, when
 * the doer is not named alike, the one deed of that family the report tells as news).
 */
function sameDeed(happening: ActionHappening, state: ArticleState, ctx: PlacingContext) {
  const family = FAMILY_OF[happening.kind];
  // Only what the report tells as news: "India and Pakistan agreed to cease fire" is not
  // India's suspension of a treaty three weeks before.
  const deeds = state.touched.filter(
    (d) =>
      d.kind !== 'statement' &&
      FAMILY_OF[d.kind] === family &&
      (isReportsNews(d, state.article) || d.date.basis === 'publication'),
  );
  const acting = (d: Draft, id: string) =>
    (d.main !== null && ctx.family.compatible(d.main, id)) ||
    ['agent', 'speaker', 'participant'].includes(d.actors.get(id) ?? '');
  const byDoer = deeds.find((d) => happening.agents.some((id) => acting(d, id)));
  if (byDoer) return byDoer;
  const sameKind = deeds.filter((d) => d.kind === happening.kind);
  return sameKind.length === 1 ? sameKind[0] : undefined;
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

/** Actors whose officials speak for what they did. */
const GOVERNMENTS = new Set(['country', 'government-body']);

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
        // A person joins an incident they took part in; a country only one it did or said;
        // an official of the government that did it, naming it, announces it ("we are
        // suspending security assistance," said the spokeswoman).
        d?.incident?.actors.some(
          (a) =>
            (a.id === speaker &&
              (speakerKind === 'person' || a.role === 'speaker' || a.role === 'agent')) ||
            (a.role === 'agent' &&
              GOVERNMENTS.has(ctx.actors.get(a.id)?.kind ?? '') &&
              ctx.family.compatible(a.id, speaker)),
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

/** Undated words, once the whole article is read: the same voice's happening, else the report's day. */
function placeUndated(happening: StatementHappening, state: ArticleState, ctx: PlacingContext) {
  const speaker = happening.speaker!;
  // Not lastByVoice: by now it holds what came later in the article too, incidents among them.
  const draft =
    fallbackOfVoice(speaker, state, ctx) ?? happeningOfUndatedWords(happening, state, ctx);
  // A statement of the voice's own, for its undated words that follow too.
  const ownStatement = (date: Draft['date']) => {
    const own = ctx.book.create({ incident: null, kind: 'statement', date, main: null });
    state.fallbacks.set(speaker, own);
    attach(own, happening, state, ctx);
  };
  // "Trump told reporters afterward": words of their own, on the occasion's day.
  if (draft && draft.kind !== 'statement' && AFTERWARD.test(happening.sentence.text))
    return ownStatement(afterwardDate(draft.date));
  if (draft) return attach(draft, happening, state, ctx);
  if (ctx.actors.get(speaker)?.kind === 'country' && isStandingPosition(happening)) return;
  ownStatement(fallbackDate(state.article));
}

/**
 * A country's undated words that tell where it stands, not something it did: "Pakistan
 * has long denied …", "India has so far rejected …" (a perfect that sums up; a bare
 * one, "India has termed the release …", is news), "Pakistan
 * denies this." (the present, in the body of a report), "China has backed Pakistan,
 * highlighting …" (a participle, the writer's gloss). "Islamabad denied the claims" is
 * a happening; so is a headline's present ("US condemns attack"), the news told short.
 */
/** "has long denied", "has so far rejected", "has always maintained": a perfect that sums up. */
const STANDING_PERFECT =
  /\b(?:has|have)\s+(?:(?:long|always|repeatedly|consistently|so far|never|often|traditionally|continued to|been)\s+)+$/i;

function isStandingPosition(happening: StatementHappening): boolean {
  const { text } = happening.sentence;
  const before = text.slice(0, happening.verbOffset - happening.sentence.offset);
  if (STANDING_PERFECT.test(before) || /ing$/i.test(happening.verb)) return true;
  const headline = !/[.!?”"’]\s*$/.test(text);
  return !headline && !/ed$|\b(?:said|told|wrote|made|sent|gave)$/i.test(happening.verb);
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
    draft.gists.push({ gist: happening.gist, first: draft.sources.size === 1, speaker });
}
