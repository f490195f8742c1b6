/**
 * A wire report opens its first paragraph with a dateline: where it was filed,
 * often when, and by which agency ("Washington, Feb 15 (PTI)", "WASHINGTON
 * (Reuters) -", "ISLAMABAD:"). It is no part of the story: its date is the day
 * of filing, not of the happening, and a title must never start with it.
 */

const AGENCIES =
  'PTI|ANI|IANS|UNI|APP|Reuters|AP|AFP|Xinhua|dpa|Bloomberg|AA|Anadolu|BSS|NNN|KUNA|WAM|SPA|IRNA|TASS|EFE';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** "Washington", "NEW DELHI", "Washington D.C.", "Srinagar/Jammu". */
const PLACE = "[A-Z][A-Za-z.'’-]*(?:[ /-][A-Z][A-Za-z.'’-]*){0,3}";

const DATELINE = new RegExp(
  [
    `^(?:${PLACE})`,
    // ", Va." or ", Pakistan": a state or country after the city.
    `(?:,\\s*[A-Z][a-z]{1,12}\\.?)?`,
    `(?:\\s*\\[[^\\]\\n]{1,30}\\])?`,
    `(?<date>,\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?`,
    `(?<agency>\\s*\\((?:${AGENCIES})\\))?`,
    // A colon or dash ends it; after an agency a plain space may do.
    `(?<end>\\s*(?::|\\s[-–—]|[-–—]\\s)\\s*|\\s+(?=[A-Z“"]))`,
  ].join(''),
  'u',
);

/**
 * The length of the dateline that opens `paragraph`, or 0. A place with an
 * agency or a filing date counts; a place alone needs a colon or dash and must
 * be written in capitals ("ISLAMABAD:") or be the dateline the manifest gives,
 * so that "Pompeo: ..." is not taken for one.
 */
export function datelineLength(paragraph: string, knownPlace: string | null): number {
  const match = DATELINE.exec(paragraph);
  if (!match) return 0;
  const { date, agency, end } = match.groups ?? {};
  if (agency || date) return match[0].length;
  if (!/[:\-–—]/.test(end ?? '')) return 0;
  const place = match[0]
    .replace(/[\s:\-–—]+$/u, '')
    .split(/,|\s\[/)[0]!
    .trim();
  const capitals = place === place.toUpperCase() && /[A-Z]{3}/.test(place);
  const known = knownPlace !== null && place.toLowerCase() === knownPlace.toLowerCase();
  return capitals || known ? match[0].length : 0;
}
