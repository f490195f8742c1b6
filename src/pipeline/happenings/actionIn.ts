/**
 * An action told by a clause: its verb of doing, the date nearest it (none for a deed
 * told as done with no date), who did it (the subject, a pronoun's person, else the
 * actors before the verb), and a title from the clause.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeSchema';
import type { ActionHappening, DateMention, LinkedSentence } from '../types';
import type { ArticleMemory } from './speakers';
import { actionClause, findActionVerb, type ActionVerb, namedBesides } from './actions';
import { placesIn } from './places';
import { headingDate } from './dateOwner';
import type { ResolvedSubject, SubjectResolver } from './resolveSubject';

export type ActionFinder = (
  sentence: LinkedSentence,
  text: string,
  dates: DateMention[],
  memory: ArticleMemory,
  from?: number,
) => ActionHappening | null;

type KindOf = ReadonlyMap<string, string>;

/**
 * "he is scheduled to meet", "She will travel": the person named last before the
 * pronoun in the sentence, else the last person the article named as doing or saying.
 */
function pronounSubject(
  sentence: LinkedSentence,
  verbIndex: number,
  memory: ArticleMemory,
  kindOf: KindOf,
): ResolvedSubject | null {
  const before = sentence.text.slice(0, verbIndex);
  const pronoun = /\b(?:he|she)\b(?=[^,.;]*$)/i.exec(before);
  if (!pronoun) return null;
  const person = sentence.actors
    .filter((m) => m.offset - sentence.offset < pronoun.index && kindOf.get(m.actorId) === 'person')
    .at(-1);
  const id = person?.actorId ?? memory.lastPerson;
  return id ? { id, at: pronoun.index } : null;
}

/**
 * A call or meeting told with no date ("Esper had a telephonic conversation with
 * Singh", "where he met President Trump") is a happening all the same, when a
 * person did it with someone the sentence names and the verb tells it as done:
 * not planned, wished or a habit ("will meet", "has met several times").
 */
function undatedAction(
  sentence: LinkedSentence,
  text: string,
  verb: ActionVerb,
  agent: ResolvedSubject | null,
  kindOf: KindOf,
) {
  if (!agent) return false;
  // A name the knowledge base does not know ("US defence secretary Mark Esper") is as good.
  const agentKind = agent.newcomer?.kind ?? kindOf.get(agent.id);
  if (verb.kind !== 'meeting') return toldAsDone(text, verb) && agentKind !== 'media';
  if (agentKind !== 'person') return false;
  // "while hosting", "after meeting": a clause that only sets the scene.
  if (/ing$/i.test(verb.verb.split(' ')[0] ?? '')) return false;
  const before = text.slice(Math.max(0, verb.index - 30), verb.index);
  if (/\b(?:will|would|could|may|might|should|to|plans?|expected)\s+(?:\w+\s+)?$/i.test(before))
    return false;
  if (isHabit(text, verb)) return false;
  // The other side stands right after the verb: "called Jaishankar", "spoke to the US
  // NSA"; "called the group a front" names, and calls no one.
  const verbEnd = sentence.offset + verb.index + verb.verb.length;
  // "called the group a front", "mounting calls in India": a call is to a person, and
  // "calls Sharif a ‘traitor’" names him: what follows the name is no part of a call.
  const calling = verb.verb.toLowerCase().startsWith('call');
  const sides = calling ? ['person'] : ['person', 'country'];
  // The first side named after the verb: "hosted Pakistan's army chief Asim Munir" is
  // with Pakistan's man, past the army the possessive names.
  const other = sentence.actors.find(
    (m) =>
      m.offset >= verbEnd &&
      m.actorId !== agent.id &&
      sides.includes(kindOf.get(m.actorId) ?? 'person'),
  );
  const afterOther = other
    ? sentence.text.slice(other.offset - sentence.offset + other.length)
    : '';
  const naming = calling && /^\s+(?:a|an|the|as)\s|^\s+['‘“"]/i.test(afterOther);
  const named = other !== undefined && !naming && other.offset - verbEnd <= 40;
  // "spoke with Saudi Foreign Minister Faisal bin Farhan": someone the knowledge base does
  // not know, named by office.
  return named || BY_OFFICE.test(sentence.text.slice(verbEnd - sentence.offset));
}

/** A person named by office right after the verb: "Saudi Foreign Minister …", "his counterpart". */
const BY_OFFICE =
  /^\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Minister|Secretary|President|Ambassador|Envoy|Adviser|Advisor)\s+[A-Z]|^\s+(?:his|her|their)\s+(?:\w+\s+){0,2}counterparts?\b/;

