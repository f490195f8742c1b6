/**
 * The CSV export: one row per event and source, for a spreadsheet. papaparse
 * quotes what needs quoting and, with `escapeFormulae`, makes a cell a spreadsheet
 * could read as a formula inert (a leading '), so a hostile title cannot become
 * one. The byte-order mark tells Excel it is UTF-8.
 *
 * A person's hand shows in the last columns: `own_article` on a row whose article
 * they added, `corrected` (the fields they corrected, "title; date"), and the
 * machine's reading beside their value: `machine_title` and `machine_date` for the
 * two a sheet sorts and compares by, `machine_read` for every field in words.
 */
import Papa from 'papaparse';
import { KIND_LABELS } from '../kinds';
import { dateWording } from '../dateWording';
import { actorsWithRoles, eventLink, type ExportInput } from './exportInput';
import { correctedFields, machineReadings } from './curation';

export const CSV_COLUMNS = [
  'date_start',
  'date_end',
  'precision',
  'basis',
  'date_said',
  'date_certainty',
  'title',
  'kind',
  'actors',
  'crisis',
  'place',
  'outlet',
  'headline',
  'url',
  'published',
  'excerpt',
  'event_link',
  // Added after the rest, so a sheet that reads the columns above by place still reads them.
  'own_article',
  'corrected',
  'machine_title',
  'machine_date',
  'machine_read',
] as const;

/**
 * A cell a spreadsheet could take for a formula: one that starts with =, +, -, @ or
 * their full-width forms (which some spreadsheets read as the same), after any white
 * space or invisible characters they trim, or with a tab or line break. papaparse's
 * own test ends in `.*$` without the s flag, so a cell holding a line break anywhere
 * passed it: this one looks only at the start.
 */
export const FORMULA_START =
  /^[\s\u00A0\u00AD\u180E\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function toCsv(input: ExportInput): string {
  const rows = input.events.flatMap((event) => {
    const wording = dateWording(event.date);
    const machine = event.corrected?.machine;
    return event.sources.map((source) => {
      const article = input.articles.get(source.article);
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        date_start: event.date.start,
        date_end: event.date.end ?? '',
        precision: event.date.precision,
        basis: event.date.basis,
        // The code words above are for sorting; these are what the app says.
        date_said: wording.when,
        date_certainty: wording.certainty,
        title: event.title,
        kind: KIND_LABELS[event.kind],
        actors: actorsWithRoles(event, input.actors),
        crisis: event.crisis ? (input.crises.get(event.crisis)?.name ?? event.crisis) : '',
        place: event.place ?? '',
        outlet: article?.outlet ?? '',
        headline: article?.headline ?? '',
        url: article?.url ?? '',
        published: source.published,
        excerpt: source.excerpt,
        event_link: eventLink(input.appUrl, event.id),
        // Empty for the corpus's articles and the machine's reading, so a filter on them finds the rest.
        own_article: article?.own ? 'yes' : '',
        corrected: correctedFields(event).join('; '),
        machine_title: machine?.title ?? '',
        machine_date: machine?.date ? dateWording(machine.date).when : '',
        machine_read: machineReadings(event, input).join('; '),
      };
      return CSV_COLUMNS.map((column) => row[column]);
    });
  });
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${text}\r\n`;
}
