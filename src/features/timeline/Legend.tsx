import { EVENT_KINDS } from '../../shared/vocabulary';
import { KIND_LABELS, kindClass } from '../../shared/kinds';

export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {EVENT_KINDS.map((kind) => (
        <li key={kind} className={kindClass(kind)}>
          <span className="swatch" aria-hidden="true" />
          {KIND_LABELS[kind]}
        </li>
      ))}
      <li className="legend-uncertain">
        <span className="swatch" aria-hidden="true" />
        Date not exact
      </li>
      <li className="legend-context">
        <span className="swatch" aria-hidden="true" />
        Context: in passing, or still to come
      </li>
    </ul>
  );
}
