/**
 * Stage 5: turn happenings into timeline events. A happening told twice (in one
 * article or in several) becomes one event with several sources: statements
 * merge by speaker and date, incidents by their knowledge-base identity, and a
 * statement made at a known incident ("Tillerson urged ... during a visit to
 * Kabul") joins that incident.
 */
import type { EventActor, EventDate, Source, TimelineEvent } from '../../shared/schema';
import { spanOfEventDate } from '../../shared/partialDate';
import { longDay } from '../dates/calendar';
import type { KbActor, KbIncident, KnowledgeBase } from '../knowledge/knowledgeSchema';
import { fitGist } from '../happenings/gist';
import { MAX_TITLE, titleCandidate, type TitleCandidate } from '../happenings/titles';
import type {
  ActionHappening,
  Article,
  DateMention,
  Happening,
  IncidentHappening,
  LinkedSentence,
  StatementHappening,
} from '../types';

interface Draft {
  incident: KbIncident | null;
  kind: TimelineEvent['kind'];
  date: EventDate;
  actors: Map<string, EventActor['role']>;
  speaker: string | null;
  sources: Map<string, Source>;
  titles: TitleCandidate[];
  /** Passing references, used only when an article has no sentence that tells of the incident. */
  references: Map<string, Source>;
  /** An action's title, taken from its own clause. */
  actionTitle?: string;
}

const ROLE_ORDER: EventActor['role'][] = ['speaker', 'agent', 'target', 'participant', 'mentioned'];

function sourceOf(article: Article, sentence: LinkedSentence): Source {
  return {
    article: article.id,
    excerpt: sentence.text,
    offset: sentence.offset,
    length: sentence.text.length,
    published: article.published,
  };
}

function dateFromMention(mention: DateMention, note = ''): EventDate {
  return {
    start: mention.start,
    ...(mention.end && mention.end !== mention.start ? { end: mention.end } : {}),
    precision: mention.precision,
    basis: mention.basis,
    expression: mention.text,
    explanation:
      mention.explanation +
      (mention.openEnded ? ' The text says “since”: it began then and went on.' : '') +
      note,
    ...(mention.openEnded ? { ongoing: true as const } : {}),
  };
}

