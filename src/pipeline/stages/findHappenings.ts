/* eslint-disable max-lines, max-lines-per-function -- the stage's steps, in order, inside one factory whose closure holds the knowledge base's indexes. */
/**
 * Stage 4: find the happenings in each sentence and who did them: the
 * knowledge-base incidents it tells of, the happenings it names by their date
 * ("the March 3 attack"), what it says was done, and what it says was said,
 * with a speaker (named, or carried over from "he said" / "the official said").
 * Background sentences with none of these make nothing. Each step is a
 * function of its own in src/pipeline/happenings/; this file puts them in order.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeSchema';
import { isAside } from './splitSentences';
import { cleanGist, extractGist, plainComplementStart, withoutDates } from '../happenings/gist';
import { createTurnReader } from '../happenings/transcriptTurns';
import { attachedActions, foldRelativeClauses } from '../happenings/attachedActions';
import { createActionFinder } from '../happenings/actionIn';
import { headingDate, isVerbsOwnDate } from '../happenings/dateOwner';
import { incidentHappenings } from '../happenings/incidentHappenings';
import { distanceClauses, distanceFromNamed } from '../happenings/distanceClauses';
import { isInsideQuotes } from '../text/quotes';
import { meetingPhrases } from '../happenings/meetingPhrases';
import { occurrenceIn } from '../happenings/occurrences';
import { verbsIn } from '../happenings/verbs';
import { createSubjectResolver } from '../happenings/resolveSubject';
import { createSpeakerFinder, type ArticleMemory, type Speaker } from '../happenings/speakers';
import { attributionVerb, findSpeechVerbs, isHabitual, type VerbHit } from '../happenings/speech';
import type {
  ActorMention,
  Article,
  DateMention,
  DiscoveredActor,
  Happening,
  LinkedSentence,
  StatementHappening,
} from '../types';

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

const spanIn = (sentence: LinkedSentence, d: DateMention) => ({
  from: d.offset - sentence.offset,
  to: d.offset - sentence.offset + d.length,
});

/**
 * Whether a verb of saying stands in a relative clause ("the group, which had
 * claimed the attack") or in a subordinate clause ("after the latter called for
 * …", "After Trump's comment about Kashmir, the ministry denied …") beside a main
 * clause with a finite verb of its own: the saying attributes nothing.
 */
function isSubordinateSaying(text: string, verb: VerbHit): boolean {
  // "TRF, which had initially claimed responsibility": the relative clause's saying is
  // the group's, never the sentence's attribution.
  if (/\b(?:which|who)\s+(?:\w+\s+){0,2}$/i.test(text.slice(0, verb.index))) return true;
  // "the attack … that was claimed by the JeM": a passive saying is not its subject's.
  if (/\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i.test(text.slice(0, verb.index)))
    return true;
  const marker =
    /\b(?:after|before|since|until|when|while|because|although|though|once|following)\b[^,;:]*$/i.exec(
      text.slice(0, verb.index),
    );
  if (!marker) return false;
  const clauseEnd = text.indexOf(',', verb.index);
  return verbsIn(text).some(
    (v) =>
      !v.nonFinite &&
      (v.index < marker.index || (clauseEnd > 0 && v.index > clauseEnd && v.kind === 'speech')),
  );
}

/** Words that make a clause's verb a plan, a wish or hearsay rather than a happening. */
const MODAL =
  /\b(?:would|will|could|might|may|shall|should|plans? to|planned to|is to|are to|was to|to)\b|\breported that\b/i;

const overlapsMention = (a: DateMention, b: DateMention) =>
  a.offset < b.offset + b.length && b.offset < a.offset + a.length;

/** The first day-precise date among a sentence's happenings: what "a day after" in the next counts from. */
function dayOf(happenings: Happening[]): DateMention | null {
  for (const h of happenings) {
    const date = h.type === 'incident' ? null : h.date;
    if (date && date.precision === 'day' && !date.end && !date.future && !date.vague) return date;
  }
  return null;
}

