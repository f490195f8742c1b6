/**
 * Where undated words belong, once the whole article is read: the occasion of
 * their voice that the report tells as news (a meeting the speaker took part in,
 * the same voice's statement, a spokesperson's readout of a call), the undated
 * statement the article already holds for that voice, or, told "afterward", an
 * occasion's day. placeHappenings.ts falls back to the report's day.
 */
import type { ActorKind } from '../../shared/schema';
import { fromIsoDay, spanOfEventDate } from '../../shared/partialDate';
import type { Article, StatementHappening } from '../types';
import type { ActorFamily } from './actorFamily';
import type { Draft } from './drafts';

/** What placing undated words reads of the article being placed. */
export interface ArticleView {
  article: Article;
  /** The drafts this article has told so far. */
  touched: Draft[];
  /** Statements placed by the report's day, by voice. */
  fallbacks: Map<string, Draft>;
}

/** Who is who: the offices' roll-up, and each actor's kind and office. */
export interface VoiceContext {
  family: ActorFamily;
  actors: Map<string, { kind: ActorKind; role?: string }>;
}

/** "a day after", "two days before", "hours after": a date told as a distance from another happening. */
const DISTANCE_FROM_ANOTHER = /\b(?:after|before)\s*$/i;

/** How many days before its publication a report's news may lie ("on Monday" in a Saturday paper). */
const NEWS_DAYS = 7;

/** Whether a draft's date lies within the days a report tells as news, not in the past it recalls. */
export function isReportsNews(draft: Draft, article: Article): boolean {
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
export function happeningOfUndatedWords(
  happening: StatementHappening,
  state: ArticleView,
  ctx: VoiceContext,
): Draft | undefined {
  const speaker = happening.speaker!;
  const sameVoice = (d: Draft) => d.main !== null && ctx.family.compatible(d.main, speaker);
  // A saying the report recalls from years back ("announcing an airstrike in 2019", in a
  // report of 2023) is no occasion of its undated words: they are the report's news.
  const anchored = state.touched.find(
    (d) =>
      d.kind === 'statement' &&
      !d.incident &&
      d.anchored &&
      sameVoice(d) &&
      isReportsNews(d, state.article),
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
  // "The US condemns …" in a report of a spokesperson's statement: the country's words are
  // its officials' news, told at the level of the country.
  if (ctx.actors.get(speaker)?.kind === 'country') {
    const ofCountry = state.touched.filter(
      (d) =>
        (isReportsNews(d, state.article) || d.date.basis === 'publication') &&
        d.kind === 'statement' &&
        !d.incident &&
        d.main !== null &&
        ctx.family.countryOf(d.main) === speaker,
    );
    return nearestBefore(ofCountry, happening, state.article);
  }
  const speakerActor = ctx.actors.get(speaker);
  if (!speakerActor?.role || !/spokes/i.test(speakerActor.role)) return undefined;
  // A spokesperson reads out the news of someone of the same country: a call or meeting,
  // or what a body of the government said that day ("The administration on Wednesday
  // affirmed …", then the spokesman's undated readout).
  const country = ctx.family.countryOf(speaker);
  const readsOut = (d: Draft) =>
    d.kind === 'meeting' ||
    d.kind === 'summit' ||
    (d.kind === 'statement' && !d.incident && ctx.actors.get(d.main!)?.kind === 'government-body');
  return nearestBefore(
    news.filter((d) => d.main !== null && ctx.family.countryOf(d.main) === country && readsOut(d)),
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
export const AFTERWARD =
  /\b(?:afterwards?|later (?:that|in the) day|after (?:the|a|an|his|her|their|this|that) (?:meeting|talks|call|lunch|dinner|summit))\b/i;

export function afterwardDate(occasion: Draft['date']): Draft['date'] {
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
export function fallbackOfVoice(speaker: string, state: ArticleView, ctx: VoiceContext) {
  const own = state.fallbacks.get(speaker);
  if (own) return own;
  const isCountry = (id: string) => ctx.family.countryOf(id) === id;
  if (isCountry(speaker)) return undefined;
  for (const [voice, draft] of state.fallbacks)
    if (!isCountry(voice) && ctx.family.compatible(voice, speaker)) return draft;
  return undefined;
}
