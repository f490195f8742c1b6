/**
 * "Share and export": a link to this view, the events the filters show as a
 * file to take away (TimelineJS, spreadsheet, calendar), the embed snippet, and
 * print. Loaded when first opened; each file's writer (papaparse, ical-generator)
 * only when that file is asked for. Everything is made here, from the loaded data.
 */
import { useState } from 'react';
import type { Actor, Article, Crisis, TimelineEvent } from '../../shared/schema';
import type { ExportInput } from '../../shared/share/exportInput';
import { formatCount } from '../../shared/formatCount';
import { toIsoDay } from '../../shared/partialDate';
import { ModalDialog } from '../ModalDialog';
import { saveFile } from '../saveFile';
import { embedSnippet } from './embedSnippet';
import type { EventOutline } from '../../shared/timelineParts';

type Format = 'timelinejs' | 'csv' | 'ics';

const FORMATS: Record<Format, { label: string; detail: string; extension: string; type: string }> =
  {
    timelinejs: {
      label: 'TimelineJS (.json)',
      detail: 'for Knight Lab’s TimelineJS: a slide per event, its passages and credits',
      extension: 'timelinejs.json',
      type: 'application/json',
    },
    csv: {
      label: 'Spreadsheet (.csv)',
      detail: 'a row per event and source, with dates, actors, outlets and links',
      extension: 'csv',
      type: 'text/csv;charset=utf-8',
    },
    ics: {
      label: 'Calendar (.ics)',
      detail: 'an all-day entry per event, its sources in the description',
      extension: 'ics',
      type: 'text/calendar;charset=utf-8',
    },
  };

async function fileText(format: Format, input: ExportInput): Promise<string> {
  switch (format) {
    case 'timelinejs': {
      const { toTimelineJs } = await import('../../shared/share/timelineJs');
      return `${JSON.stringify(toTimelineJs(input), null, 2)}\n`;
    }
    case 'csv':
      return (await import('../../shared/share/csv')).toCsv(input);
    case 'ics':
      return (await import('../../shared/share/ics')).toIcs(input);
  }
}

interface Props {
  events: readonly EventOutline[];
  actors: ReadonlyMap<string, Actor>;
  /**
   * The events shown, whole, with the articles they quote: fetched from their parts
   * when the timeline came in outline (exports carry the passages).
   */
  loadWhole(events: readonly EventOutline[]): Promise<{
    events: TimelineEvent[];
    articles: ReadonlyMap<string, Article>;
  }>;
  crises: ReadonlyMap<string, Crisis>;
  /** This view's address, and the same view's for an iframe. */
  viewUrl: string;
  embedUrl: string;
  onClose(): void;
  onPrint(): void;
}

function CopyField({
  label,
  value,
  multiline,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      window.prompt(`${label}:`, value);
    }
  };
  return (
    <div className="copy-field">
      <label>
        <span>{label}</span>
        {multiline ? (
          <textarea readOnly value={value} rows={3} onFocus={(e) => e.target.select()} />
        ) : (
          <input readOnly value={value} onFocus={(e) => e.target.select()} />
        )}
      </label>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

export default function ShareDialog({
  events,
  actors,
  loadWhole,
  crises,
  viewUrl,
  embedUrl,
  onClose,
  onPrint,
}: Props) {
  const [status, setStatus] = useState('');
  const here = new URL(viewUrl);
  const appUrl = `${here.origin}${here.pathname}`;
  const count = formatCount(events.length);

  const download = async (format: Format) => {
    const { extension, type } = FORMATS[format];
    const name = `crisis-timeline-${toIsoDay(new Date())}.${extension}`;
    setStatus(`Preparing ${name}…`);
    let text: string;
    try {
      const whole = await loadWhole(events);
      text = await fileText(format, { ...whole, actors, crises, appUrl, viewUrl });
    } catch (error) {
      setStatus(`${name} could not be made: ${(error as Error).message}`);
      return;
    }
    saveFile(text, name, type);
    setStatus(`Downloaded ${name}: ${count} ${events.length === 1 ? 'event' : 'events'}.`);
  };

  return (
    <ModalDialog title="Share and export" className="share" onClose={onClose}>
      <h3>Link</h3>
      <CopyField label="This view: filters, window and open event" value={viewUrl} />
      <h3>
        Download the {count} {events.length === 1 ? 'event' : 'events'} shown
      </h3>
      <ul className="share-downloads">
        {(Object.keys(FORMATS) as Format[]).map((format) => (
          <li key={format}>
            <button
              type="button"
              onClick={() => void download(format)}
              disabled={events.length === 0}
            >
              {FORMATS[format].label}
            </button>{' '}
            <span className="muted">{FORMATS[format].detail}</span>
          </li>
        ))}
      </ul>
      <p className="share-status" role="status">
        {status}
      </p>
      <h3>Embed</h3>
      <CopyField
        label="Paste into a page to show this view: the timeline alone, with a link to the full view"
        value={embedSnippet(embedUrl)}
        multiline
      />
      <h3>Print</h3>
      <p>
        The events shown, with their dates, sources and addresses, and the timeline as it is on
        screen.{' '}
        <button
          type="button"
          onClick={() => {
            onClose();
            onPrint();
          }}
        >
          Print…
        </button>
      </p>
    </ModalDialog>
  );
}
