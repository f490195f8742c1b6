/**
 * How an event's date is said: the date, and how sure it is, worded by how it
 * was found. A date the text gives is the text's day; one counted from "on
 * Friday" is right to within a day (a Washington evening is the next morning in
 * Delhi); a day the knowledge base supplied is said to be its; a report the text
 * does not date is "on or before" the day it was published, never that day.
 */
import { eventDateLabel } from './eventOrder';
import type { EventDate } from './schema';
import type { Precision } from './vocabulary';

const COARSE: Record<Exclude<Precision, 'day'>, string> = {
  week: 'known only to the week',
  month: 'known only to the month: any day of it',
  year: 'known only to the year',
  decade: 'known only to the decade',
};

function certainty(date: EventDate): string {
  if (date.basis === 'publication') return 'the day it was reported: the text gives no date';
  if (date.precision !== 'day') return COARSE[date.precision];
  if (date.basis === 'knowledge-base')
    return 'the day as the knowledge base has it: the text does not give it';
  if (date.basis === 'relative') return 'worked out from the text, right to within a day';
  return 'the day the text gives';
}

export function dateWording(date: EventDate): { when: string; certainty: string } {
  const prefix = date.ongoing ? 'Since ' : date.onOrBefore ? 'On or before ' : '';
  return { when: `${prefix}${eventDateLabel({ date })}`, certainty: certainty(date) };
}
