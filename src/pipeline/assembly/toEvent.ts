/**
 * A finished draft as a timeline event: its title (who did what), a readable
 * id derived from its content, its crisis, and whether it is context rather
 * than news of its own.
 */
import type { Source, EventContext, EventDate, TimelineEvent } from '../../shared/schema';
import { fromIsoDay, spanOfEventDate } from '../../shared/partialDate';
import { boundedId } from '../../shared/ids';
import { extractOf, fitGist } from '../happenings/titleCuts';
import { MAX_TITLE, titleCandidate, withBalancedQuotes } from '../happenings/titles';
import type { KbCrisis } from '../knowledge/knowledgeSchema';
import { ROLE_ORDER, type Draft } from './drafts';

export interface Naming {
  shortName(id: string): string | undefined;
  aliases(id: string): string[];
  isPerson(id: string): boolean;
  /** Whether the source is the last words of its article's text: a page that may break off there. */
  endsItsText?(source: Source): boolean;
}

export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const DAY_MS = 86_400_000;

/** Still to come when it was told, or named only in passing (or told long after). */
export function contextOf(draft: Draft): EventContext | undefined {
  const published = [...draft.sources.values()].map((s) => fromIsoDay(s.published).getTime());
  const span = spanOfEventDate(draft.date);
  if (draft.planned || span.start.getTime() > Math.max(...published)) return 'planned';
  // Recalled a year or more after it happened ("the 26/11 attacks in 2008 killed 166").
  if (!draft.describing || Math.min(...published) - span.end.getTime() > 365 * DAY_MS)
    return 'passing';
  return undefined;
}

function targetOf(draft: Draft): string | undefined {
  return [...draft.actors].find(([, role]) => role === 'target')?.[0];
}

/**
 * A title that ends where its source sentence breaks off ("… had met Jaishankar i",
 * a page cut mid-word) says so: the text stops there, not the thought.
 */
function markBrokenOff(title: string, draft: Draft, naming: Naming): string {
  if (title.endsWith('…')) return title;
  const lastWords = (text: string) =>
    text
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .trim()
      .split(/\s+/)
      .slice(-3)
      .join(' ');
  const broken = [...draft.sources.values()].some(
    (s) =>
      naming.endsItsText?.(s) === true &&
      !/[.!?…"”’)\]]\s*$/.test(s.excerpt) &&
      lastWords(s.excerpt) === lastWords(title),
  );
  return broken ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

export function titleOf(draft: Draft, naming: Naming): string {
  return draft.incident
    ? draft.incident.title
    : markBrokenOff(textTitleOf(draft, naming), draft, naming);
}

function textTitleOf(draft: Draft, naming: Naming): string {
  if (draft.actionTitle) {
    // "He was released after …", "They both met …": the doers the finder took them for, by name.
    const actors = [...draft.actors];
    const doers = actors.filter(([, role]) => role === 'agent');
    const people = actors.filter(([id]) => naming.isPerson(id));
    const agents = (doers.length > 0 ? doers : people).map(([id]) => naming.shortName(id) ?? id);
    const title = draft.actionTitle
      .replace(/^(?:He|She)\b/, (p) => (agents.length === 1 ? agents[0]! : p))
      .replace(/^They\b/, (p) => (agents.length === 2 ? agents.join(' and ') : p));
    return fitGist(title, MAX_TITLE) ?? extractOf(title, MAX_TITLE - 1);
  }
  const nameOf = (id: string | null) => (id ? (naming.shortName(id) ?? id) : 'Statement');
  const target = targetOf(draft);
  const names = target ? [naming.shortName(target) ?? target, ...naming.aliases(target)] : [];
  // Each gist under the name of whoever said it: a spokesperson's readout joined to the
  // administration's statement does not make the administration's words his. The event's
  // own voice is preferred where its words read as well.
  const best = draft.gists
    .flatMap(({ gist, first, speaker }) => {
      const candidate = titleCandidate(nameOf(speaker), gist, names, first);
      return candidate
        ? [{ ...candidate, score: candidate.score + (speaker === draft.main ? 1 : 0) }]
        : [];
    })
    .sort((a, b) => b.score - a.score)[0];
  return best?.text ?? `${nameOf(draft.main)} makes a statement`;
}

function idOf(draft: Draft, title: string): string {
  if (draft.incident) return `${draft.date.start}-${draft.incident.id}`;
  if (draft.actionTitle)
    return `${draft.date.start}-${slug(title).split('-').slice(0, 6).join('-')}`;
  const target = targetOf(draft);
  return `${draft.date.start}-${draft.main}${target ? `-on-${target}` : ''}`;
}

export function createEventBuilder(crises: KbCrisis[], naming: Naming) {
  const crisisFor = (date: EventDate) => {
    const day = (date.start + '-01-01').slice(0, 10);
    return crises.find((c) => c.start <= day && day <= c.end)?.id ?? null;
  };
  const used = new Set<string>();
  return function toEvent(draft: Draft): TimelineEvent {
    // "… in Pakistan," ends a cut clause: a title ends on a word or a closing quote.
    const title = withBalancedQuotes(titleOf(draft, naming)).replace(/[\s,;:–—-]+$/, '');
    const base = slug(idOf(draft, title));
    let id = boundedId(base);
    for (let n = 2; used.has(id); n++) id = boundedId(base, `-${n}`);
    used.add(id);
    const context = contextOf(draft);
    return {
      id,
      title,
      kind: draft.kind,
      date: Object.fromEntries(
        Object.entries(draft.date).filter(([, v]) => v !== undefined),
      ) as EventDate,
      actors: [...draft.actors]
        .map(([actorId, role]) => ({ id: actorId, role }))
        .sort(
          (a, b) =>
            ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.id.localeCompare(b.id),
        ),
      crisis: draft.incident ? draft.incident.crisis : crisisFor(draft.date),
      ...(draft.incident?.place ? { place: draft.incident.place } : {}),
      ...(context ? { context } : {}),
      sources: [...draft.sources.values()].sort(
        (a, b) =>
          a.published.localeCompare(b.published) ||
          a.article.localeCompare(b.article) ||
          a.offset - b.offset,
      ),
    };
  };
}
