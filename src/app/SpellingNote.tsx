/** "Did you mean …?": said when a search was corrected, with a way to keep the correction. */
import type { Spelling } from './useSpelling';

export function SpellingNote({
  corrected,
  onAccept,
}: {
  corrected: NonNullable<Spelling['corrected']>;
  onAccept(query: string): void;
}) {
  return (
    <p className="spelling-note" role="status">
      Did you mean{' '}
      <button type="button" className="link-button" onClick={() => onAccept(corrected.to)}>
        {corrected.to}
      </button>
      ? No event has “{corrected.from}”: showing the events with “{corrected.to}”.
    </p>
  );
}
