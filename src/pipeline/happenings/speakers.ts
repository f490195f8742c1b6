/* eslint-disable max-lines-per-function -- createSpeakerFinder is a factory whose closure holds the knowledge base's indexes; its steps are inner functions. */
/**
 * Who said it. In order: "he said" (the last person of the article), "the
 * official said" (the body it names, else the last body or person), the
 * subject phrase before the verb, the known actors around the verb, and last a
 * personal name the knowledge base does not know. "…, officials said" names no
 * one, and the reported words' actors are not made its speaker.
 */
import type { KbActor, KnowledgeBase } from '../knowledge/knowledgeSchema';
import type {
  ActorMention,
  DateMention,
  DiscoveredActor,
  LinkedSentence,
  StatementHappening,
} from '../types';
import { nameAfter, nameBefore, personId } from './names';
import type { SubjectResolver } from './resolveSubject';
import { subjectClue, type VerbHit } from './speech';
import {
  INVERTING,
  isInPrepositionalPhrase,
  isObject,
  isPossessive,
  unnamedSubject,
} from './speakerClues';
import { isFiniteVerb, tagSentence } from '../nlp/tagSentence';

/** What an article's earlier sentences leave for "he said" and "the official said". */
export interface ArticleMemory {
  lastPerson: string | null;
  /**
   * Who spoke last, person or body: "he said" goes on with them, past anyone named
   * doing something in between ("Trump has stopped all aid …. …, he said").
   */
  lastSpeaker?: string | null;
  lastBody: string | null;
  /** People and bodies this article names that the knowledge base does not, by short name. */
  discovered: Map<string, DiscoveredActor>;
  /** The day of the last happening the article dated: "This comes a day after …" counts from it. */
  lastDay: DateMention | null;
  /** The date, of any precision, of the last happening the article dated ("hours after his release"). */
  lastDate?: DateMention | null;
  /** In a transcript, whose turn it is ("MS BRUCE: …"): their words need no verb of saying. */
  turn?: string | null;
}

export interface Speaker {
  id: string | null;
  via: StatementHappening['speakerVia'];
  /** Where the words naming the speaker begin: the reported words end before it. */
  at: number;
  newcomer?: DiscoveredActor;
}

/** Who is likelier to be the speaker when a clause names several actors. */
const SPEAKER_RANK: Partial<Record<KbActor['kind'], number>> = {
  person: 3,
  'government-body': 2,
  country: 1,
};

