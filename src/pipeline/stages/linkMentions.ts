/* eslint-disable max-lines-per-function -- createLinker is a factory whose closure holds the knowledge base's matchers; its steps are inner functions. */
/**
 * Stage 3: link the words of each sentence to the knowledge base: actors (by
 * name, nationality adjective, office title, "State Department official", or a
 * surname once the full name has appeared) and incidents (by alias or by a set
 * of cue words that together describe them).
 */
import { addDays } from 'date-fns';
import type { KbActor, KbIncident, KnowledgeBase } from '../knowledge/knowledgeSchema';
import { fromIsoDay, toIsoDay } from '../../shared/partialDate';
import { PhraseMatcher, type PhraseHit } from '../knowledge/phraseMatcher';
import { escapeRegExp } from '../text/escapeRegExp';
import { createIncidentMatcher } from '../knowledge/incidentMatcher';
import { isAside } from './splitSentences';
import type {
  ActorMention,
  Article,
  DateMention,
  IncidentMention,
  LinkedSentence,
  Sentence,
} from '../types';

interface ActorRef {
  actor: KbActor;
  via: ActorMention['via'];
  /**
   * An office title's holders, each with their term: "Secretary of State" is Tillerson in
   * 2017 and Rubio in 2025, "US President" Trump in both of his.
   */
  holders?: { actor: KbActor; from: string; to: string }[];
}

export interface Linker {
  link(article: Article, sentences: Sentence[], dates: DateMention[][]): LinkedSentence[];
}

/** Words that make an office title another, lesser office: "Assistant Secretary of State". */
const LESSER_OFFICE =
  /\b(?:assistant|deputy|under|vice|associate|principal deputy|acting assistant|former)\s+$/i;

/**
 * How long after a crisis ends its reports still call its incidents by generic names:
 * "the ceasefire" in a report a fortnight after the 10 May 2025 ceasefire is that one.
 */
const AFTERMATH_DAYS = 30;

