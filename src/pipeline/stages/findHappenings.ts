/**
 * Stage 4: find the happenings in each sentence and who did them. Statements
 * need a speaker (named, or carried over from "he said" / "the official said");
 * incidents come from the knowledge-base links. Background sentences with
 * neither make nothing.
 */
import type { KbActor, KnowledgeBase } from '../knowledge/knowledgeSchema';
import { spansOverlap } from '../../shared/partialDate';
import { extractGist, withoutDates } from '../happenings/gist';
import { attachedActions } from '../happenings/attachedActions';
import { placesIn } from '../happenings/places';
import { dateOfIncident, isVerbsOwnDate } from '../happenings/dateOwner';
import { verbsIn } from '../happenings/verbs';
import { createSubjectResolver, type ResolvedSubject } from '../happenings/resolveSubject';
import { subjectPhraseBefore } from '../happenings/subject';
import { actionClause, findActionVerb } from '../happenings/actions';
import { nameAfter, nameBefore, personId } from '../happenings/names';
import {
  attributionVerb,
  findSpeechVerbs,
  isHabitual,
  subjectClue,
  type VerbHit,
} from '../happenings/speech';
import type {
  ActionHappening,
  ActorMention,
  DiscoveredActor,
  Article,
  DateMention,
  Happening,
  IncidentHappening,
  LinkedSentence,
  StatementHappening,
} from '../types';

/** Who is likelier to be the speaker when a clause names several actors. */
const SPEAKER_RANK: Partial<Record<KbActor['kind'], number>> = {
  person: 3,
  'government-body': 2,
  country: 1,
};

/** "officials said", "police said": a subject that names no one. */
function unnamedSubject(text: string, verbIndex: number): boolean {
  const phrase = subjectPhraseBefore(text, verbIndex);
  return phrase !== null && /^[a-z]/.test(phrase.text);
}

/** The reported words for a title, without the sentence's dates. */
function gistOf(sentence: LinkedSentence, verb: VerbHit, attributionAt: number | null) {
  const gist = extractGist(sentence.text, verb, attributionAt);
  return gist === null
    ? null
    : withoutDates(
        gist,
        sentence.dates.map((d) => d.text),
      ) || null;
}

