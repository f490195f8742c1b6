/**
 * What the reader is told about a link's values that name nothing here. Unknown
 * actors are summed up in one line however many there are: a link listing a
 * thousand is one notice, not a thousand lines pushing the timeline off the page.
 */

/** A few names are listed; past this many, the rest are counted. */
const LISTED = 3;

const quoted = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ');

export function unknownActorsNotice(unknown: readonly string[]): string | null {
  if (unknown.length === 0) return null;
  if (unknown.length === 1) return `No actor “${unknown[0]}” is known; that filter is ignored.`;
  if (unknown.length <= LISTED)
    return `No actors ${quoted(unknown)} are known; those filters are ignored.`;
  const rest = unknown.length - LISTED;
  return `${unknown.length.toLocaleString('en')} actors in the link are not known (${quoted(unknown.slice(0, LISTED))} and ${rest.toLocaleString('en')} more); those filters are ignored.`;
}

export interface LinkNoticeInput {
  /** The event the link opens, when no event has that id. */
  missingEvent: string | null;
  unknownActors: readonly string[];
  /** The crisis the link filters by, when no crisis has that id. */
  missingCrisis: string | null;
  /** Parameters present but unreadable. */
  rejected: readonly string[];
}

export function linkNotices(input: LinkNoticeInput): string[] {
  const actors = unknownActorsNotice(input.unknownActors);
  return [
    ...(input.missingEvent
      ? [`No event “${input.missingEvent}” exists; it may have been renamed or removed.`]
      : []),
    ...(actors ? [actors] : []),
    ...(input.missingCrisis
      ? [`No crisis “${input.missingCrisis}” is known; that filter is ignored.`]
      : []),
    ...input.rejected.map((p) => `The link's “${p}” value could not be read and was ignored.`),
  ];
}