export function createLinker(kb: KnowledgeBase): Linker {
  const actorPhrases = new PhraseMatcher<ActorRef>(true);
  // Without office titles: what a title out of its term ("Pakistani premier" in 2024) still says.
  const plainPhrases = new PhraseMatcher<ActorRef>(true);
  const titleHolders = new Map<string, NonNullable<ActorRef['holders']>>();
  for (const actor of kb.actors) {
    for (const matcher of [actorPhrases, plainPhrases]) {
      for (const alias of actor.aliases) matcher.add(alias, { actor, via: 'alias' });
      for (const adjective of actor.adjectives ?? [])
        matcher.add(adjective, { actor, via: 'adjective' });
      for (const official of actor.officials ?? [])
        matcher.add(official, { actor, via: 'official' });
    }
    for (const title of actor.titles ?? []) {
      // Titles are often lower-case in running text ("the secretary"), sometimes not.
      const capitalised = title.phrase[0]!.toUpperCase() + title.phrase.slice(1);
      for (const phrase of new Set([title.phrase, capitalised])) {
        const holders = titleHolders.get(phrase) ?? [];
        holders.push({ actor, from: title.from, to: title.to });
        titleHolders.set(phrase, holders);
      }
    }
  }
  // One entry a phrase, with every holder of the office: a matcher keeps one value a phrase.
  for (const [phrase, holders] of titleHolders)
    actorPhrases.add(phrase, { actor: holders[0]!.actor, via: 'title', holders });
  const surnames = kb.actors
    .filter((a) => a.kind === 'person')
    .map((person) => {
      const surname = person.name.split(' ').at(-1)!;
      return {
        person,
        surname,
        regex: new RegExp(`(?<![\\w-])${escapeRegExp(surname)}(?![\\w-])`, 'g'),
      };
    });

  const incidentPhrases = new PhraseMatcher<{ incident: KbIncident; crisisOnly: boolean }>(false);
  for (const incident of kb.incidents) {
    for (const alias of incident.aliases)
      incidentPhrases.add(alias, { incident, crisisOnly: false });
    for (const alias of incident.crisisAliases ?? [])
      incidentPhrases.add(alias, { incident, crisisOnly: true });
  }
  // When generic names mean a crisis's incidents: from its start to a month after its end.
  const crisisWindow = new Map(
    kb.crises.map((c) => [
      c.id,
      { from: c.start, to: toIsoDay(addDays(fromIsoDay(c.end), AFTERMATH_DAYS)) },
    ]),
  );
  const matchIncidents = createIncidentMatcher(kb.incidents);
  const matchInCrisis = createIncidentMatcher(kb.incidents, (i) => i.crisisMatch, true);

  /** A recurring incident means its latest occurrence on or before the report. */
  const occurrenceFor = (incident: KbIncident, published: string) => {
    const past = incident.dates.filter((d) => d.start <= published);
    return past.at(-1) ?? incident.dates[0]!;
  };
  const inCrisis = (incident: KbIncident, published: string) => {
    const window = incident.crisis ? crisisWindow.get(incident.crisis) : undefined;
    return window !== undefined && window.from <= published && published <= window.to;
  };

  return {
    link(article, sentences, dates) {
      const introduced = new Map<string, number>();
      return sentences.map((sentence, i) => {
        // A dateline names where the report was filed and by whom, no actor of the story.
        if (isAside(sentence))
          return { ...sentence, dates: [], actors: [], incidents: [] } satisfies LinkedSentence;
        // A title names whoever held the office on the report's day; "Assistant Secretary
        // of State" is another office than "Secretary of State".
        const holderOf = (hit: PhraseHit<ActorRef>, at: number) => {
          const { holders } = hit.value;
          if (!holders) return hit.value.actor;
          if (LESSER_OFFICE.test(sentence.text.slice(Math.max(0, at - 30), Math.max(0, at))))
            return undefined;
          // "External Affairs Minister Sushma Swaraj": the name that follows says who held
          // it then, whoever holds it on the report's day.
          if (/^\s+[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]+)+/.test(sentence.text.slice(at + hit.length)))
            return undefined;
          return holders.find((h) => h.from <= article.published && article.published <= h.to)
            ?.actor;
        };
        const actors: ActorMention[] = [];
        const addActor = (actor: KbActor, hit: PhraseHit<ActorRef>, at: number) =>
          actors.push({
            actorId: actor.id,
            offset: at,
            length: hit.length,
            text: hit.text,
            via: hit.value.via,
          });
        for (const hit of actorPhrases.find(sentence.text)) {
          const at = sentence.offset + hit.offset;
          const actor = holderOf(hit, hit.offset);
          if (actor) addActor(actor, hit, at);
          else
            for (const inner of plainPhrases.find(hit.text))
              addActor(inner.value.actor, inner, at + inner.offset);
        }
        for (const m of actors) if (!introduced.has(m.actorId)) introduced.set(m.actorId, m.offset);

        // A bare surname ("Wells", "Khan") names a person only after their full name appeared.
        for (const { person, surname, regex } of surnames) {
          const first = introduced.get(person.id);
          if (first === undefined || !sentence.text.includes(surname)) continue;
          for (const m of sentence.text.matchAll(regex)) {
            const offset = sentence.offset + (m.index ?? 0);
            if (offset <= first) continue;
            if (
              actors.some((a) => offset < a.offset + a.length && a.offset < offset + surname.length)
            )
              continue;
            actors.push({
              actorId: person.id,
              offset,
              length: surname.length,
              text: surname,
              via: 'surname',
            });
          }
        }
        actors.sort((a, b) => a.offset - b.offset);

        const incidents: IncidentMention[] = [];
        const toMention = (
          incident: KbIncident,
          offset: number,
          length: number,
          text: string,
          via: IncidentMention['via'],
          dated?: KbIncident['dates'][number],
        ) => {
          const occurrence = dated ?? occurrenceFor(incident, article.published);
          incidents.push({
            incidentId: incident.id,
            start: occurrence.start,
            end: occurrence.end,
            offset,
            length,
            text,
            via,
          });
        };
        for (const hit of incidentPhrases.find(sentence.text)) {
          if (hit.value.crisisOnly && !inCrisis(hit.value.incident, article.published)) continue;
          toMention(
            hit.value.incident,
            sentence.offset + hit.offset,
            hit.length,
            hit.text,
            'alias',
          );
        }
        // "now", "recently": times named but not dated date nothing downstream.
        const datable = (dates[i] ?? []).filter((d) => !d.vague);
        const inItsCrisis = matchInCrisis(sentence.text, datable, sentence.offset).filter((hit) =>
          inCrisis(hit.incident, article.published),
        );
        for (const hit of [
          ...matchIncidents(sentence.text, datable, sentence.offset),
          ...inItsCrisis,
        ]) {
          if (incidents.some((m) => m.incidentId === hit.incident.id)) continue;
          toMention(
            hit.incident,
            sentence.offset + hit.from,
            hit.to - hit.from,
            sentence.text.slice(hit.from, hit.to),
            'cue',
            hit.occurrence,
          );
        }
        const named = nameOrDate(incidents, datable, sentence);
        // Spelled out, not spread: spreading tens of thousands of sentences was slow.
        return {
          articleId: sentence.articleId,
          index: sentence.index,
          offset: sentence.offset,
          text: sentence.text,
          ...(sentence.dateline ? { dateline: true as const } : {}),
          ...(sentence.furniture ? { furniture: true as const } : {}),
          dates: named.dates,
          actors,
          incidents: named.incidents,
        };
      });
    },
  };
}

const overlaps = (a: { offset: number; length: number }, b: { offset: number; length: number }) =>
  a.offset < b.offset + b.length && b.offset < a.offset + a.length;

/**
 * Words that are both a date and an incident's name ("before September 11",
 * "the Sept. 11 attacks") are the name; a date that says more ("September 11,
 * 2019") or stands behind "on" ("on September 11") is a date, and the name
 * reading goes.
 */
export function nameOrDate(
  incidents: IncidentMention[],
  dates: DateMention[],
  sentence: Pick<Sentence, 'text' | 'offset'>,
): { incidents: IncidentMention[]; dates: DateMention[] } {
  const dropped = new Set<IncidentMention>();
  const keptDates = dates.filter((date) => {
    const name = incidents.find((m) => m.via === 'alias' && overlaps(m, date));
    if (!name) return true;
    const before = sentence.text.slice(0, date.offset - sentence.offset);
    const saysMore =
      date.offset < name.offset ||
      date.offset + date.length > name.offset + name.length ||
      /\bon\s+$/i.test(before);
    if (saysMore) dropped.add(name);
    return saysMore;
  });
  return { incidents: incidents.filter((m) => !dropped.has(m)), dates: keptDates };
}
