/**
 * Page furniture: what a web page, an archive or a copy-and-paste puts around
 * an article that is no part of what it reports (archive date stamps, bylines,
 * "Updated" stamps, photo credits and captions, "Also read" links, share
 * prompts). None of it tells a happening or dates one: "date 2019-07-23" at the
 * head of a saved page is the day it was filed, and a caption names a picture.
 *
 * Each pattern is tried at the start of a line; `whole` patterns must cover the
 * line (a byline is a short line of its own), the others mark only what they
 * match (an archive stamp runs straight into the headline). Each row's examples
 * are lines it must take; `tests/unit/pipeline/furniture.test.ts` runs them and
 * a table of prose it must leave alone.
 */

export interface FurniturePattern {
  name: string;
  pattern: RegExp;
  /** The pattern describes the whole line, not only its head. */
  whole: boolean;
  examples: string[];
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** "Jan 5, 2019", "5 January 2019", "2019-01-05", "05/01/2019", optionally a clock time and zone. */
const PRINTED_DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const CLOCK = '(?:[,|\\s]+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?)?';
/** Credits at a line's end: "(AP Photo/Jane Roe)", "(Photo: PTI)", "| Photo Credit: Reuters", "— AP". */
const PHOTO_CREDIT = String.raw`(?:\s[—–]\s*(?:AP|AFP|Reuters|PTI|ANI|IANS|APP|EPA|Getty Images|File|Twitter|X|Facebook|Screengrab|Handout)(?:\s*Photo|\s*/\s*File)?\.?|\((?:[A-Z]{2,}\s+)?(?:Photo|Image|File|Pic|Picture)\b[^()\n]{0,80}\)|[|·]\s*(?:Photo|Image|Picture)(?:\s+Credit)?\s*:?[^\n|]{0,80})\s*$`;

export const FURNITURE: FurniturePattern[] = [
  {
    name: 'archive date stamp',
    pattern: /^date\s+\d{4}-\d{2}-\d{2}(?=\s|$)/i,
    whole: false,
    examples: ['date 2019-07-23 Some headline follows on the same line'],
  },
  {
    name: 'published or updated stamp',
    pattern: new RegExp(
      `^(?:(?:Last\\s+)?Updated|Published|First\\s+published|Posted|Modified)(?:\\s+(?:on|at))?\\s*:?\\s*${PRINTED_DATE}${CLOCK}\\s*[.|]?`,
      'i',
    ),
    whole: false,
    examples: [
      'Updated: Jan 5, 2019 10:32 IST',
      'Published on 5 January 2019',
      'Last Updated 2019-01-05',
    ],
  },
  {
    name: 'printed date line',
    pattern: new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?${PRINTED_DATE}${CLOCK}\\s*$`),
    whole: true,
    examples: ['February 20, 2016', 'Tuesday, 5 March 2019 09:10 PKT'],
  },
  {
    name: 'byline',
    pattern:
      /^(?:(?:Written|Reported|Edited|Compiled|Posted)\s+by|By)\s*:?\s+(?:[A-Z][\w.'’-]*|and|&|,|\s)+(?:\s*[|,/]\s*[A-Z][\w .'’-]{0,40})?\s*$/,
    whole: true,
    examples: [
      'By Jane Roe',
      'By Jane Roe and Richard Doe | New Delhi',
      'Written by Staff Reporter',
    ],
  },
  {
    name: 'agency or desk credit',
    pattern:
      /^(?:(?:Press Trust of India|Agence France-Presse|Associated Press|Reuters|PTI|ANI|IANS|AFP|APP|News Desk|Web Desk|Staff Reporter|Our Correspondent|Online Desk)\s*)(?:[|,/]\s*[A-Z][\w .,'’-]{0,40})?\s*$/,
    whole: true,
    examples: ['Press Trust of India', 'Web Desk', 'Our Correspondent | Islamabad'],
  },
  {
    name: 'photo caption or credit',
    pattern: new RegExp(
      String.raw`^(?:[^\n]{0,400}?${PHOTO_CREDIT}|(?:File\s+)?(?:Photo|Image|Picture)\s*(?:Credit)?\s*:[^\n]{0,200}$|File photo\b[^\n]{0,200}$)`,
      'i',
    ),
    whole: true,
    examples: [
      'A leader waves to supporters at a rally. (AP Photo/Jane Roe)',
      'Photo: Reuters',
      'File photo of the border crossing.',
    ],
  },
  {
    name: 'related-story link',
    pattern:
      /^(?:Also\s+read|Read\s+more|Read\s+also|Must\s+read|Related(?:\s+stories|\s+news)?|Recommended|Watch|Listen)\s*[:|\-–—]/i,
    whole: true,
    examples: ['Also Read: Another story about something else', 'READ MORE | A second story'],
  },
  {
    name: 'prompt or page chrome',
    pattern:
      /^(?:Advertisement|Story continues below(?: this ad)?|Continue reading(?: below)?|Share(?: this(?: article| story)?)?(?: on \w+)?|Follow us on [\w ,&]+|Subscribe(?: to [\w ,]+)?|Click here[^\n]{0,120}|Sign up[^\n]{0,120}|You might also like|The news is by your side\.?|Read the rest of the story[^\n]{0,120}|Download the [\w ]+ app[^\n]{0,80}|Listen to this article[^\n]{0,40}|\d+\s+min(?:ute)?s?\s+read)\s*$/i,
    whole: true,
    examples: [
      'Advertisement',
      'Follow us on Facebook and Twitter',
      'You might also like',
      '4 min read',
    ],
  },
];

/** The length of the furniture that opens `line` (the text up to its line break), or 0. */
export function furnitureLength(line: string): number {
  for (const { pattern, whole } of FURNITURE) {
    const match = pattern.exec(line);
    if (!match) continue;
    if (whole) return line.trimEnd().length;
    return match[0].length;
  }
  return 0;
}