/**
 * "China blocked the proposal", "the court dismissed the appeal": done, and told as
 * done. Not a plan, a wish, a habit or a summing-up ("will block", "has long
 * blocked", "blocking"), nor a passive whose doer the sentence does not name.
 */
/** "prompted Pakistan to shoot down a warplane": what a cause made happen, happened. */
const CAUSED =
  /\b(?:prompted|forced|led|caused|compelled|provoked)\s+((?:[\w'’-]+\s+){1,3})to\s+$/i;

/** Who a cause made act: the name between "prompted" and "to". */
function causedDoer(sentence: LinkedSentence, verbIndex: number): ResolvedSubject | null {
  const before = sentence.text.slice(Math.max(0, verbIndex - 40), verbIndex);
  const caused = CAUSED.exec(before);
  if (!caused) return null;
  const from = sentence.offset + verbIndex - before.length + caused.index;
  const to = sentence.offset + verbIndex;
  const doer = sentence.actors.filter((m) => m.offset > from && m.offset < to).at(-1);
  return doer ? { id: doer.actorId, at: doer.offset - sentence.offset } : null;
}

function toldAsDone(text: string, verb: ActionVerb): boolean {
  if (/ing$/i.test(verb.verb.split(' ')[0] ?? '')) return false;
  const before = text.slice(Math.max(0, verb.index - 40), verb.index);
  if (CAUSED.test(before)) return true;
  // "China has once again blocked the listing": the present perfect tells today's news;
  // "had blocked" is background, "has long blocked" a habit.
  if (/\b(?:has|have)\s+(?:\w+\s+){0,2}$/i.test(before)) return !isHabit(text, verb);
  return !/\b(?:had|will|would|could|may|might|should|must|can|to|plans?|expected|is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}$/i.test(
    before,
  );
}

/** Words that make a deed a habit or a tally: "has long blocked", "had met him twice before". */
const HABIT =
  /\b(?:long|repeatedly|always|often|frequently|routinely|consistently|never|ever|several times|many times|twice|thrice|in the past|for years|over the years)\b/i;

/** Whether the verb's clause tells a habit: the words just before it, or its clause after. */
function isHabit(text: string, verb: ActionVerb): boolean {
  const before = text.slice(Math.max(0, verb.index - 25), verb.index);
  const after = text.slice(verb.index + verb.verb.length).split(/[,;.]/)[0] ?? '';
  // "met him before", not "blocked it before a committee".
  return HABIT.test(before) || HABIT.test(after) || /\bbefore\s*$/i.test(after);
}

export function createActionFinder(
  kb: KnowledgeBase,
  resolveSubject: SubjectResolver,
): ActionFinder {
  const kindOf = new Map(kb.actors.map((a) => [a.id, a.kind]));

  /**
   * A dated action in `text` (a prefix of the sentence), if there is one; `from`
   * skips what comes before (a verb of saying whose reported words hold it).
   */
  return function actionIn(sentence, text, dates, memory, from = 0) {
    const newcomers = memory.discovered;
    const verb = findActionVerb(text, from);
    const inText = dates.filter((d) => d.offset - sentence.offset + d.length <= text.length);
    if (!verb) return null;
    const verbAt = sentence.offset + verb.index;
    if (inText.length === 0) {
      const agent =
        causedDoer(sentence, verb.index) ??
        resolveSubject(sentence, verb.index, newcomers) ??
        pronounSubject(sentence, verb.index, memory, kindOf);
      if (!undatedAction(sentence, text, verb, agent, kindOf)) return null;
    }
    const date =
      headingDate(sentence, inText) ??
      [...inText].sort((a, b) => Math.abs(a.offset - verbAt) - Math.abs(b.offset - verbAt))[0] ??
      null;
    // The title leaves out every date of the sentence, not only those this action may take:
    // "said on Saturday evening that the chiefs had spoken in the afternoon".
    const spans = sentence.dates
      .map((d) => ({ from: d.offset - sentence.offset, to: d.offset - sentence.offset + d.length }))
      .filter((d) => d.to <= text.length);
    const subject =
      causedDoer(sentence, verb.index) ??
      resolveSubject(sentence, verb.index, newcomers) ??
      pronounSubject(sentence, verb.index, memory, kindOf);
    // "Tillerson met Swaraj …. He is scheduled to meet Modi": the doer is whom "he" means next.
    if (subject && kindOf.get(subject.id) === 'person') memory.lastPerson = subject.id;
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
      mentioned: namedBesides(sentence, agents),
      describing: true,
      places: placesIn(sentence.text),
      ...(subject?.newcomer ? { discovered: subject.newcomer } : {}),
    };
  };
}
