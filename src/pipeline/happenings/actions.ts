/**
 * Things done, not said: attacks, strikes, arrests, policy moves, meetings. Each
 * verb maps to an event kind. A sentence makes an action event only when it also
 * dates it, so background ("relations have frayed") makes nothing.
 */
import type { EventKind } from '../../shared/schema';
import type { LinkedSentence } from '../types';
import { verbsIn } from './verbs';

type ActionKind = Exclude<EventKind, 'statement'>;

export interface ActionVerb {
  kind: ActionKind;
  verb: string;
  index: number;
}

/** The first verb in `text` that tells of something done, finite ones first. */
export function findActionVerb(text: string, from = 0): ActionVerb | null {
  const actions = verbsIn(text).filter((v) => v.kind !== 'speech' && v.index >= from);
  const hit = actions.find((v) => !v.nonFinite) ?? actions[0];
  if (!hit || hit.kind === 'speech') return null;
  // A meeting "at a summit" is the summit.
  const kind = hit.kind === 'meeting' && /\bsummit\b/i.test(text) ? 'summit' : hit.kind;
  return { kind, verb: hit.verb, index: hit.index };
}

/** Everyone the sentence names besides the doers: mentioned by the happening. */
export function namedBesides(sentence: LinkedSentence, agents: readonly string[]): string[] {
  return [...new Set(sentence.actors.map((m) => m.actorId))].filter((id) => !agents.includes(id));
}

/** One item of a list of doers, perhaps with "the": "The US", "the UK". */
const LIST_ITEM = /(^|,)\s*((?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s*$/;

/**
 * Where the clause starts when the comma before the verb only parts a list of
 * doers ("The US, the UK and France had moved"): at the list's first name.
 */
function listStart(text: string, afterComma: number, verbIndex: number): number {
  const rest = text.slice(afterComma, verbIndex);
  if (afterComma <= 0 || !/^\s*(?:[Tt]he\s+)?[A-Z][^,]*\sand\s/.test(rest)) return afterComma;
  let start = afterComma;
  for (let comma = afterComma - 1; ;) {
    const item = LIST_ITEM.exec(text.slice(0, comma));
    if (!item) return start;
    start = item.index + item[0].indexOf(item[2]!);
    if (item[1] !== ',') return start;
    comma = item.index;
  }
}

/**
 * The clause that tells the action, without its date expression or a closing
 * attribution: "Gunmen killed 14 soldiers at a border post on June 24, the army
 * said." → "Gunmen killed 14 soldiers at a border post".
 */
export function actionClause(
  sentence: string,
  verbIndex: number,
  dateSpans: { from: number; to: number }[],
  from = 0,
  /** The clause starts at `from` itself: its subject holds commas of its own (a list). */
  startsAtFrom = false,
): string {
  let text = sentence;
  let startAt = from;
  for (const span of [...dateSpans].sort((a, b) => b.from - a.from)) {
    // Take the preposition that introduced the date with it ("on June 24").
    const lead = /(?:\b(?:on|in|at|since|during|from|by|until|this|last|next)\s+)?$/i.exec(
      text.slice(0, span.from),
    );
    const cut = span.from - (lead?.[0].length ?? 0);
    text = `${text.slice(0, cut)}${text.slice(span.to)}`;
    if (cut < verbIndex) verbIndex -= span.to - cut;
    if (cut < startAt) startAt -= span.to - cut;
  }
  // Start at the clause holding the verb (not before `from`): after the last comma, or after
  // the subordinator that opens it ("This comes a day after the court ordered …" tells the
  // ordering); stop before a closing attribution.
  const clauseStart = startsAtFrom
    ? startAt
    : Math.max(0, startAt, listStart(text, text.lastIndexOf(',', verbIndex) + 1, verbIndex));
  const subordinator = [
    ...text
      .slice(clauseStart, verbIndex)
      .matchAll(/\b(?:after|before|since|until|when|while|because|following)\s+/gi),
  ].at(-1);
  const start = subordinator
    ? clauseStart + subordinator.index + subordinator[0].length
    : clauseStart;
  let clause = text.slice(start);
  clause = clause.replace(
    /,\s*(?:the\s+)?[\w\s]{0,40}\b(said|says|reported|told \w+)\s*\.?\s*$/i,
    '',
  );
  clause = clause
    // A timeline entry's bullet and the colon its date leaves behind: "• 2009: India moves …".
    .replace(/^[\s•·*:–—-]+/, '')
    // "But tensions flared …", "And India moved …": the link to the sentence before.
    .replace(/^(?:and|but|yet|so|meanwhile|also)\b,?\s+/i, '')
    // Reported words open with their complementiser: "said that the chiefs had spoken".
    .replace(/^\s*that\s+/i, '')
    .replace(/\s+([,.])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}