export function createSpeakerFinder(kb: KnowledgeBase, resolveSubject: SubjectResolver) {
  const actorById = new Map(kb.actors.map((a) => [a.id, a]));
  const rank = (id: string) => SPEAKER_RANK[actorById.get(id)?.kind ?? 'media'] ?? 0;

  /**
   * The known actor a verb's words name: a closing attribution (", Wells, the ...,
   * told reporters.") right before the verb; an opening one ("India has ... and
   * said") at the start; then a wider look.
   */
  function namedSpeaker(sentence: LinkedSentence, verb: VerbHit, closing: boolean): string | null {
    const verbAt = sentence.offset + verb.index;
    const before = sentence.text.slice(0, verb.index);
    const clauseStart =
      sentence.offset + Math.max(before.lastIndexOf(','), before.lastIndexOf('”'), -1) + 1;
    const pick = (mentions: ActorMention[]) =>
      mentions
        .filter((m) => rank(m.actorId) > 0)
        .sort(
          (a, b) =>
            rank(b.actorId) - rank(a.actorId) ||
            (closing ? b.offset - a.offset : a.offset - b.offset),
        )[0]?.actorId ?? null;
    // "The commander of the coalition in Afghanistan … said": a name inside a
    // prepositional phrase is what the subject is of, not the subject.
    const inClause = sentence.actors.filter(
      (m) => m.offset >= clauseStart && m.offset < verbAt && !isInPrepositionalPhrase(sentence, m),
    );
    // "…, said Wells": only verbs that take an inverted subject; after "acknowledge"
    // or "blame" the next name is what was acknowledged or blamed.
    const inverts = INVERTING.has(verb.lemma);
    // The inverted subject runs to the next comma: "said US acting Assistant Secretary
    // of State Alice G. Wells in a tweet", "added Abbasi, who sat next to Bajwa".
    const rest = sentence.text.slice(verb.index + verb.verb.length);
    const subjectEnd = verbAt + verb.verb.length + Math.min(80, rest.search(/[,;(]|$/));
    const afterVerb = sentence.actors.filter(
      (m) =>
        inverts &&
        m.offset > verbAt &&
        m.offset < subjectEnd &&
        /^\s+(the\s+)?(senior\s+)?[A-Z]/.test(rest),
    );
    // The subject opens right after the verb ("said US acting …"); a name further on
    // ("said Operation Sindoor had been paused and that India …") is in the words said.
    const opensAfter = afterVerb.some((m) => m.offset - verbAt < verb.verb.length + 25);
    // The person it names before the country it qualifies them with; the nearest first.
    const nearestAfter = !opensAfter
      ? null
      : (afterVerb
          .filter((m) => rank(m.actorId) > 0)
          .sort((a, b) => rank(b.actorId) - rank(a.actorId) || a.offset - b.offset)[0]?.actorId ??
        null);
    // Wider, leave out what cannot be a subject: a possessive ("Trump's claims") and
    // the object of an earlier verb ("the adviser calls Doval, condemns the attack").
    const subjects = sentence.actors.filter(
      (m) =>
        m.offset < verbAt &&
        verbAt - m.offset < 140 &&
        !isPossessive(sentence, m) &&
        !isObject(sentence, m) &&
        !isInPrepositionalPhrase(sentence, m),
    );
    return (
      pick(inClause.filter((m) => !isPossessive(sentence, m))) ?? nearestAfter ?? pick(subjects)
    );
  }

  /** "Foreign Minister Elena Markovic said", then "Markovic told": a name the KB does not know. */
  function newcomerNamed(sentence: LinkedSentence, verb: VerbHit, memory: ArticleMemory) {
    const surnames = new Set(memory.discovered.keys());
    // A name after the verb is its subject only after a verb that inverts ("said Wells").
    const inverted = INVERTING.has(verb.lemma) && !verb.nonFinite;
    const named =
      nameBefore(sentence.text, verb.index, surnames) ??
      (inverted ? nameAfter(sentence.text, verb.index + verb.verb.length, surnames) : null);
    if (!named) return null;
    const newcomer = memory.discovered.get(named.surname) ?? {
      id: personId(named.name),
      name: named.name,
      shortName: named.surname,
      kind: 'person' as const,
    };
    memory.discovered.set(named.surname, newcomer);
    return { newcomer, at: Math.min(named.index, verb.index) };
  }

  /** "According to a statement by the State Department, …": the words are that actor's. */
  function accordingTo(sentence: LinkedSentence): Speaker | null {
    const lead = /^\s*according to\b([^,]{0,100}),/i.exec(sentence.text);
    if (!lead) return null;
    const end = sentence.offset + lead[0].length;
    const named = sentence.actors
      .filter((m) => m.offset < end && rank(m.actorId) > 0)
      .sort((a, b) => rank(b.actorId) - rank(a.actorId))[0];
    return named ? { id: named.actorId, via: 'named', at: lead[0].length } : null;
  }

  /**
   * "Sharif raised the issue in his meeting with Kerry, urging Washington to …": a
   * participle after a comma has the main clause's subject, not the nearest name.
   */
  function mainClauseSubject(sentence: LinkedSentence, verb: VerbHit, memory: ArticleMemory) {
    if (!verb.nonFinite || !/,\s*$/.test(sentence.text.slice(0, verb.index))) return null;
    const tokens = tagSentence(sentence.text);
    const finite = tokens.find((t, i) => t.offset < verb.index && isFiniteVerb(tokens, i));
    return finite ? resolveSubject(sentence, finite.offset, memory.discovered) : null;
  }

  function find(
    sentence: LinkedSentence,
    verb: VerbHit,
    closing: boolean,
    memory: ArticleMemory,
  ): Speaker {
    const source = accordingTo(sentence);
    if (source) return source;
    const clue = subjectClue(sentence.text, verb);
    if (clue.type === 'pronoun') {
      return {
        id: memory.lastSpeaker ?? memory.lastPerson,
        via: 'coreference',
        at: sentence.text.slice(0, verb.index).search(/\b(he|she)\b[^,]*$/i),
      };
    }
    if (clue.type === 'descriptor') {
      // "the White House official said" names its body; "the official said" refers back,
      // to an official or a body: a person the text named by name is not "the official".
      const inPhrase = sentence.actors.filter(
        (m) =>
          m.offset >= sentence.offset + clue.from &&
          m.offset < sentence.offset + clue.to &&
          rank(m.actorId) > 0,
      );
      const named = inPhrase.sort((a, b) => rank(b.actorId) - rank(a.actorId))[0]?.actorId ?? null;
      const { lastBody, lastPerson } = memory;
      return {
        id:
          named ?? (clue.word === 'official' ? (lastBody ?? lastPerson) : (lastPerson ?? lastBody)),
        via: named ? 'named' : 'coreference',
        at: Math.min(clue.from, verb.index),
      };
    }
    const subject =
      resolveSubject(sentence, verb.index, memory.discovered) ??
      mainClauseSubject(sentence, verb, memory);
    if (subject)
      return { id: subject.id, via: 'named', at: subject.at, newcomer: subject.newcomer };
    // "…, officials said": whoever said it is not named, and is not whoever the
    // reported words mention.
    // …and neither does "with opposition leaders asking Modi to explain".
    if (!((closing || verb.nonFinite) && unnamedSubject(sentence.text, verb.index))) {
      const id = namedSpeaker(sentence, verb, closing);
      if (id) {
        const mention = sentence.actors.find(
          (m) => m.actorId === id && m.offset < sentence.offset + verb.index,
        );
        return { id, via: 'named', at: mention ? mention.offset - sentence.offset : verb.index };
      }
    }
    const named = newcomerNamed(sentence, verb, memory);
    if (named)
      return { id: named.newcomer.id, via: 'named', at: named.at, newcomer: named.newcomer };
    return { id: null, via: 'named', at: verb.index };
  }

  /** The speaker of `verb`, remembered for the "he said" and "the official said" that follow. */
  return function speakerOf(
    sentence: LinkedSentence,
    verb: VerbHit,
    closing: boolean,
    memory: ArticleMemory,
  ): Speaker {
    const speaker = find(sentence, verb, closing, memory);
    if (speaker.id) {
      const kind = speaker.newcomer ? speaker.newcomer.kind : actorById.get(speaker.id)?.kind;
      if (kind === 'person') memory.lastPerson = speaker.id;
      if (kind === 'government-body') memory.lastBody = speaker.id;
      if (kind !== 'media') memory.lastSpeaker = speaker.id;
    }
    return speaker;
  };
}
