/** What every export is made from: the events the filters show, and what they refer to. */
import type { Actor, Article, Crisis, TimelineEvent } from '../schema';
import { roleWords } from '../kinds';

export interface ExportInput {
  /** Exactly what the filters show, in the order shown. */
  events: readonly TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  articles: ReadonlyMap<string, Article>;
  crises: ReadonlyMap<string, Crisis>;
  /** The app's own address, without a query: each event's link back is this plus `?event=`. */
  appUrl: string;
  /** The address of the view exported (its filters and window), said where a file says where it is from. */
  viewUrl?: string;
}

export function eventLink(appUrl: string, id: string): string {
  return `${appUrl}?event=${encodeURIComponent(id)}`;
}

/** "Mike Pompeo (speaker); Pakistan (addressed)": who took part, and how. */
export function actorsWithRoles(event: TimelineEvent, actors: ReadonlyMap<string, Actor>): string {
  return event.actors
    .map(({ id, role }) => `${actors.get(id)?.name ?? id} (${roleWords(event.kind, role)})`)
    .join('; ');
}