/** The first date of any precision among a sentence's happenings: "hours after" that one. */
function dateOf(happenings: Happening[]): DateMention | null {
  for (const h of happenings) {
    const date = h.type === 'incident' ? null : h.date;
    if (date && !date.future && !date.vague) return date;
  }
  return null;
}

/**
 * Where the reported words of an opening attribution begin: at "that" or an
 * opening quote after the verb ("said in a tweet on Friday that …"). Infinity
 * when the verb has no such complement.
 */
function reportedWordsStart(text: string, verb: VerbHit): number {
  const after = verb.index + verb.verb.length;
  const opener = /\bthat\b|["“]/.exec(text.slice(after));
  if (opener) return after + opener.index;
  // "Trump said Modi had asked him … in June": the words need no "that".
  const plain = plainComplementStart(text.slice(after));
  return plain === null ? Infinity : after + plain;
}

export function createHappeningFinder(kb: KnowledgeBase) {
  const resolveSubject = createSubjectResolver(kb);
  const speakerOf = createSpeakerFinder(kb, resolveSubject);
  const actionIn = createActionFinder(kb, resolveSubject);
  const kindOfIncident = new Map(kb.incidents.map((i) => [i.id, i.kind]));
  const actorById = new Map(kb.actors.map((a) => [a.id, a]));
  const turnLabel = createTurnReader(kb);

  /**
   * The verb that attributes the sentence, and whether it closes it (", the army
   * said"). "Bolton told Doval on Friday that …, India's foreign ministry said":
   * the reported words carry a dated saying of their own, and that is the
   * happening; the closing attribution is only where the report had it from.
   */
  function attributionOf(
    sentence: LinkedSentence,
    verbs: VerbHit[],
    mainDates: DateMention[],
    newcomers: Map<string, DiscoveredActor>,
  ): { verb: VerbHit; closing: boolean } | null {
    const verb = attributionVerb(sentence.text, verbs);
    if (!verb) return null;
    const inner =
      verb !== verbs[0]
        ? verbs.find(
            (v) =>
              v.index < verb.index &&
              mainDates.some((d) => isVerbsOwnDate(sentence.text, v, spanIn(sentence, d))) &&
              resolveSubject(sentence, v.index, newcomers),
          )
        : undefined;
    if (inner) return { verb: inner, closing: false };
    // "“We welcome it,” said Wells in a tweet released …": the verb right after the quote
    // closes it, however long the attribution runs on.
    const afterQuote = /[”"]\s*,?\s*$/.test(sentence.text.slice(0, verb.index));
    // "…, Blinken on Tuesday, 27 September, said it is …": late in the sentence, but the
    // words said follow it.
    const after = sentence.text.slice(verb.index + verb.verb.length);
    // A word in scare quotes ("confirms “established” links") is no quotation.
    const scareQuoted = /^\s*[“"][^”"]*[”"]/.exec(after)?.[0].trim().split(/\s+/).length ?? 9;
    const wordsFollow =
      /^\s*that\b/i.test(after) || (scareQuoted > 3 && plainComplementStart(after) !== null);
    return {
      verb,
      closing:
        afterQuote ||
        ((verb !== verbs[0] || verb.index > sentence.text.length * 0.6) && !wordsFollow),
    };
  }

  /** Whom the words are aimed at: the first country or group among the reported words. */
  function targetsOf(sentence: LinkedSentence, speaker: Speaker, verb: VerbHit, closing: boolean) {
    const speakerCountry = speaker.id
      ? (speaker.newcomer?.country ?? actorById.get(speaker.id)?.country ?? speaker.id)
      : null;
    const verbAt = sentence.offset + verb.index;
    const others = sentence.actors
      .map((m) => m.actorId)
      .filter((id, i, all) => id !== speaker.id && id !== speakerCountry && all.indexOf(id) === i);
    // The target stands in the reported words: after the verb, or before a closing attribution.
    const reported = (m: ActorMention) =>
      closing ? m.offset < sentence.offset + speaker.at : m.offset > verbAt;
    const target = sentence.actors.find(
      (m) =>
        reported(m) &&
        m.actorId !== speakerCountry &&
        m.actorId !== speaker.id &&
        ['country', 'militant-group'].includes(actorById.get(m.actorId)?.kind ?? ''),
    );
    const targets = target ? [target.actorId] : [];
    return { targets, mentioned: others.filter((id) => !targets.includes(id)) };
  }

  /**
   * A date that stands by a verb of saying of this sentence ("denied … and said on
   * Thursday") is the saying's; else the one nearest the verb, unless it stands
   * among the reported words ("said that the attack happened on February 14"):
   * that date is what the words speak of, and the saying is as undated as before.
   */
  function statementDate(
    sentence: LinkedSentence,
    verb: VerbHit,
    verbs: VerbHit[],
    dates: DateMention[],
  ): DateMention | null {
    const verbAt = sentence.offset + verb.index;
    const wordsAt = reportedWordsStart(sentence.text, verb);
    // A verb among the reported words ("said Berg had asked him in June") owns a date of
    // what was said, not of the saying; one joined to the saying by "and" ("denied that
    // …, and said on Thursday") is the same speaker's.
    const coordinated = (v: VerbHit) =>
      /\b(?:and|but)\s+(?:\w+ly\s+)?$/i.test(sentence.text.slice(0, v.index));
    const owns = (v: VerbHit, d: DateMention) => {
      const span = spanIn(sentence, d);
      if (!isVerbsOwnDate(sentence.text, v, span)) return false;
      return v.index < wordsAt ? span.from < wordsAt || v !== verb : coordinated(v);
    };
    const owned = dates.find((d) => verbs.some((v) => owns(v, d)));
    if (owned) return owned;
    const heading = headingDate(sentence, dates);
    if (heading) return heading;
    return (
      dates
        .filter((d) => d.offset - sentence.offset < wordsAt)
        .sort((a, b) => Math.abs(a.offset - verbAt) - Math.abs(b.offset - verbAt))[0] ?? null
    );
  }

  /** The statement a sentence makes, and what its reported words say was done. */
  function statementHappenings(
    sentence: LinkedSentence,
    { verb, closing }: { verb: VerbHit; closing: boolean },
    verbs: VerbHit[],
    dates: DateMention[],
    memory: ArticleMemory,
  ): Happening[] {
    const out: Happening[] = [];
    const speaker = speakerOf(sentence, verb, closing, memory);
    const { targets, mentioned } = targetsOf(sentence, speaker, verb, closing);
    const verbAt = sentence.offset + verb.index;
    let date = statementDate(sentence, verb, verbs, dates);
    // "Gunmen killed 14 soldiers on June 24, the army said": with a closing attribution,
    // a date among the reported words dates what was done, and the attribution is
    // that action's source, not a statement of its own.
    if (closing && date && date.offset < sentence.offset + speaker.at) {
      // The reported words end at the comma that opens the attribution.
      const comma = sentence.text.lastIndexOf(',', Math.min(speaker.at, verb.index));
      const reportedWords = sentence.text.slice(0, comma > 0 ? comma : speaker.at);
      const action = actionIn(sentence, reportedWords, dates, memory);
      if (action) return [action];
    }
    // "Kirby said Kerry will meet Sharif on Wednesday": a date among the reported
    // words, after a verb of doing, dates that doing; the saying takes none from it.
    const own = date ? spanIn(sentence, date) : null;
    const dateOwned = own !== null && verbs.some((v) => isVerbsOwnDate(sentence.text, v, own));
    const reportedDates = closing
      ? []
      : dates.filter((d) => d.offset > verbAt && !(dateOwned && d === date));
    if (reportedDates.length > 0) {
      const from = verb.index + verb.verb.length;
      const action = actionIn(sentence, sentence.text, reportedDates, memory, from);
      if (action) {
        out.push(action);
        if (date === action.date) date = null;
      }
    }
    // Words with no one to say them are no statement.
    if (!speaker.id) return out;
    // "“…,” said Wells in a tweet released a day after the indictment": dated from what
    // it names, when the phrase is the attribution's, not among the reported words.
    // "said a few days later after the raid, “…”": the phrase right after the verb is its.
    const byTheVerb = (at: number) =>
      /^\s*$/.test(sentence.text.slice(verb.index + verb.verb.length, at));
    date ??= distanceFromNamed(
      sentence,
      { lastDay: memory.lastDay, lastDate: memory.lastDate ?? null },
      (at) => !isInsideQuotes(sentence.text, at) && (at < verb.index || closing || byTheVerb(at)),
    );
    out.push({
      type: 'statement',
      sentence,
      verb: verb.verb,
      verbOffset: verbAt,
      speaker: speaker.id,
      speakerVia: speaker.via,
      gist: gistOf(sentence, verb, closing ? Math.max(0, speaker.at) : null),
      targets,
      mentioned,
      date,
      dateOwned: date !== null && dateOwned,
      habitual: isHabitual(sentence.text, verb),
      ...(speaker.newcomer ? { discovered: speaker.newcomer } : {}),
    } satisfies StatementHappening);
    return out;
  }

  function sentenceHappenings(
    sentence: LinkedSentence,
    article: Article,
    memory: ArticleMemory,
  ): Happening[] {
    const verbsOfSentence = verbsIn(sentence.text);
    const incidents = incidentHappenings(sentence, article.published, verbsOfSentence, (id) =>
      kindOfIncident.get(id),
    );
    // Dates that belong to a happening the sentence names ("the March 3 attack").
    const named = attachedActions(sentence, incidents.claimed);
    const mainDates = sentence.dates.filter((d) => !incidents.claimed.has(d) && !d.attachedTo);
    const verbs = findSpeechVerbs(sentence.text);
    // "Trump hosted the army chief …, after the latter called for a prize": the saying
    // is the subordinate clause's; the sentence tells the hosting (or its main saying).
    const mainVerbs = verbs.filter((v) => !isSubordinateSaying(sentence.text, v));
    const attribution = attributionOf(sentence, mainVerbs, mainDates, memory.discovered);
    const told = attribution
      ? statementHappenings(sentence, attribution, verbs, mainDates, memory)
      : [
          actionIn(sentence, sentence.text, mainDates, memory) ??
            occurrenceIn(sentence, mainDates) ??
            [],
        ]
          .flat()
          // "after a bomber killed 40 soldiers in Pulwama on February 14": the incident
          // the sentence names is that deed; told with no date of its own, it is no other.
          .filter((h) => h.date !== null || incidents.happenings.length === 0);
    const out: Happening[] = [
      ...incidents.happenings,
      ...foldRelativeClauses(
        named,
        told.filter((h) => h.type === 'action'),
      ),
    ];
    // "raised the issue in his meeting with Kerry": the meeting, by the one who told or did.
    const doer =
      told.find((h) => h.type === 'statement')?.speaker ??
      told.find((h) => h.type === 'action')?.agents[0];
    const dateOfTelling = told.find((h) => h.type !== 'incident' && h.date)?.date;
    const meetings = meetingPhrases(
      sentence,
      doer ?? null,
      dateOfTelling ? [dateOfTelling] : [],
      (id) => actorById.get(id)?.kind,
    );
    // In a transcript, "the United States stands with India" is the speaker's words: a
    // person quoted in them keeps their own, a country or body speaks through the speaker.
    const quotesAPerson = told.some(
      (h) => h.type === 'statement' && actorById.get(h.speaker ?? '')?.kind === 'person',
    );
    const turn = quotesAPerson ? [] : turnWords(sentence, memory);
    const all = [
      ...out,
      ...(turn.length > 0 ? told.filter((h) => h.type !== 'statement') : told),
      ...turn,
      ...meetings,
      ...happeningsAtADistance(sentence, mainDates, memory),
    ];
    memory.lastDay = dayOf(all) ?? memory.lastDay;
    memory.lastDate = dateOf(all) ?? memory.lastDate;
    return all;
  }

  /**
   * A transcript's turn ("MS BRUCE: The United States stands with India."): words of the
   * labelled speaker that name another country, a group or an incident are a statement
   * of theirs, with no verb of saying and no date of their own (the briefing's day).
   */
  function turnWords(sentence: LinkedSentence, memory: ArticleMemory): StatementHappening[] {
    const speaker = memory.turn;
    if (!speaker) return [];
    const own = actorById.get(speaker)?.country;
    const targets = sentence.actors
      .map((m) => m.actorId)
      .filter(
        (id, i, all) =>
          all.indexOf(id) === i &&
          id !== own &&
          ['country', 'militant-group'].includes(actorById.get(id)?.kind ?? ''),
      );
    if (targets.length === 0 && sentence.incidents.length === 0) return [];
    const at = turnLabel(sentence.text)?.wordsAt ?? 0;
    const gist = withoutDates(
      cleanGist(sentence.text.slice(at)),
      sentence.dates.map((d) => d.text),
    );
    return [
      {
        type: 'statement',
        sentence,
        verb: '',
        verbOffset: sentence.offset + at,
        speaker,
        speakerVia: 'named',
        gist: gist || null,
        targets: targets.slice(0, 1),
        mentioned: targets.slice(1),
        date: null,
        dateOwned: false,
        habitual: false,
      },
    ];
  }

  /** "This comes a day after the cleric was released": the clause's own happening. */
  function happeningsAtADistance(
    sentence: LinkedSentence,
    mainDates: DateMention[],
    memory: ArticleMemory,
  ): Happening[] {
    const own = mainDates.find((d) => d.precision === 'day' && !d.end && !d.future && !d.vague);
    return distanceClauses(sentence, own ?? memory.lastDay)
      .filter(({ date }) => !sentence.dates.some((d) => overlapsMention(d, date)))
      .flatMap(({ from, date }): Happening[] => {
        // The clause runs to the next comma or the end of the sentence.
        const comma = sentence.text.indexOf(',', from);
        const clause = sentence.text.slice(0, comma > 0 ? comma : undefined);
        const action = actionIn(sentence, clause, [date], memory, from);
        // "a day after it was reported that Trump would visit": a plan, not a visit on that day.
        const unreal = (at: number) => MODAL.test(sentence.text.slice(from, at));
        if (action) return unreal(action.sentence.text.indexOf(action.verb, from)) ? [] : [action];
        const verb = findSpeechVerbs(clause).find((v) => v.index >= from);
        const subject = verb ? resolveSubject(sentence, verb.index, memory.discovered) : null;
        if (!verb || !subject || subject.at < from) return [];
        return [
          {
            type: 'statement',
            sentence,
            verb: verb.verb,
            verbOffset: sentence.offset + verb.index,
            speaker: subject.id,
            speakerVia: 'named',
            gist: gistOf(sentence, verb, null),
            targets: [],
            mentioned: [],
            date,
            dateOwned: true,
            habitual: false,
            ...(subject.newcomer ? { discovered: subject.newcomer } : {}),
          } satisfies StatementHappening,
        ];
      });
  }

  return function findHappenings(article: Article, sentences: LinkedSentence[]): Happening[] {
    const memory: ArticleMemory = {
      lastPerson: null,
      lastBody: null,
      discovered: new Map(),
      lastDay: null,
    };
    return sentences.flatMap((sentence) => {
      // A label may stand alone on its line ("MS BRUCE:"), which reads like page furniture.
      const label = turnLabel(sentence.text);
      if (label) memory.turn = label.speaker;
      if (isAside(sentence)) return [];
      return sentenceHappenings(sentence, article, memory);
    });
  };
}
