/** The knowledge base (seeds/knowledge/*.json): known actors, incidents and crises. */
import { z } from 'zod';
import { ACTOR_KINDS, ACTOR_ROLES, EVENT_KINDS } from '../../shared/schema';
import { MAX_ID_LENGTH } from '../../shared/ids';
import { inputDaySchema } from '../corpus/inputDates';
import { readableText } from '../text/readable';

const day = inputDaySchema;
const id = z
  .string()
  .max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`)
  .regex(
    /^(?!constructor$)[a-z0-9][a-z0-9-]*$/,
    'lower-case letters, digits and - (and not "constructor")',
  );
/**
 * Written as one line of words: no space at either end and one between words. A
 * person's surname is the name's last word, and "Mike Pompeo " has an empty one,
 * which would match everywhere.
 */
const words = z
  .string()
  .min(1)
  .refine(
    (s) => /^\S+(?: \S+)*$/u.test(s),
    'has a space at either end, two spaces together, or a tab or line break; write it with single spaces between words',
  )
  // Names and titles are shown as they are written: a bidi control would show them
  // reversed, a zero-width space would make two names that look alike differ.
  .refine(
    (s) => !/(?![\u200C\u200D])\p{Cf}/u.test(s),
    'holds an invisible character (a bidi control, a zero-width space or a soft hyphen); remove it',
  );

/**
 * Words matched in the text, composed (NFC) and read as the texts are (text/readable.ts:
 * an alias with a soft hyphen or no-break space in it would otherwise never match the
 * text, where they are taken out or made plain), then checked. At least two letters or
 * digits: a one-letter alias matches the article "A", a lone "I", a list's "a)"; one of
 * only signs matches everywhere.
 */
const phrase = z
  .string()
  .transform((s) => readableText(s.normalize('NFC')).text)
  .pipe(
    words.refine(
      (s) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2,
      'needs at least two letters or digits, or it matches words like "A" everywhere',
    ),
  );

/** The address of a public web page (http or https), not a file. */
const webPage = z.url({
  protocol: /^https?$/,
  error: 'not a web page; give the http(s) address of a public page a reader can open',
});

/** A phrase that names a person only while they held an office ("Pakistani premier"). */
const titleSchema = z.object({ phrase, from: day, to: day }).strict();

export const kbActorSchema = z
  .object({
    id,
    name: words,
    shortName: words,
    kind: z.enum(ACTOR_KINDS),
    country: id.optional(),
    /** The body a person speaks for: a spokesperson's ministry. Offices roll up to it. */
    body: id.optional(),
    role: z.string().optional(),
    aliases: z.array(phrase),
    /** Nationality adjectives: "Pakistani officials" speaks of Pakistan. */
    adjectives: z.array(phrase).optional(),
    /** Descriptors of this body's staff: "senior State Department official". */
    officials: z.array(phrase).optional(),
    titles: z.array(titleSchema).optional(),
    /**
     * A country's standard offset from UTC at its capital, in hours: a report
     * dated in Delhi or Islamabad is already the next day in Washington's evening.
     */
    utcOffset: z.number().min(-12).max(14).optional(),
    /** A country's internet domain ("pk"): a page at dawn.com.pk is published there. */
    webDomain: z
      .string()
      .regex(/^[a-z]{2}$/, 'a two-letter country domain, such as "pk"')
      .optional(),
    /** Where the facts were checked. */
    sources: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type KbActor = z.infer<typeof kbActorSchema>;

const occurrenceSchema = z.object({ start: day, end: day.optional() }).strict();

export const kbIncidentSchema = z
  .object({
    id,
    name: words,
    title: words.max(90),
    kind: z.enum(EVENT_KINDS),
    /** More than one when the same thing recurred (Rubio's calls of 30 April and 8 May 2025). */
    dates: z.array(occurrenceSchema).min(1),
    place: z.string().optional(),
    crisis: id.nullable(),
    actors: z.array(z.object({ id, role: z.enum(ACTOR_ROLES) }).strict()),
    /** Phrases that name the incident wherever they appear. */
    aliases: z.array(phrase),
    /** Phrases too generic alone ("India's attacks"): they name it only in reports of its crisis and the month after. */
    crisisAliases: z.array(phrase).optional(),
    /**
     * Groups of names, one of each to be found in a sentence ([["Tillerson"],
     * ["Islamabad", "Pakistan"]]), that together with a word of the incident's
     * kind ("visit", "met" for a meeting) identify it.
     */
    match: z.array(z.array(phrase).min(1)).optional(),
    /**
     * Groups like `match` for a generic telling ("Indian jets struck a camp") that
     * means the incident only in reports of its crisis and the month after, and only
     * with the names before the deed word: the doer told first.
     */
    crisisMatch: z.array(z.array(phrase).min(1)).optional(),
    /** Where the date was checked. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type KbIncident = z.infer<typeof kbIncidentSchema>;

export const kbCrisisSchema = z
  .object({
    id,
    name: words,
    start: day,
    end: day,
    trigger: id.nullable(),
    description: z.string().min(1),
    /** Public pages a reader can open that give the trigger and both dates. */
    sources: z.array(webPage).min(1),
  })
  .strict();
export type KbCrisis = z.infer<typeof kbCrisisSchema>;

/**
 * A news outlet and the country its pages are dated in. Only the manifest's
 * `url` and `outlet` are matched against it, never the article text: an outlet
 * named in a story ("told Dawn") is not the one that published it.
 */
export const kbOutletSchema = z
  .object({
    id,
    name: z.string().min(1),
    country: id,
    /** Web hosts, matched with their subdomains ("indiatimes.com" holds economictimes.indiatimes.com). */
    domains: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a host name')),
    /** The masthead as a manifest's `outlet` names it ("The Hindu"), matched whole and case-sensitively. */
    names: z.array(phrase),
    sources: z.array(webPage).min(1),
  })
  .strict();
export type KbOutlet = z.infer<typeof kbOutletSchema>;

export interface KnowledgeBase {
  actors: KbActor[];
  incidents: KbIncident[];
  crises: KbCrisis[];
  /** Optional file: without it, a report's place is known only from its web domain. */
  outlets?: KbOutlet[];
}
