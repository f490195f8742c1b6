/**
 * Events and crises as vis-timeline items. Item content is never HTML: labels
 * are rendered by `renderItemLabel` as text nodes, so article text cannot inject markup.
 */
import type { DataItem } from 'vis-timeline/esnext';
import {
  formatShortDate,
  fromIsoDay,
  isPointDate,
  spanOfEventDate,
} from '../../shared/partialDate';
import type { Crisis } from '../../shared/schema';
import { kindClass } from '../../shared/kinds';
import { dateSentence, isOnOrBefore } from '../../shared/dateWording';
import { formatCount } from '../../shared/formatCount';
import { addDays } from 'date-fns/addDays';
import type { PeriodSummary } from '../../shared/timeWindow';
import type { EventOutline } from '../../shared/timelineParts';

export interface TimelineItem extends DataItem {
  id: string;
  /** The label, kept out of `content` so vis never parses it as HTML. */
  label: string;
}

/** An event's label on the timeline: its title, dated when the date is not a single day. */
export function eventLabel(event: EventOutline): string {
  const prefix = event.date.precision === 'day' ? '' : `${formatShortDate(event.date.start)} · `;
  return `${prefix}${event.title}`;
}

export function eventToItem(event: EventOutline, group?: string): TimelineItem {
  const point = isPointDate(event.date);
  const span = spanOfEventDate(event.date);
  const classes = [kindClass(event.kind)];
  if (event.date.precision !== 'day') classes.push('uncertain');
  // "≈": the same doubt the details word as "On or before".
  if (isOnOrBefore(event.date)) classes.push('approximate');
  if (event.context) classes.push(`context-${event.context}`);
  return {
    id: event.id,
    content: '',
    label: eventLabel(event),
    // Shown by vis as a tooltip, escaped (xssAsText.ts): the date in full, with how
    // sure it is, then the title.
    title: `${dateSentence(event.date)}: ${event.title}`,
    start: span.start,
    ...(point ? { type: 'point' } : { end: span.end, type: 'range' }),
    className: classes.join(' '),
    ...(group ? { group } : {}),
  };
}

export function crisisToBackground(crisis: Crisis): TimelineItem {
  return {
    id: `crisis:${crisis.id}`,
    content: '',
    label: crisis.name,
    start: fromIsoDay(crisis.start),
    end: addDays(fromIsoDay(crisis.end), 1),
    type: 'background',
    className: 'crisis-band',
  };
}

/** vis calls this for every item it draws; returning an element keeps the text inert. */
export function renderItemLabel(item: TimelineItem | undefined): HTMLElement {
  const span = document.createElement('span');
  span.className = 'item-label';
  span.textContent = item?.label ?? '';
  return span;
}

/**
 * "312 events" across a period, drawn when a window holds too many to read; a
 * click zooms in. A bar under the count grows with it (4 steps, relative to
 * the busiest period in view), so the row reads as a histogram at a glance.
 */
export function summaryToItem(summary: PeriodSummary, busiest: number): TimelineItem {
  const level = Math.max(1, Math.ceil((4 * summary.count) / Math.max(busiest, 1)));
  // Inset, so neighbouring periods never touch and vis keeps them in one row.
  const inset = (summary.end - summary.start) * 0.03;
  const count = `${formatCount(summary.count)} event${summary.count === 1 ? '' : 's'}`;
  return {
    id: summary.id,
    content: '',
    label: count,
    title: `${summary.period}: ${count}. Click to zoom in.`,
    start: new Date(summary.start + inset),
    end: new Date(summary.end - inset),
    type: 'range',
    className: `summary summary-level-${level}`,
    ...(summary.lane ? { group: summary.lane } : {}),
  };
}

/** Everything vis draws from an item, as one string: equal signatures, nothing to redraw. */
export function itemSignature(item: TimelineItem): string {
  const time = (t: DataItem['start'] | undefined) => (t instanceof Date ? t.getTime() : String(t));
  return [
    item.label,
    item.type,
    item.className,
    item.group,
    item.title,
    time(item.start),
    time(item.end),
  ].join('\u0000');
}
