/**
 * "About this timeline": what it was built from, how its dates are read, and
 * what it leaves out, worked out from the loaded file so it never goes stale.
 * A modal dialog (the browser's own: focus held inside, Escape closes, focus
 * back where it was), loaded only when opened.
 */
import { useMemo } from 'react';
import { ModalDialog } from '../ModalDialog';
import type { OutlineFile } from '../../shared/timelineParts';
import { DATE_BASES, type DateBasis } from '../../shared/vocabulary';
import { formatShortDate } from '../../shared/partialDate';
import { formatCount } from '../../shared/formatCount';
import { curationCounts, curationSummary } from '../../shared/curationCounts';
import { Accuracy } from './Accuracy';

const BASIS_MEANING: Record<DateBasis, string> = {
  explicit: 'The text gives the date ("on 14 February", "June 13-14").',
  relative:
    'The text gives a day relative to the report ("on Monday", "yesterday"), counted from its publication date: right to within a day, as a Washington evening is the next morning in Delhi.',
  'knowledge-base':
    'The text names a known happening ("the Pulwama attack") but not its day, or gives only its month or year; the day comes from the knowledge base, where each date is checked against a public source.',
  publication:
    'The text gives no date at all: the event is placed on the day it was reported (or the day before, for news from a place whose day runs far behind the paper\'s: Washington in a Delhi paper), marked "on or before", never as that day.',
  hand: "A person corrected the date by hand, in the workspace or in the corrections file the build applies; the machine's reading is kept beside it, one click away.",
};

const BASIS_TITLE: Record<DateBasis, string> = {
  explicit: 'given in the text',
  relative: 'counted from the report',
  'knowledge-base': 'from the knowledge base',
  publication: 'by the report’s date',
  hand: 'by hand',
};

/** Listed one by one up to this many; a corpus of thousands is summed up. */
const LISTED_ARTICLES = 200;

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

export default function AboutDialog({ data, onClose }: { data: OutlineFile; onClose(): void }) {
  const byBasis = useMemo(() => {
    const counts = new Map<DateBasis, number>();
    for (const e of data.events) counts.set(e.date.basis, (counts.get(e.date.basis) ?? 0) + 1);
    return counts;
  }, [data.events]);
  const articles = useMemo(
    () => [...data.articles].sort((a, b) => (a.published < b.published ? -1 : 1)),
    [data.articles],
  );
  const context = data.events.filter((e) => e.context).length;
  // Corrections and added articles, whether applied at build time (the CLI) or in this browser.
  const curation = useMemo(() => curationSummary(curationCounts(data)), [data]);

  return (
    <ModalDialog title="About this timeline" className="about" onClose={onClose}>
      <p>
        {formatCount(data.events.length)} events across {data.crises.length} crises, read by a
        program from {formatCount(data.articles.length)} news{' '}
        {data.articles.length === 1 ? 'article' : 'articles'}. Each event is one happening, however
        many articles report it, and every one shows the words of the articles it comes from,
        verbatim, with where they are in the article.
      </p>
      {curation ? (
        <>
          <h3>What a person changed</h3>
          <p>
            {curation} Exports, citations and share pages say which events were corrected and what
            the program read. Events a person dropped are not on the timeline, and not counted here.
          </p>
        </>
      ) : null}
      <h3>How the dates are read</h3>
      <dl className="about-bases">
        {DATE_BASES.map((basis) => (
          <div key={basis}>
            <dt>
              {formatCount(byBasis.get(basis) ?? 0)} {BASIS_TITLE[basis]}
            </dt>
            <dd>{BASIS_MEANING[basis]}</dd>
          </div>
        ))}
      </dl>
      <p>
        A date the text knows only to the week, month or year is drawn over the days it could be.
        {context > 0
          ? ` ${formatCount(context)} events are context: named in passing, or still to come when reported; they are drawn fainter, and "Show context" hides them.`
          : ''}
      </p>
      <Accuracy />
      <h3>What it leaves out</h3>
      <ul>
        <li>
          Only what these articles say: a statement no article in the set reports is not here, and
          an article’s wording is not checked against other records.
        </li>
        <li>
          A happening dated only by another (“a day after the bombing”) is placed on the day it was
          reported, and says so.
        </li>
        <li>
          Who spoke and who was addressed are read by the program; a quotation attributed late in a
          paragraph can be given to the wrong person. The excerpts let you check.
        </li>
        <li>
          The crises, and the days they are counted from, are the knowledge base’s: each runs from
          the incident that set it off to the day the two governments were first reported to step
          back, checked against public sources. An event in none of them is marked “between crises”.
        </li>
      </ul>
      <h3>The articles</h3>
      <ol className="about-articles">
        {articles.slice(0, LISTED_ARTICLES).map((a) => (
          <li key={a.id}>
            <span className="outlet">{a.outlet}</span>, {formatShortDate(a.published)}
            {a.publishedNote ? ` (${a.publishedNote})` : ''}:{' '}
            {a.url && isWebLink(a.url) ? (
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.headline ?? a.url}
              </a>
            ) : (
              <span>{a.headline ?? 'no headline recorded'} (no web address recorded)</span>
            )}
          </li>
        ))}
      </ol>
      {articles.length > LISTED_ARTICLES ? (
        <p>
          And {formatCount(articles.length - LISTED_ARTICLES)} more, each named beside the events it
          supports.
        </p>
      ) : null}
    </ModalDialog>
  );
}
