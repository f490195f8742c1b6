/* eslint-disable max-lines -- word lists as data, one verb a line. */
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
  'affirm',
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
  'term',
  'label',
  'assail',
  'decry',
  'lament',
  'regret',
  // "ruled out talks": a refusal said, not a court's ruling.
  'rule out',
]);

/**
 * Verbs that carry no happening of their own but lend one to the noun after
 * them: "held a telephone conversation with", "had talks", "paid a visit",
 * "carried out strikes", "issued a statement". The noun (lexicon/eventNouns.ts)
 * gives the kind; a few words may stand between ("had a significant
 * conversation", "held a long phone call").
 */
export const LIGHT_VERBS = new Set([
  'have',
  'hold',
  'make',
  'place',
  'conduct',
  'carry out',
  'launch',
  'mount',
  'stage',
  'issue',
  'pay',
  'give',
  'deliver',
  // Legal and parliamentary steps: "filed a chargesheet", "lodged 23 cases", "moved a proposal".
  'file',
  'lodge',
  'register',
  'move',
  'table',
  'submit',
  // States entered: "taken into custody", "came under attack" (the noun says which).
  'take',
  'come',
]);

/**
 * Verbs that tell a deed only with a certain object: a court's ruling told with a verb
 * that is otherwise a saying or a grant ("denies Rana's petition", "stays
 * proceedings"), and a stop to aid told with a verb that is otherwise anything
 * ("has stopped all security assistance", not "stop harbouring terrorists").
 */
export interface VerbObjectRow {
  kind: Exclude<EventKind, 'statement'>;
  verbs: ReadonlySet<string>;
  objects: ReadonlySet<string>;
  examples: string[];
}

/** Words that may stand between the verb and its object: "denies Rana's petition". */
export const VERB_OBJECT_REACH = 4;

export const VERB_OBJECT_ROWS: VerbObjectRow[] = [
  {
    // The courts' and prosecutors' steps are the arrest family.
    kind: 'arrest',
    verbs: new Set([
      'deny',
      'reject',
      'dismiss',
      'grant',
      'allow',
      'admit',
      'stay',
      'hear',
      'accept',
    ]),
    objects: new Set([
      'petition',
      'petitions',
      'appeal',
      'appeals',
      'plea',
      'pleas',
      'bail',
      // Not "request" or "application": a minister "rejected the request" says so; "granted
      // the request" is a grant already (the policy row).
      'motion',
      'challenge',
      'proceedings',
      'writ',
      'review',
    ]),
    examples: [
      "A District Court in the US denies Rana's petition challenging the order",
      'The high court dismissed the appeal on Monday',
      'The court stays proceedings in the case',
      'The judge granted bail to the accused',
    ],
  },
  {
    kind: 'policy',
    verbs: new Set(['stop', 'end', 'halt', 'freeze', 'pause']),
    objects: new Set([
      'aid',
      'assistance',
      'funding',
      'funds',
      'payments',
      'trade',
      'exports',
      'imports',
      'visas',
      'cooperation',
    ]),
    examples: [
      'Since January 2018, the president has stopped all security assistance to Ostland',
      'Washington ended military aid to the country',
    ],
  },
];

/** How many words may stand between a light verb and its noun ("held a long, frank telephone conversation"). */
export const LIGHT_VERB_REACH = 4;

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
    // Legal steps against a person: the courts' and prosecutors' family.
    kind: 'arrest',
    verbs: [
      'indict',
      'charge',
      'convict',
      'acquit',
      'sentence',
      'jail',
      'imprison',
      'prosecute',
      'uphold',
      'overturn',
      'quash',
      'remand',
      'plead',
      'clear',
      'rule',
    ],
    examples: [
      'A court in the capital indicted the cleric on four counts',
      'The judge sentenced him to five years',
      'The high court upheld the verdict on Monday',
    ],
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
      'repeal',
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
      // Designations and listings.
      'proscribe',
      'delist',
      // Diplomacy done rather than said (a summoning is a meeting: see below). Not "recall":
      // "diplomats recall" remembers far more often than it withdraws an envoy.
      'downgrade',
      // Money and aid.
      'withdraw',
      'resume',
      'restore',
      'grant',
      'allocate',
      'disburse',
      'cut',
    ],
    examples: [
      'The US designated the group a terrorist organisation',
      'Pakistan released the pilot',
      'Washington resumed the training programme',
      'The council proscribed two more groups',
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
      'summon',
      'demarche',
    ],
    examples: [
      'Rubio spoke with Jaishankar on Wednesday',
      'Trump hosted the army chief for lunch',
      'The ministry summoned the deputy envoy on Monday',
    ],
  },
];
