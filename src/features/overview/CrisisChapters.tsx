/**
 * The whole story at a glance: one chapter per crisis, each with its events as
 * marks along it and how many there are, whatever the timeline below is zoomed
 * to. A chapter is also the crisis filter: pressing it shows that crisis alone.
 */
import { memo } from 'react';
import type { Crisis } from '../../shared/schema';
import type { ChapterMark, Chapters } from '../../shared/crisisChapters';
import { crisisSpanLabel } from '../../shared/crisisChapters';
import { formatCount } from '../../shared/formatCount';
import { kindClass } from '../../shared/kinds';

interface Props {
  crises: readonly Crisis[];
  /** Null while they are being counted: the crises are named, their counts follow. */
  chapters: Chapters | null;
  chosen: string | null;
  onChoose(crisis: string | null): void;
}

const eventsWord = (n: number) => `${formatCount(n)} event${n === 1 ? '' : 's'}`;

export const CrisisChapters = memo(function CrisisChapters({
  crises,
  chapters,
  chosen,
  onChoose,
}: Props) {
  const shown: { crisis: Crisis; count: number | null; marks: ChapterMark[] }[] =
    chapters?.chapters ?? crises.map((crisis) => ({ crisis, count: null, marks: [] }));
  return (
    <nav className="chapters" aria-label="Crises">
      <ol>
        {shown.map(({ crisis, count, marks }) => (
          <li key={crisis.id}>
            <button
              type="button"
              className="chapter"
              aria-pressed={chosen === crisis.id}
              title={crisis.description}
              onClick={() => onChoose(chosen === crisis.id ? null : crisis.id)}
            >
              <span className="chapter-name">{crisis.name}</span>
              <span className="chapter-span">
                <span>{crisisSpanLabel(crisis)}</span>{' '}
                <span className="chapter-count">{count === null ? '…' : eventsWord(count)}</span>
              </span>
              <span className="chapter-marks" aria-hidden="true">
                {marks.map((m) => (
                  <span
                    key={`${m.at}:${m.kind}:${m.context}`}
                    className={`mark ${kindClass(m.kind)}${m.context ? ' mark-context' : ''}`}
                    style={{ left: `${m.at}%` }}
                  />
                ))}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});

/**
 * "And 2 events between crises": counted at once (a cheap pass), so the line
 * is there from the first paint and nothing below it moves when the chapters'
 * counts arrive; a component of its own, so that its count changing does not
 * render the chapters again. It also names the crises no article reports on,
 * which have no chapter.
 */
export const ChaptersOutside = memo(function ChaptersOutside({
  count,
  empty = [],
}: {
  count: number;
  empty?: readonly Crisis[];
}) {
  if (count === 0 && empty.length === 0) return null;
  return (
    <p className="chapters-outside">
      {count > 0 ? `And ${eventsWord(count)} between crises, on the timeline and in the list.` : ''}
      {count > 0 && empty.length > 0 ? ' ' : ''}
      {empty.length > 0
        ? `No article here reports on ${empty.length === 1 ? 'one other crisis' : `${empty.length} other crises`}: ${empty.map((c) => c.name).join('; ')}.`
        : ''}
    </p>
  );
});
