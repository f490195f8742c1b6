/**
 * The verbs news uses to report what was said and what was done, as data. Each
 * speech verb maps its past tense (how reports tell it) to the present tense a
 * headline uses; each action verb to the kind of event it tells. Phrasal verbs
 * are written with a space and match any run of white space.
 */
import type { EventKind } from '../../shared/schema';

/**
 * Reporting verbs by lemma, so every inflection counts ("urged", "urges",
 * "urging"). Two-word entries are a verb and its particle ("call on").
 */
export const SPEECH_LEMMAS = new Set([
  'say',
  'tell',
  'state',
  'assert',
  'add',
  'urge',
  'stress',
  'clarify',
  'convey',
  'emphasize',
  'emphasise',
  'reaffirm',
  'reiterate',
  'maintain',
  'lash out',
  'hit out',
  'warn',
  'call on',
  'call for',
  'welcome',
  'vow',
  'condemn',
  'announce',
  'declare',
  'accuse',
  'express',
  'offer',
  'tweet',
  'write',
  'post',
  'reply',
  'respond',
  'deny',
  'reject',
  'dismiss',
  'criticise',
  'criticize',
  'slam',
  'blame',
  'praise',
  'hail',
  'ask',
  'demand',
  'press',
  'insist',
  'pledge',
  'promise',
  'argue',
  'claim',
  'allege',
  'confirm',
  'acknowledge',
  'admit',
  'note',
  'remark',
  'caution',
  'threaten',
  'appeal',
  'encourage',
  'assure',
  'voice',
  'underline',
  'underscore',
  'highlight',
  'point out',
  'describe',
  'comment',
  'observe',
  'explain',
  'suggest',
  'signal',
  'thank',
  'congratulate',
  'reassure',
  'indicate',
  'mention',
  'inform',
  'brief',
]);

/** "urge" → "urges", "deny" → "denies", "call on" → "calls on": the headline's present tense. */
export function presentTense(lemma: string): string {
  const [verb = lemma, ...rest] = lemma.split(' ');
  const irregular: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };
  const inflected =
    irregular[verb] ??
    (/[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : /(s|sh|ch|x|z|o)$/.test(verb)
        ? `${verb}es`
        : `${verb}s`);
  return [inflected, ...rest].join(' ');
}

export interface ActionVerbRow {
  kind: Exclude<EventKind, 'statement'>;
  verbs: string[];
  examples: string[];
}

/**
 * Verbs of things done, by lemma. Two-word entries are a verb and the word after
 * it ("open fire", "shoot down", "hold talks").
 */
export const ACTION_VERBS: ActionVerbRow[] = [
  {
    kind: 'attack',
    verbs: [
      'kill',
      'attack',
      'bomb',
      'ambush',
      'storm',
      'massacre',
      'detonate',
      'hijack',
      'abduct',
      'kidnap',
      'behead',
      'open fire',
      'shoot dead',
      'shot dead',
      'gun down',
      'blow up',
    ],
    examples: [
      'Militants attacked a police post in Kupwara on Sunday',
      'Gunmen opened fire on tourists',
    ],
  },
  {
    kind: 'strike',
    verbs: ['strike', 'shell', 'bombard', 'pound', 'hit', 'shoot down', 'shot down', 'target'],
    examples: ['Indian jets struck a camp in Balakot', 'Pakistan said it had shot down two jets'],
  },
  {
    kind: 'arrest',
    verbs: ['arrest', 'detain', 'apprehend', 'capture', 'extradite', 'deport', 'nab'],
    examples: ['Police arrested 30 suspects', 'He was extradited on Thursday'],
  },
  {
    kind: 'policy',
    verbs: [
      'freeze',
      'bar',
      'ban',
      'suspend',
      'impose',
      'lift',
      'sign',
      'vote',
      'designate',
      'blacklist',
      'halt',
      'expel',
      'revoke',
      'scrap',
      'abrogate',
      'introduce',
      'pass',
      'approve',
      'sanction',
      'withhold',
      'release',
      'agree',
      'cut off',
      'hand over',
      'list',
      'adopt',
      'block',
      'veto',
      'announce sanctions',
    ],
    examples: [
      'The US designated the group a terrorist organisation',
      'Pakistan released the pilot',
    ],
  },
  {
    kind: 'meeting',
    verbs: [
      'meet',
      'visit',
      'host',
      'telephone',
      'phone',
      'chair',
      'tour',
      'travel',
      'arrive',
      'stop in',
      'hold talk',
      'speak with',
      'speak to',
      'spoke with',
      'spoke to',
      'speak by',
      'speak separately',
      'call',
    ],
    examples: ['Rubio spoke with Jaishankar on Wednesday', 'Trump hosted the army chief for lunch'],
  },
];