function contains(outer: EventDate, inner: EventDate): boolean {
  const a = spanOfEventDate(outer);
  const b = spanOfEventDate(inner);
  return a.start <= b.start && b.end <= a.end;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function createAssembler(kb: KnowledgeBase) {
  /** Knowledge-base actors, joined by people the articles name that it does not know. */
  const actorById = new Map<
    string,
    Pick<KbActor, 'id' | 'kind' | 'shortName' | 'aliases' | 'country'>
  >(kb.actors.map((a) => [a.id, a]));
  const incidentById = new Map(kb.incidents.map((i) => [i.id, i]));

  function incidentDate(happening: IncidentHappening, article: Article): EventDate {
    const { mention } = happening;
    const incident = incidentById.get(mention.incidentId)!;
    const kbDay = mention.end
      ? `${longDay(mention.start)} to ${longDay(mention.end)}`
      : longDay(mention.start);
    if (happening.date) {
      return {
        ...dateFromMention(
          happening.date,
          ` It agrees with the knowledge base, which dates “${incident.name}” to ${kbDay}.`,
        ),
        // The knowledge base may be more exact than the text ("Since January 2018" → 4 January).
        start: mention.start,
        ...(mention.end ? { end: mention.end } : { end: undefined }),
        precision: 'day',
      };
    }
    const recurring =
      incident.dates.length > 1
        ? ` It happened more than once; the latest time on or before the article of ${longDay(article.published)} is meant.`
        : '';
    return {
      start: mention.start,
      ...(mention.end ? { end: mention.end } : {}),
      precision: 'day',
      basis: 'knowledge-base',
      expression: mention.text,
      explanation: `The text names “${mention.text}” without a date; the knowledge base dates ${incident.name} to ${kbDay}.${recurring}`,
    };
  }

  function fallbackDate(article: Article): EventDate {
    return {
      start: article.published,
      precision: 'day',
      basis: 'publication',
      explanation: `The text gives no date for this: the article's publication on ${longDay(article.published)} stands in, so it happened then or shortly before.`,
    };
  }

  return function assemble(
    articles: Article[],
    happeningsByArticle: Map<string, Happening[]>,
  ): TimelineEvent[] {
    const drafts: Draft[] = [];
    const byIncident = new Map<string, Draft>();
    const byStatementKey = new Map<string, Draft>();
    const byAction = new Map<string, Draft>();

    const newDraft = (fields: Pick<Draft, 'incident' | 'kind' | 'date' | 'speaker'>): Draft => {
      const draft: Draft = {
        ...fields,
        actors: new Map(),
        sources: new Map(),
        titles: [],
        references: new Map(),
      };
      drafts.push(draft);
      return draft;
    };
    const addActor = (draft: Draft, id: string, role: EventActor['role']) => {
      const current = draft.actors.get(id);
      if (!current || ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(current))
        draft.actors.set(id, role);
    };
    const addSource = (draft: Draft, source: Source) =>
      draft.sources.set(`${source.article}:${source.offset}`, source);

    for (const article of articles) {
      const lastBySpeaker = new Map<string, Draft>();
      const touched = new Set<Draft>();
      for (const happening of happeningsByArticle.get(article.id) ?? []) {
        const source = sourceOf(article, happening.sentence);
        if (happening.type === 'incident') {
          const { mention } = happening;
          const key = `${mention.incidentId}:${mention.start}`;
          let draft = byIncident.get(key);
          if (!draft) {
            const incident = incidentById.get(mention.incidentId)!;
            draft = newDraft({
              incident,
              kind: incident.kind,
              date: incidentDate(happening, article),
              speaker: null,
            });
            for (const actor of incident.actors) addActor(draft, actor.id, actor.role);
            byIncident.set(key, draft);
          } else if (happening.date && draft.date.basis === 'knowledge-base') {
            draft.date = incidentDate(happening, article);
          }
          touched.add(draft);
          if (happening.describing) addSource(draft, source);
          else if (!draft.references.has(article.id)) draft.references.set(article.id, source);
          // Later "he said" lines may continue what someone said or did at the incident;
          // a country that merely took part (a summit's members) says nothing by it.
          for (const actor of draft.incident!.actors) {
            const person = actorById.get(actor.id)?.kind === 'person';
            if (
              actor.role === 'speaker' ||
              actor.role === 'agent' ||
              (person && actor.role === 'participant')
            ) {
              lastBySpeaker.set(actor.id, draft);
            }
          }
          continue;
        }
        if (happening.type === 'action') {
          mergeAction(happening, source, touched);
          continue;
        }
        if (happening.discovered && !actorById.has(happening.discovered.id)) {
          actorById.set(happening.discovered.id, {
            ...happening.discovered,
            aliases: [happening.discovered.name],
          });
        }
        mergeStatement(happening, article, source, lastBySpeaker, touched);
      }
      // An article that only refers to an incident still vouches for it, once.
      for (const draft of touched) {
        const has = [...draft.sources.values()].some((s) => s.article === article.id);
        const reference = draft.references.get(article.id);
        if (!has && reference) addSource(draft, reference);
      }
    }

    function mergeAction(happening: ActionHappening, source: Source, touched: Set<Draft>) {
      const date = dateFromMention(happening.date);
      const title = fitGist(happening.title, MAX_TITLE) ?? happening.title.slice(0, MAX_TITLE);
      const key = `${happening.kind}:${date.start}:${date.end ?? ''}:${slug(title)}`;
      let draft = byAction.get(key);
      if (!draft) {
        draft = newDraft({ incident: null, kind: happening.kind, date, speaker: null });
        draft.actionTitle = title;
        byAction.set(key, draft);
      }
      touched.add(draft);
      addSource(draft, source);
      for (const id of happening.agents) addActor(draft, id, 'agent');
      for (const id of happening.mentioned) addActor(draft, id, 'mentioned');
    }

    function mergeStatement(
      happening: StatementHappening,
      article: Article,
      source: Source,
      lastBySpeaker: Map<string, Draft>,
      touched: Set<Draft>,
    ) {
      const { speaker } = happening;
      if (!speaker || happening.habitual) return;
      const speakerActor = actorById.get(speaker)!;
      const ownDate = happening.date ? dateFromMention(happening.date) : null;
      const atIncident = happening.sentence.incidents
        .map((m) => byIncident.get(`${m.incidentId}:${m.start}`))
        .find(
          (d) =>
            // A person joins an incident they took part in; a country only one it did or said.
            d?.incident?.actors.some(
              (a) =>
                a.id === speaker &&
                (speakerActor.kind === 'person' || a.role === 'speaker' || a.role === 'agent'),
            ) &&
            (!ownDate || contains(ownDate, d.date) || contains(d.date, ownDate)),
        );
      const previous = lastBySpeaker.get(speaker);

      let draft: Draft | undefined;
      if (atIncident) draft = atIncident;
      else if (!ownDate) draft = previous;
      else if (previous && (contains(previous.date, ownDate) || contains(ownDate, previous.date))) {
        draft = previous;
        // "on Saturday" is sharper than "this week": keep the sharper one.
        if (contains(previous.date, ownDate) && previous.date.basis !== 'knowledge-base')
          previous.date = ownDate;
      } else {
        draft = byStatementKey.get(`${speaker}:${ownDate.start}:${ownDate.end ?? ''}`);
      }

      if (!draft) {
        // A country "has reiterated" with no date is an article's summary, not a happening.
        if (!ownDate && speakerActor.kind === 'country') return;
        draft = newDraft({
          incident: null,
          kind: 'statement',
          date: ownDate ?? fallbackDate(article),
          speaker,
        });
        if (ownDate) byStatementKey.set(`${speaker}:${ownDate.start}:${ownDate.end ?? ''}`, draft);
      }
      touched.add(draft);
      lastBySpeaker.set(speaker, draft);
      addSource(draft, source);
      addActor(draft, speaker, 'speaker');
      for (const id of happening.targets) addActor(draft, id, 'target');
      for (const id of happening.mentioned) addActor(draft, id, 'mentioned');
      if (happening.gist && !draft.incident) {
        // Score against the event's main target, the first one named.
        const primary = [...draft.actors].find(([, role]) => role === 'target')?.[0];
        const target = primary ? actorById.get(primary) : undefined;
        const names = target ? [target.shortName, ...target.aliases] : [];
        const candidate = titleCandidate(
          speakerActor.shortName,
          happening.gist,
          names,
          draft.sources.size === 1,
        );
        if (candidate) draft.titles.push(candidate);
      }
    }

    const crisisFor = (date: EventDate) => {
      const day = (date.start + '-01-01').slice(0, 10);
      return kb.crises.find((c) => c.start <= day && day <= c.end)?.id ?? null;
    };

    const usedIds = new Set<string>();
    const events = drafts
      .filter((d) => d.sources.size > 0)
      .map((draft): TimelineEvent => {
        const speaker = draft.speaker ? actorById.get(draft.speaker) : undefined;
        const target = [...draft.actors].find(([, role]) => role === 'target')?.[0];
        const best = [...draft.titles].sort((a, b) => b.score - a.score)[0];
        const title =
          draft.incident?.title ??
          draft.actionTitle ??
          best?.text ??
          `${speaker?.shortName ?? 'Statement'} on ${target ? actorById.get(target)?.shortName : 'terrorism'}`;
        const baseId = draft.incident
          ? `${draft.date.start}-${draft.incident.id}`
          : draft.actionTitle
            ? `${draft.date.start}-${slug(draft.actionTitle).split('-').slice(0, 6).join('-')}`
            : `${draft.date.start}-${draft.speaker}${target ? `-on-${target}` : ''}`;
        let id = baseId;
        for (let n = 2; usedIds.has(id); n++) id = `${baseId}-${n}`;
        usedIds.add(id);
        const actors = [...draft.actors]
          .map(([actorId, role]) => ({ id: actorId, role }))
          .sort(
            (a, b) =>
              ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.id.localeCompare(b.id),
          );
        const sources = [...draft.sources.values()].sort(
          (a, b) =>
            a.published.localeCompare(b.published) ||
            a.article.localeCompare(b.article) ||
            a.offset - b.offset,
        );
        return {
          id: slug(id),
          title,
          kind: draft.kind,
          date: Object.fromEntries(
            Object.entries(draft.date).filter(([, v]) => v !== undefined),
          ) as EventDate,
          actors,
          crisis: draft.incident ? draft.incident.crisis : crisisFor(draft.date),
          ...(draft.incident?.place ? { place: draft.incident.place } : {}),
          sources,
        };
      });
    return events.sort(
      (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
    );
  };
}
