/**
 * The TimelineJS3 export (Knight Lab's documented JSON format): a slide per event,
 * with its first passage as the slide's media (TimelineJS shows a `<blockquote>` url
 * as a quotation) and that article as its credit, every passage and source in its
 * text; a group per crisis, and the crises as eras. TimelineJS reads headline and
 * text as HTML, so all of ours is escaped: a title with markup in it stays text.
 */
import type { Crisis, TimelineEvent } from '../schema';
import { parsePartialDate } from '../partialDate';
import { KIND_LABELS } from '../kinds';
import { sourcePassages } from '../sourceGroups';
import { escapeHtml } from '../escapeHtml';
import { BETWEEN_CRISES } from '../lanes';
import { dateSentence, dateWording } from '../dateWording';
import { creditLine, SITE_NAME } from './eventPage';
import { actorsWithRoles, eventLink, type ExportInput } from './exportInput';
import { curationNotes } from './curation';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text?: string };
  media?: { url: string; credit?: string; caption?: string };
  group?: string;
  unique_id?: string;
}

export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
  eras: { start_date: TimelineJsDate; end_date: TimelineJsDate; text: { headline: string } }[];
}

function timelineJsDate(value: string): TimelineJsDate {
  const parts = parsePartialDate(value);
  if (!parts) throw new Error(`not a date: ${value}`);
  return {
    year: parts.year,
    ...(parts.month !== undefined ? { month: parts.month } : {}),
    ...(parts.day !== undefined ? { day: parts.day } : {}),
  };
}

const link = (url: string, text = url) =>
  `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;

function slideOf(event: TimelineEvent, input: ExportInput): TimelineJsSlide {
  const sources = sourcePassages(event.sources, input.articles);
  const first = sources[0];
  const sourceHtml = sources.map(({ article, published, passages }) => {
    const quotes = passages.map((p) => `<blockquote>${escapeHtml(p)}</blockquote>`).join('');
    const url = article?.url ? ` ${link(article.url)}` : '';
    return `${quotes}<p>— ${escapeHtml(creditLine(article, published))}.${url}</p>`;
  });
  const about = [KIND_LABELS[event.kind], actorsWithRoles(event, input.actors)]
    .filter((part) => part !== '')
    .join(' · ');
  const crisis = event.crisis ? input.crises.get(event.crisis) : undefined;
  return {
    start_date: timelineJsDate(event.date.start),
    ...(event.date.end && event.date.end !== event.date.start
      ? { end_date: timelineJsDate(event.date.end) }
      : {}),
    display_date: dateWording(event.date).short,
    text: {
      headline: escapeHtml(event.title),
      text: [
        `<p>${escapeHtml(dateSentence(event.date))}</p>`,
        `<p>${escapeHtml(about)}</p>`,
        ...curationNotes(event, input).map((note) => `<p><em>${escapeHtml(note)}</em></p>`),
        ...sourceHtml,
        `<p>${link(eventLink(input.appUrl, event.id), 'This event in the crisis timeline')}</p>`,
      ].join(''),
    },
    ...(first && first.passages[0]
      ? {
          media: {
            url: `<blockquote>${escapeHtml(first.passages[0])}</blockquote>`,
            credit: escapeHtml(creditLine(first.article, first.published)),
          },
        }
      : {}),
    // TimelineJS reads the group as HTML and keeps its text (DOMParser, then
    // textContent), which undoes one escape, and then shows that text as HTML
    // (innerHTML): escaped once, "&lt;img onerror=…&gt;" ran. Escaped twice, it is
    // shown as the name reads.
    group: escapeHtml(escapeHtml(crisis ? crisis.name : BETWEEN_CRISES)),
    unique_id: event.id,
  };
}

function eraOf(crisis: Crisis) {
  return {
    start_date: timelineJsDate(crisis.start),
    end_date: timelineJsDate(crisis.end),
    text: { headline: escapeHtml(crisis.name) },
  };
}

export function toTimelineJs(input: ExportInput): TimelineJsFile {
  const count = input.events.length;
  return {
    title: {
      text: {
        headline: escapeHtml(SITE_NAME),
        text: `<p>${count} ${count === 1 ? 'event' : 'events'}, each with the news passages it rests on, as filtered at ${link(input.viewUrl ?? input.appUrl)}</p>`,
      },
    },
    events: input.events.map((event) => slideOf(event, input)),
    // Only the crises of the events shown: an era years away would stretch the timeline.
    eras: [...input.crises.values()]
      .filter((crisis) => input.events.some((event) => event.crisis === crisis.id))
      .map(eraOf),
  };
}
