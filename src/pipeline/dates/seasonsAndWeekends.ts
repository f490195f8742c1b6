/**
 * Seasons ("last fall", "this summer", "the winter of 1994") and weekends
 * ("over the weekend", "ahead of the weekend"), read at their own extent: a
 * season as its three months, a weekend as its Saturday and Sunday.
 */
import { addDays } from 'date-fns/addDays';
import { getDay } from 'date-fns/getDay';
import { subDays } from 'date-fns/subDays';
import type { DateMention } from '../types';
import { directionAt } from './direction';
import { fromIsoDay, isoMonth, longDay, longMonth, toIsoDay } from './calendar';
import type { NewsPattern } from './newsPattern';
import { yearOf } from './yearOf';

type Season = NonNullable<DateMention['season']>;
/** Northern meteorological seasons, as TimeML's SP/SU/FA/WI; winter runs into the next year. */
const SEASONS: Record<string, { code: Season; first: number }> = {
  spring: { code: 'SP', first: 3 },
  summer: { code: 'SU', first: 6 },
  fall: { code: 'FA', first: 9 },
  autumn: { code: 'FA', first: 9 },
  winter: { code: 'WI', first: 12 },
};

function seasonSpan(year: number, first: number): { start: string; end: string } {
  const last = first + 2;
  return {
    start: isoMonth(year, first),
    end: last > 12 ? isoMonth(year + 1, last - 12) : isoMonth(year, last),
  };
}

export const SEASON_AND_WEEKEND_PATTERNS: NewsPattern[] = [
  {
    // Lower case only, and with a determiner or a year: "fall" and "spring" alone are
    // verbs and nouns, "the Arab Spring" a name, "the fall of Kabul" a happening.
    name: 'season',
    cues: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    regex:
      /\b(?:([Tt]his(?: past)?|[Ll]ast|[Nn]ext|[Tt]he|[Oo]ver the|[Ii]n the|[Ee]arly|[Ll]ate)\s+)?(spring|summer|fall|autumn|winter)(?:\s+of\s+((?:19|20)\d{2}))?\b/g,
    resolve(match, ctx) {
      const [, which, word, yearText] = match;
      const lead = (which ?? '').toLowerCase();
      if (!lead && !yearText) return null;
      // "the fall of Kabul" names a happening; "the fall" alone or "the fall of 2019" a season.
      if (
        !yearText &&
        /^(?:the|over the|in the)$/.test(lead) &&
        /^\s+of\b/.test(ctx.sentence.slice(match.index + match[0].length))
      )
        return null;
      const season = SEASONS[word!]!;
      const published = fromIsoDay(ctx.published);
      const own = published.getFullYear();
      const year = yearText
        ? Number(yearText)
        : lead.startsWith('this')
          ? own
          : lead === 'last'
            ? own - 1
            : lead === 'next'
              ? own + 1
              : yearOf(
                  { month: season.first, lastMonth: Math.min(season.first + 2, 12) },
                  published,
                  directionAt(ctx.sentence, match.index, match.index + match[0].length),
                ).year;
      const { start, end } = seasonSpan(year, season.first);
      return {
        start,
        end,
        precision: 'month',
        basis: yearText ? 'explicit' : 'relative',
        season: season.code,
        explanation: `→ the ${word} of ${year}, ${longMonth(start)} to ${longMonth(end)}${yearText ? '' : `, from the article of ${longDay(ctx.published)}`}.`,
      };
    },
  },
  {
    name: 'weekend',
    cues: ['weekend'],
    regex: /\b(this(?: past)?|last|next|the|over the|ahead of the|before the)\s+weekend\b/gi,
    resolve(match, ctx) {
      const lead = match[1]!.toLowerCase();
      const published = fromIsoDay(ctx.published);
      const weekday = getDay(published);
      const ahead =
        lead === 'next' ||
        lead.startsWith('ahead') ||
        lead.startsWith('before') ||
        (!lead.startsWith('this') &&
          lead !== 'last' &&
          directionAt(ctx.sentence, match.index, match.index + match[0].length) === 'future');
      // The Saturday of the weekend meant: the coming one, or the latest to have begun.
      let saturday = ahead
        ? addDays(published, (6 - weekday + 7) % 7)
        : subDays(published, (weekday + 1) % 7);
      if (lead === 'next' && weekday >= 5) saturday = addDays(saturday, 7);
      if (lead === 'last' && (weekday === 6 || weekday === 0)) saturday = subDays(saturday, 7);
      const start = toIsoDay(saturday);
      const end = toIsoDay(addDays(saturday, 1));
      return {
        start,
        end,
        precision: 'week',
        basis: 'relative',
        weekend: true,
        explanation: `→ the weekend of ${longDay(start)} and ${longDay(end)}, from the article of ${longDay(ctx.published)}.`,
      };
    },
  },
];
