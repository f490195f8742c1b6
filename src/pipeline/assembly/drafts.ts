/**
 * Events while they are being put together: what each has gathered so far,
 * and the indexes by which a later report of the same happening finds it.
 */
import type { EventActor, EventDate, EventKind, Source } from '../../shared/schema';
import type { KbIncident } from '../knowledge/knowledgeSchema';
import type { Article, LinkedSentence } from '../types';
import type { ActorFamily } from './actorFamily';
import { compatibleDates } from './eventDates';

export interface Draft {
  incident: KbIncident | null;
  kind: EventKind;
  date: EventDate;
  actors: Map<string, EventActor['role']>;
  /** The one who spoke (a statement) or acted (an action); the most specific of those merged. */
  main: string | null;
  sources: Map<string, Source>;
  /** Reported words for a title, each with who said them: the title names that voice. */
  gists: { gist: string; first: boolean; speaker: string }[];
  /** Passing references, used only when an article has no sentence that tells of it. */
  references: Map<string, Source>;
  /** An action's title, taken from its own clause. */
  actionTitle?: string;
  /** Some source tells of it with a verb of its own, not only names it. */
  describing: boolean;
  /** Told as something still to come ("will meet on Wednesday"). */
  planned: boolean;
  /** The date is the saying's own ("said on Monday"), so undated words of the same voice join it. */
  anchored: boolean;
  /** Proper nouns of its sentences: two reports of an attack on one day share a place. */
  places: Set<string>;
}

export const ROLE_ORDER: EventActor['role'][] = [
  'speaker',
  'agent',
  'target',
  'participant',
  'mentioned',
];

export function sourceOf(article: Article, sentence: LinkedSentence): Source {
  return {
    article: article.id,
    excerpt: sentence.text,
    offset: sentence.offset,
    length: sentence.text.length,
    published: article.published,
  };
}

export function addActor(draft: Draft, id: string, role: EventActor['role']): void {
  const current = draft.actors.get(id);
  if (!current || ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(current))
    draft.actors.set(id, role);
}

export function addSource(draft: Draft, source: Source): void {
  draft.sources.set(`${source.article}:${source.offset}`, source);
}

/** Makes `id` the draft's main actor if it is more specific; the other stays, as mentioned. */
export function joinVoice(
  draft: Draft,
  id: string,
  role: 'speaker' | 'agent',
  family: ActorFamily,
) {
  const main = draft.main ? family.moreSpecific(draft.main, id) : id;
  if (draft.main && main !== draft.main) draft.actors.set(draft.main, 'mentioned');
  draft.main = main;
  if (main === id) addActor(draft, id, role);
  else if (!draft.actors.has(id)) draft.actors.set(id, 'mentioned');
}

/** Every draft, with the indexes that let later reports find theirs. */
export class DraftBook {
  readonly drafts: Draft[] = [];
  private readonly byIncident = new Map<string, Draft>();
  private readonly byDay = new Map<string, Draft[]>();

  create(fields: Pick<Draft, 'incident' | 'kind' | 'date' | 'main'>): Draft {
    const draft: Draft = {
      ...fields,
      actors: new Map(),
      sources: new Map(),
      gists: [],
      references: new Map(),
      describing: false,
      planned: false,
      anchored: false,
      places: new Set(),
    };
    this.drafts.push(draft);
    if (!fields.incident) this.indexByDay(draft);
    return draft;
  }

  incident(key: string): Draft | undefined {
    return this.byIncident.get(key);
  }

  setIncident(key: string, draft: Draft): void {
    this.byIncident.set(key, draft);
  }

  /** Re-files a draft whose date was sharpened. */
  redate(draft: Draft, date: EventDate): void {
    const old = this.byDay.get(draft.date.start);
    if (old)
      this.byDay.set(
        draft.date.start,
        old.filter((d) => d !== draft),
      );
    draft.date = date;
    this.indexByDay(draft);
  }

  /** Drafts of that kind whose date is compatible with `date`. */
  sameDay(kind: EventKind, date: EventDate): Draft[] {
    return (this.byDay.get(date.start) ?? []).filter(
      (d) => d.kind === kind && d.date.basis !== 'publication' && compatibleDates(d.date, date),
    );
  }

  private indexByDay(draft: Draft): void {
    const list = this.byDay.get(draft.date.start) ?? [];
    list.push(draft);
    this.byDay.set(draft.date.start, list);
  }
}
