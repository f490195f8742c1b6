/**
 * The day a report's undated news happened, seen from where it happened. A page
 * is dated by the calendar of the place that published it: a Delhi or Islamabad
 * paper of Tuesday carries what Washington said on Monday, because Washington's
 * working day is South Asia's night. So when every actor of an undated happening
 * is a day's half behind the outlet (eight hours or more), the latest day it can
 * have happened is the day before the publication date. The date stays "on or
 * before": the text still gives none.
 */
import { addDays } from 'date-fns/addDays';
import type { EventDate, EventKind } from '../../shared/schema';
import { fromIsoDay, longDay, toIsoDay } from '../dates/calendar';
import { escapeRegExp } from '../text/escapeRegExp';
import type { KbActor, KbOutlet } from '../knowledge/knowledgeSchema';
import type { Article } from '../types';

/** Far enough apart that a working day in one is the next calendar day in the other. */
const DAY_APART_HOURS = 8;
const ACTING = new Set(['speaker', 'agent', 'participant']);

/** The country whose clock an actor keeps: the country itself, or the one it belongs to. */
export type CountryOfActor = (id: string) => KbActor | undefined;

/** The host of a URL, lower-cased, or null for none or a malformed one. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const onHost = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The country an article was published in: its web host (an outlet's domain,
 * or a country's own domain such as .pk), else the last masthead its `outlet`
 * names ("PTI, carried by Business Standard" is dated by Business Standard).
 */
export function createPublisherCountry(outlets: KbOutlet[], countries: KbActor[]) {
  const byDomain = countries.filter((c) => c.webDomain);
  const country = (id: string) => countries.find((c) => c.id === id) ?? null;
  const masthead = (name: string) => new RegExp(`(?<![\\w.-])${escapeRegExp(name)}(?![\\w-])`);
  const mastheads = outlets.flatMap((o) => o.names.map((n) => ({ o, re: masthead(n) })));

  return function publisherCountry(article: Article): KbActor | null {
    const host = hostOf(article.url);
    if (host) {
      const outlet = outlets.find((o) => o.domains.some((d) => onHost(host, d)));
      if (outlet) return country(outlet.country);
      const tld = host.split('.').at(-1);
      const byTld = byDomain.find((c) => c.webDomain === tld);
      if (byTld) return byTld;
    }
    const named = mastheads
      .map(({ o, re }) => ({ o, at: re.exec(article.outlet)?.index ?? -1 }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    return named ? country(named.o.country) : null;
  };
}

/**
 * The countries whose clocks the happening's actors keep; null when one is
 * unknown. A meeting or call has two ends: everyone named with it counts, even
 * as "mentioned", except countries named in passing.
 */
function actingCountries(
  kind: EventKind,
  actors: Map<string, string>,
  countryOf: CountryOfActor,
): KbActor[] | null {
  const counts = ([id, role]: [string, string]) =>
    ACTING.has(role) || (kind === 'meeting' && countryOf(id)?.id !== id);
  const countries = [...actors].filter(counts).map(([id]) => countryOf(id));
  if (countries.length === 0) return null;
  return countries.every((c) => c?.utcOffset !== undefined) ? (countries as KbActor[]) : null;
}

type DraftLike = { date: EventDate; kind: EventKind; actors: Map<string, string> };

/**
 * Moves an article's publication-day dates to the day before when the
 * happening's actors are all far enough west of the outlet. The text's own
 * calendar wins: if it dates a happening of those actors to the publication day
 * itself ("the White House on Saturday clarified" in Saturday's paper), the
 * report was written late enough for that day's news, and nothing moves.
 */
export function datesWhereTheyHappened<D extends DraftLike>(
  drafts: D[],
  article: Article,
  publisher: KbActor | null,
  countryOf: CountryOfActor,
): void {
  const offset = publisher?.utcOffset;
  if (offset === undefined) return;
  const farWest = (draft: DraftLike) => {
    const countries = actingCountries(draft.kind, draft.actors, countryOf);
    if (!countries) return null;
    const westmost = Math.max(...countries.map((c) => c.utcOffset!));
    return offset - westmost >= DAY_APART_HOURS ? countries : null;
  };
  const toldOnTheDay = drafts.some(
    (d) =>
      (d.date.basis === 'relative' || d.date.basis === 'explicit') &&
      d.date.precision === 'day' &&
      d.date.start === article.published &&
      farWest(d),
  );
  if (toldOnTheDay) return;
  for (const draft of drafts) {
    if (draft.date.basis !== 'publication') continue;
    const countries = farWest(draft);
    if (countries) draft.date = dayBefore(draft.date, publisher!, countries);
  }
}

function dayBefore(date: EventDate, publisher: KbActor, countries: KbActor[]): EventDate {
  const day = toIsoDay(addDays(fromIsoDay(date.start), -1));
  const where = [...new Set(countries.map((c) => c.name))].join(' and ');
  return {
    ...date,
    start: day,
    onOrBefore: true,
    explanation: `The text gives no date for this. It was reported on ${longDay(date.start)} in ${publisher.name}, whose day begins long before that of ${where}, where it happened; so it happened on or before ${longDay(day)}, and the timeline places it there.`,
  };
}
