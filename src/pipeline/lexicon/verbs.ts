/**
 * The verbs news uses to report what was said and what was done, as data. Each
 * speech verb maps its past tense (how reports tell it) to the present tense a
 * headline uses; each action verb to the kind of event it tells. Phrasal verbs
 * are written with a space and match any run of white space.
 */
import type { EventKind } from '../../shared/schema';

/** Reporting verbs, past → present: "said" → "says". */
export const SPEECH_VERBS: Record<string, string> = {
  said: 'says',
  told: 'tells',
  stated: 'states',
  asserted: 'asserts',
  added: 'adds',
  urged: 'urges',
  stressed: 'stresses',
  clarified: 'clarifies',
  conveyed: 'conveys',
  emphasized: 'stresses',
  emphasised: 'stresses',
  reaffirmed: 'reaffirms',
  reiterated: 'reiterates',
  maintained: 'maintains',
  'lashed out': 'lashes out',
  'hit out': 'hits out',
  warned: 'warns',
  'called on': 'calls on',
  'called for': 'calls for',
  welcomed: 'welcomes',
  vowed: 'vows',
  condemned: 'condemns',
  announced: 'announces',
  declared: 'declares',
  accused: 'accuses',
  expressed: 'expresses',
  offered: 'offers',
  tweeted: 'tweets',
  wrote: 'writes',
  posted: 'posts',
  replied: 'replies',
  responded: 'responds',
  denied: 'denies',
  rejected: 'rejects',
  dismissed: 'dismisses',
  criticised: 'criticises',
  criticized: 'criticizes',
  slammed: 'slams',
  blamed: 'blames',
  praised: 'praises',
  hailed: 'hails',
  asked: 'asks',
  demanded: 'demands',
  pressed: 'presses',
  insisted: 'insists',
  pledged: 'pledges',
  promised: 'promises',
  argued: 'argues',
  claimed: 'claims',
  alleged: 'alleges',
  confirmed: 'confirms',
  acknowledged: 'acknowledges',
  admitted: 'admits',
  noted: 'notes',
  remarked: 'remarks',
  cautioned: 'cautions',
  threatened: 'threatens',
  appealed: 'appeals',
  encouraged: 'encourages',
  assured: 'assures',
  voiced: 'voices',
  underlined: 'underlines',
  underscored: 'underscores',
  highlighted: 'highlights',
};

export interface ActionVerbRow {
  kind: Exclude<EventKind, 'statement'>;
  verbs: string[];
  examples: string[];
}

/**
 * Verbs of things done. Order matters only where one verb holds another: the
 * longer phrase is listed and matched first.
 */
export const ACTION_VERBS: ActionVerbRow[] = [
  {
    kind: 'attack',
    verbs: [
      'shot dead',
      'gunned down',
      'opened fire',
      'blew up',
      'killed',
      'attacked',
      'bombed',
      'ambushed',
      'stormed',
      'massacred',
      'detonated',
      'hijacked',
      'abducted',
      'kidnapped',
    ],
    examples: [
      'Militants attacked a police post in Kupwara on Sunday',
      'Gunmen opened fire on tourists',
    ],
  },
  {
    kind: 'strike',
    verbs: [
      'launched air strikes',
      'launched airstrikes',
      'launched strikes',
      'carried out air strikes',
      'carried out airstrikes',
      'carried out strikes',
      'carried out surgical strikes',
      'shot down',
      'struck',
      'shelled',
      'bombarded',
      'pounded',
      'hit',
    ],
    examples: ['Indian jets struck a camp in Balakot', 'Pakistan said it had shot down two jets'],
  },
  {
    kind: 'arrest',
    verbs: [
      'arrested',
      'detained',
      'apprehended',
      'captured',
      'extradited',
      'deported',
      'was brought to',
      'were brought to',
    ],
    examples: ['Police arrested 30 suspects', 'Rana was brought to India on Thursday'],
  },
  {
    kind: 'policy',
    verbs: [
      'cut off',
      'handed over',
      'froze',
      'barred',
      'banned',
      'suspended',
      'imposed',
      'lifted',
      'signed',
      'voted',
      'designated',
      'blacklisted',
      'halted',
      'expelled',
      'revoked',
      'scrapped',
      'abrogated',
      'introduced',
      'passed',
      'approved',
      'sanctioned',
      'withheld',
      'released',
      'agreed',
    ],
    examples: [
      'The US designated the group a terrorist organisation',
      'Pakistan released the pilot',
    ],
  },
  {
    kind: 'meeting',
    verbs: [
      'held talks',
      'hold talks',
      'spoke with',
      'spoke to',
      'spoke by phone',
      'spoke separately',
      'stopped in',
      'arrived in',
      'travelled to',
      'traveled to',
      'telephoned',
      'hosted',
      'visited',
      'visit',
      'met',
      'meet',
    ],
    examples: ['Rubio spoke with Jaishankar on Wednesday', 'Trump hosted the army chief for lunch'],
  },
];

/** One alternation of phrases, longest first, with any white space between words. */
export function phraseAlternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
