/**
 * What a news date pattern is, apart from the patterns themselves, so that the files
 * holding patterns (newsExpressions.ts, seasonsAndWeekends.ts) need not import each other.
 */
import type { DateMention } from '../types';

type Found = Omit<DateMention, 'offset' | 'length' | 'text'>;

export interface ExpressionContext {
  /** Sentence text and its offset in the article. */
  sentence: string;
  sentenceOffset: number;
  published: string;
  /** The last day-precise date mentioned earlier in the article, for "earlier in the day". */
  previousDay: DateMention | null;
}

export interface NewsPattern {
  name: string;
  /**
   * Lower-case words, one of which is in every match. A sentence holding none of
   * them is not searched: a plain substring test is many times cheaper than these
   * regexes, and most sentences hold no weekday, "week" or "day after".
   */
  cues?: string[];
  /** For patterns no word can cue: a cheap regex every sentence they match must match. */
  gate?: RegExp;
  regex: RegExp;
  resolve: (match: RegExpExecArray, ctx: ExpressionContext) => Found | null;
}
