/** Types that flow between the pipeline's stages. Each stage takes and returns plain data. */
import type { Article, EventActor, EventKind, Precision } from '../shared/schema';
import type { Attachment } from './dates/attachment';

export type { Article };

export interface Sentence {
  articleId: string;
  index: number;
  /** JavaScript string index into the article's verbatim text. */
  offset: number;
  text: string;
  /** A wire dateline ("Washington, Feb 15 (PTI)"): where and when it was filed, not what happened. */
  dateline?: true;
  /** Page furniture (an archive stamp, a byline, a caption): no part of the report. */
  furniture?: true;
}

/** A date expression found in the text and resolved against the publication date. */
export interface DateMention {
  text: string;
  /** Absolute offset into the article text. */
  offset: number;
  length: number;
  start: string;
  end?: string;
  precision: Precision;
  basis: 'explicit' | 'relative';
  /** "Since January 2018": the happening began then and may still go on. */
  openEnded?: boolean;
  /** The clause speaks of plans ("will meet on Monday"): it dates something still to come. */
  future?: true;
  /** "now", "recently", "in the future": a time named but not dated, which dates no event. */
  vague?: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
  /**
   * A part of the day or a clock time within a day-precise date, as TimeML
   * writes it: "MO", "AF", "EV", "NI", or "22:00". The event keeps the day.
   */
  timeOfDay?: string;
  /** A season ("last fall"), as TimeML writes it; start and end give its months. */
  season?: 'SP' | 'SU' | 'FA' | 'WI';
  /** "Over the weekend": the Saturday and Sunday of a week; start and end give them. */
  weekend?: true;
  /**
   * Counted from a day that is itself only the latest one possible ("a day after the
   * US asserted …", from a report that does not date the asserting): no later than this.
   */
  onOrBefore?: true;
  explanation: string;
  /**
   * Set when the date belongs to a happening the sentence names rather than to
   * its main verb ("the deadly March 3 attack"); offsets are into the article.
   */
  attachedTo?: Attachment;
}

export interface ActorMention {
  actorId: string;
  offset: number;
  length: number;
  text: string;
  via: 'alias' | 'adjective' | 'surname' | 'title' | 'official';
}

export interface IncidentMention {
  incidentId: string;
  /** The occurrence meant here (a recurring incident picks the latest on or before publication). */
  start: string;
  end?: string;
  offset: number;
  length: number;
  text: string;
  via: 'alias' | 'cue';
}

export interface LinkedSentence extends Sentence {
  dates: DateMention[];
  actors: ActorMention[];
  incidents: IncidentMention[];
}

/** A person or body the knowledge base does not know, found by name in the text. */
export interface DiscoveredActor {
  id: string;
  name: string;
  shortName: string;
  kind: 'person' | 'government-body' | 'security-force';
  /** From what qualified the name: "Pakistan's Foreign Minister X" → pakistan. */
  country?: string;
  /** The body that qualified the name: "State Department spokesperson X". */
  body?: string;
  /** The office the text gives: "State Department spokesperson". */
  role?: string;
}

export interface StatementHappening {
  type: 'statement';
  sentence: LinkedSentence;
  verb: string;
  verbOffset: number;
  /** Resolved speaker; null when the sentence names none we can resolve. */
  speaker: string | null;
  /** How the speaker was found: named in the sentence, or carried over from "he said". */
  speakerVia: 'named' | 'coreference';
  /** The reported words, for the title: "Pakistan has to stop harbouring terrorists". */
  gist: string | null;
  targets: string[];
  mentioned: string[];
  date: DateMention | null;
  /** The date stands by the verb ("said on Monday", "on Monday condemned"), so it is the saying's. */
  dateOwned: boolean;
  /** "repeatedly accusing", "has always": background, not a happening. */
  habitual: boolean;
  /** Set when the speaker is not in the knowledge base. */
  discovered?: DiscoveredActor;
}

/** Something done rather than said, dated in its own sentence. */
export interface ActionHappening {
  type: 'action';
  sentence: LinkedSentence;
  /** A statement too when named rather than told ("Trump's New Year's Day tweet"). */
  kind: EventKind;
  verb: string;
  title: string;
  /**
   * Null for a call or meeting told with no date of its own ("Esper had a
   * telephonic conversation with Singh"): placed like undated words, never dropped.
   */
  date: DateMention | null;
  agents: string[];
  mentioned: string[];
  /** Set when the agent is not in the knowledge base. */
  discovered?: DiscoveredActor;
  /** Told by a clause with its own verb, not only named ("the March 3 attack"). */
  describing: boolean;
  /** Proper nouns of its sentence: two reports of an attack on one day share a place. */
  places: string[];
}

export interface IncidentHappening {
  type: 'incident';
  sentence: LinkedSentence;
  mention: IncidentMention;
  /** The sentence tells of the happening itself (a date or cue), not a passing reference. */
  describing: boolean;
  /** A date expression in the sentence that dates this incident. */
  date: DateMention | null;
}

export type Happening = StatementHappening | IncidentHappening | ActionHappening;

export type { EventActor };