export function createHappeningFinder(kb: KnowledgeBase) {
  const resolveSubject = createSubjectResolver(kb);
  const kindOfIncident = new Map(kb.incidents.map((i) => [i.id, i.kind]));
  const incidentKind = (id: string) => kindOfIncident.get(id);
  const actorById = new Map(kb.actors.map((a) => [a.id, a]));
  const rank = (id: string) => SPEAKER_RANK[actorById.get(id)?.kind ?? 'media'] ?? 0;

  /** The named speaker of a verb: the clause right before it first, then a wider look. */
  /**
   * A closing attribution (", Wells, the ..., told reporters.") names its speaker
   * right before the verb; an opening one ("India has ... and said") at the start.
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
    const inClause = sentence.actors.filter((m) => m.offset >= clauseStart && m.offset < verbAt);
    const afterVerb = sentence.actors.filter(
      (m) =>
        m.offset > verbAt &&
        m.offset - verbAt < verb.verb.length + 30 &&
        /^\s+(the\s+)?(senior\s+)?[A-Z]/.test(sentence.text.slice(verb.index + verb.verb.length)),
    );
    return (
      pick(inClause) ??
      pick(afterVerb) ??
      pick(sentence.actors.filter((m) => m.offset < verbAt && verbAt - m.offset < 140))
    );
  }

  return function findHappenings(article: Article, sentences: LinkedSentence[]): Happening[] {
    const happenings: Happening[] = [];
    let lastPerson: string | null = null;
    let lastBody: string | null = null;
    // People this article names who are not in the knowledge base, by surname.
    const discovered = new Map<string, DiscoveredActor>();

    for (const sentence of sentences) {
      const incidentDates = new Set<DateMention>();
      const allVerbs = verbsIn(sentence.text);
      for (const mention of sentence.incidents) {
        const date = dateOfIncident(mention, sentence, allVerbs, (d) => spansOverlap(d, mention));
        if (date) incidentDates.add(date);
        // A planned incident belongs on the timeline only when the text itself dates it.
        if (mention.start > article.published && !date) continue;
        happenings.push({
          type: 'incident',
          sentence,
          mention,
          date,
          // Told, not only named: by its own date, by name and a word of its kind, or by a
          // verb of its kind beside its name ("an attack in Pahalgam, where 26 were killed").
          describing:
            mention.via === 'cue' ||
            date !== null ||
            allVerbs.some((v) => !v.nonFinite && v.kind === incidentKind(mention.incidentId)),
        } satisfies IncidentHappening);
      }

      // Dates that belong to a happening the sentence names ("the March 3 attack").
      happenings.push(...attachedActions(sentence, incidentDates));
      const mainDates = sentence.dates.filter((d) => !incidentDates.has(d) && !d.attachedTo);

      const verbs = findSpeechVerbs(sentence.text);
      const spanOf = (d: DateMention) => ({
        from: d.offset - sentence.offset,
        to: d.offset - sentence.offset + d.length,
      });
      let verb = attributionVerb(sentence.text, verbs);
      // "Bolton told Doval on Friday that …, India's foreign ministry said": the
      // reported words carry a dated saying of their own, and that is the happening;
      // the closing attribution is only where the report had it from.
      const inner =
        verb && verb !== verbs[0]
          ? verbs.find(
              (v) =>
                v.index < verb!.index &&
                mainDates.some((d) => isVerbsOwnDate(sentence.text, v, spanOf(d))) &&
                resolveSubject(sentence, v.index, discovered),
            )
          : undefined;
      if (inner) verb = inner;
      if (!verb) {
        const undated = mainDates;
        const action = actionIn(sentence, sentence.text, undated, discovered);
        if (action) happenings.push(action);
        continue;
      }
      const closing = !inner && (verb !== verbs[0] || verb.index > sentence.text.length * 0.6);
      const clue = subjectClue(sentence.text, verb);
      let speaker: string | null = null;
      let speakerVia: StatementHappening['speakerVia'] = 'named';
      /** Where the words naming the speaker begin: the reported words end before it. */
      let speakerAt = verb.index;
      if (clue.type === 'pronoun') {
        speaker = lastPerson;
        speakerVia = 'coreference';
        speakerAt = sentence.text.slice(0, verb.index).search(/\b(he|she)\b[^,]*$/i);
      } else if (clue.type === 'descriptor') {
        // "the White House official said" names its body; "the official said" refers back,
        // to an official or a body: a person the text named by name is not "the official".
        const inPhrase = sentence.actors.filter(
          (m) =>
            m.offset >= sentence.offset + clue.from &&
            m.offset < sentence.offset + clue.to &&
            rank(m.actorId) > 0,
        );
        const named =
          inPhrase.sort((a, b) => rank(b.actorId) - rank(a.actorId))[0]?.actorId ?? null;
        speaker =
          named ?? (clue.word === 'official' ? (lastBody ?? lastPerson) : (lastPerson ?? lastBody));
        speakerVia = named ? 'named' : 'coreference';
        speakerAt = Math.min(clue.from, verb.index);
      }
      let newcomer: DiscoveredActor | undefined;
      const subject =
        clue.type === 'none' ? resolveSubject(sentence, verb.index, discovered) : null;
      if (subject) {
        speaker = subject.id;
        speakerAt = subject.at;
        newcomer = subject.newcomer;
      } else if (clue.type === 'none' && !(closing && unnamedSubject(sentence.text, verb.index))) {
        // "…, officials said": whoever said it is not named, and is not whoever the
        // reported words mention.
        speaker = namedSpeaker(sentence, verb, closing);
        const mention = sentence.actors.find(
          (m) => m.actorId === speaker && m.offset < sentence.offset + verb.index,
        );
        if (mention) speakerAt = mention.offset - sentence.offset;
      }
      if (!speaker && clue.type === 'none') {
        // Not in the knowledge base: "Foreign Minister Elena Markovic said", then "Markovic told".
        const surnames = new Set(discovered.keys());
        const named =
          nameBefore(sentence.text, verb.index, surnames) ??
          nameAfter(sentence.text, verb.index + verb.verb.length, surnames);
        if (named) {
          newcomer = discovered.get(named.surname) ?? {
            id: personId(named.name),
            name: named.name,
            shortName: named.surname,
            kind: 'person',
          };
          discovered.set(named.surname, newcomer);
          speaker = newcomer.id;
          speakerAt = Math.min(named.index, verb.index);
        }
      }
      if (speaker) {
        const kind = newcomer ? newcomer.kind : actorById.get(speaker)?.kind;
        if (kind === 'person') lastPerson = speaker;
        if (kind === 'government-body') lastBody = speaker;
      }

      const speakerCountry = speaker
        ? (newcomer?.country ?? actorById.get(speaker)?.country ?? speaker)
        : null;
      const verbAt = sentence.offset + verb.index;
      const others = sentence.actors
        .map((m) => m.actorId)
        .filter((id, i, all) => id !== speaker && id !== speakerCountry && all.indexOf(id) === i);
      // The target stands in the reported words: after the verb, or before a closing attribution.
      const reported = (m: ActorMention) =>
        closing ? m.offset < sentence.offset + speakerAt : m.offset > verbAt;
      const targetCandidates = sentence.actors.filter(
        (m) =>
          reported(m) &&
          m.actorId !== speakerCountry &&
          m.actorId !== speaker &&
          ['country', 'militant-group'].includes(actorById.get(m.actorId)?.kind ?? ''),
      );
      const targets = targetCandidates[0] ? [targetCandidates[0].actorId] : [];
      // The date nearest the verb that does not date an incident named in the same sentence.
      const ownDates = mainDates;
      // A date that stands by a verb of saying of this sentence ("denied … and said on
      // Thursday") is the saying's; else the one nearest the verb.
      let date =
        ownDates.find((d) => verbs.some((v) => isVerbsOwnDate(sentence.text, v, spanOf(d)))) ??
        ownDates.sort((a, b) => Math.abs(a.offset - verbAt) - Math.abs(b.offset - verbAt))[0] ??
        null;
      let toldByAttribution = false;
      // "Gunmen killed 14 soldiers on June 24, the army said": with a closing
      // attribution, a date among the reported words dates what was done, not the saying.
      if (closing && date && date.offset < sentence.offset + speakerAt) {
        // The reported words end at the comma that opens the attribution.
        const comma = sentence.text.lastIndexOf(',', Math.min(speakerAt, verb.index));
        const action = actionIn(
          sentence,
          sentence.text.slice(0, comma > 0 ? comma : speakerAt),
          ownDates,
          discovered,
        );
        if (action) {
          happenings.push(action);
          // "…, the State Department said": the attribution is the action's source, not a statement.
          toldByAttribution = true;
        }
      }
      if (toldByAttribution) continue;

      // "Kirby said Kerry will meet Sharif on Wednesday": a date among the reported
      // words, after a verb of doing, dates that doing; the saying takes none from it.
      const at = date ? spanOf(date) : null;
      // "denied … and said on Thursday": the date stands by a verb of the same saying.
      const dateOwned = at !== null && verbs.some((v) => isVerbsOwnDate(sentence.text, v, at));
      const reportedDates = closing
        ? []
        : ownDates.filter((d) => d.offset > verbAt && !(dateOwned && d === date));
      if (reportedDates.length > 0) {
        const action = actionIn(
          sentence,
          sentence.text,
          reportedDates,
          discovered,
          verb.index + verb.verb.length,
        );
        if (action) {
          happenings.push(action);
          if (date === action.date) date = null;
        }
      }

      // Words with no one to say them are no statement.
      if (!speaker) continue;
      happenings.push({
        type: 'statement',
        sentence,
        verb: verb.verb,
        verbOffset: verbAt,
        speaker,
        speakerVia,
        gist: gistOf(sentence, verb, closing ? Math.max(0, speakerAt) : null),
        targets,
        mentioned: others.filter((id) => !targets.includes(id)),
        date,
        dateOwned: date !== null && dateOwned,
        habitual: isHabitual(sentence.text, verb),
        ...(newcomer ? { discovered: newcomer } : {}),
      } satisfies StatementHappening);
    }
    return happenings;
  };

  /**
   * "he is scheduled to meet", "She will travel": the person named last before the
   * pronoun in the sentence.
   */
  function pronounSubject(sentence: LinkedSentence, verbIndex: number): ResolvedSubject | null {
    const before = sentence.text.slice(0, verbIndex);
    const pronoun = /\b(?:he|she)\b(?=[^,.;]*$)/i.exec(before);
    if (!pronoun) return null;
    const person = sentence.actors
      .filter(
        (m) =>
          m.offset - sentence.offset < pronoun.index && actorById.get(m.actorId)?.kind === 'person',
      )
      .at(-1);
    return person ? { id: person.actorId, at: pronoun.index } : null;
  }

  /**
   * A dated action in `text` (a prefix of the sentence), if there is one; `from`
   * skips what comes before (a verb of saying whose reported words hold it).
   */
  function actionIn(
    sentence: LinkedSentence,
    text: string,
    dates: DateMention[],
    newcomers: Map<string, DiscoveredActor>,
    from = 0,
  ): ActionHappening | null {
    const verb = findActionVerb(text, from);
    const inText = dates.filter((d) => d.offset - sentence.offset + d.length <= text.length);
    if (!verb || inText.length === 0) return null;
    const verbAt = sentence.offset + verb.index;
    const date = [...inText].sort(
      (a, b) => Math.abs(a.offset - verbAt) - Math.abs(b.offset - verbAt),
    )[0]!;
    const spans = inText.map((d) => ({
      from: d.offset - sentence.offset,
      to: d.offset - sentence.offset + d.length,
    }));
    const subject =
      resolveSubject(sentence, verb.index, newcomers) ?? pronounSubject(sentence, verb.index);
    const clauseStart = sentence.offset + Math.max(from, text.lastIndexOf(',', verb.index) + 1);
    const agents = subject
      ? [subject.id]
      : [
          ...new Set(
            sentence.actors
              .filter((m) => m.offset >= clauseStart && m.offset < verbAt)
              .map((m) => m.actorId),
          ),
        ];
    return {
      type: 'action',
      sentence,
      kind: verb.kind,
      verb: verb.verb,
      title: actionClause(text, verb.index, spans, from),
      date,
      agents,
      mentioned: [...new Set(sentence.actors.map((m) => m.actorId))].filter(
        (id) => !agents.includes(id),
      ),
      describing: true,
      places: placesIn(sentence.text),
      ...(subject?.newcomer ? { discovered: subject.newcomer } : {}),
    };
  }
}
