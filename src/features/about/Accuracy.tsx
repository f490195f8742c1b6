/**
 * How often the extraction is right, as measured on real news reports: the
 * figures come from accuracy.json, which `node scripts/realSet.mjs figures`
 * writes when it scores the two real sets (never typed by hand), and this says
 * what they cover and what they do not.
 */
import figures from './accuracy.json';
import { formatCount } from '../../shared/formatCount';
import { formatShortDate } from '../../shared/partialDate';

interface SetFigures {
  name: string;
  reports: number;
  required: number;
  found: number;
  matched: number;
  exact: number;
  duplicates: number;
}

const SET_NAMES: Record<string, string> = {
  'dev-corpus': 'a shared development set',
  own: 'our own set',
};

const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';

/** The sets added up: the reader wants one figure, then where it comes from. */
function total(sets: readonly SetFigures[]) {
  const sum = (key: keyof Omit<SetFigures, 'name'>) => sets.reduce((n, s) => n + s[key], 0);
  return {
    reports: sum('reports'),
    required: sum('required'),
    found: sum('found'),
    matched: sum('matched'),
    exact: sum('exact'),
    duplicates: sum('duplicates'),
  };
}

export function Accuracy() {
  const sets: readonly SetFigures[] = figures.sets;
  const all = total(sets);
  return (
    <>
      <h3>How often it is right</h3>
      <p>
        On {formatCount(all.reports)} real news reports, each read by a person who listed the events
        in it, the program found {formatCount(all.found)} of the {formatCount(all.required)} events
        listed ({percent(all.found, all.required)}), and gave {formatCount(all.exact)} of the{' '}
        {formatCount(all.matched)} it found the right day or span ({percent(all.exact, all.matched)}
        ). It also showed {formatCount(all.duplicates)} happenings twice.
      </p>
      <ul className="about-accuracy">
        {sets.map((s) => (
          <li key={s.name}>
            {SET_NAMES[s.name] ?? s.name}, {formatCount(s.reports)} reports: found{' '}
            {percent(s.found, s.required)}, dated right {percent(s.exact, s.matched)} of those
            found.
          </li>
        ))}
      </ul>
      <p>
        These reports were used to improve the program, so on reports unlike them (other outlets,
        other years, other kinds of writing) expect it to do less well. The figures count whether an
        event was found and dated; they do not count whether its title, its actors and their roles
        are right, which is why every event shows the words it was read from. Measured on{' '}
        {formatShortDate(figures.scoredOn)}.
      </p>
    </>
  );
}
