/**
 * Events and crises as vis-timeline items. Item content is never HTML: labels
 * are rendered by `renderItemLabel` as text nodes, so article text cannot inject markup.
 */
import type { DataItem } from 'vis-timeline/peer';
import { formatShortDate, isPointDate, spanOfEventDate } from '../../shared/partialDate';
import type { Crisis, TimelineEvent } from '../../shared/schema';
import { kindClass } from '../../shared/kinds';
import { fromIsoDay } from '../../shared/partialDate';
import { addDays } from 'date-fns/addDays';

export interface TimelineItem extends DataItem {
  /** The label, kept out of `content` so vis never parses it as HTML. */
  label: string;
}

export function eventToItem(event: TimelineEvent, group?: string): TimelineItem {
  const point = isPointDate(event.date);
  const span = spanOfEventDate(event.date);
  const classes = [kindClass(event.kind)];
  if (event.date.precision !== 'day') classes.push('uncertain');
  if (event.date.basis === 'publication') classes.push('approximate');
  const prefix = event.date.precision === 'day' ? '' : `${formatShortDate(event.date.start)} · `;
  return {
    id: event.id,
    content: '',
    label: `${prefix}${event.title}`,
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
