import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ShareDialog from '../../src/features/share/ShareDialog';
import { HiddenEventNotice } from '../../src/app/HiddenEventNotice';
import { DATA } from './fixtures';

beforeAll(() => {
  // jsdom has the element but not its modal behaviour: opening is all these tests need.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

const maps = {
  actors: new Map(DATA.actors.map((a) => [a.id, a])),
  crises: new Map(DATA.crises.map((c) => [c.id, c])),
};
const articles = new Map(DATA.articles.map((a) => [a.id, a]));
/** As the app's details give them: the whole events shown, from their ids. */
const loadWhole = async (events: readonly { id: string }[]) => ({
  events: events.flatMap((e) => DATA.events.find((whole) => whole.id === e.id) ?? []),
  articles,
});
const VIEW = 'http://127.0.0.1/sub/?crisis=2019-pulwama-balakot&window=2019-03-04..2019-03-25';

function renderDialog(events = DATA.events) {
  const handlers = { onClose: vi.fn(), onPrint: vi.fn() };
  render(
    <ShareDialog
      events={events}
      {...maps}
      loadWhole={loadWhole}
      viewUrl={VIEW}
      embedUrl={`${VIEW}&embed=1`}
      {...handlers}
    />,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Share and export' }), ...handlers };
}

describe('ShareDialog', () => {
  it('gives the link to this view and the embed snippet for it', () => {
    const { dialog } = renderDialog();
    expect(within(dialog).getByRole('textbox', { name: /^This view/ })).toHaveValue(VIEW);
    const snippet = within(dialog).getByRole('textbox', { name: /^Paste into a page/ });
    expect((snippet as HTMLTextAreaElement).value).toContain(
      `<iframe src="${VIEW.replace('&', '&amp;')}&amp;embed=1"`,
    );
  });

  it('downloads the events shown as a file, and says what it saved', async () => {
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { dialog } = renderDialog();
    expect(
      within(dialog).getByRole('heading', { name: 'Download the 3 events shown' }),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spreadsheet (.csv)' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        /^Downloaded crisis-timeline-\d{4}-\d\d-\d\d\.csv: 3 events\.$/,
      ),
    );
    expect(click).toHaveBeenCalledTimes(1);
    // jsdom's Blob has no text(); its FileReader reads it.
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(saved[0]!);
    });
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF?date_start,date_end,precision/);
    expect(text).toContain('http://127.0.0.1/sub/?event=2019-03-15-mike-pompeo-on-pakistan');
    click.mockRestore();
  });

  it('offers no download when nothing is shown', () => {
    const { dialog } = renderDialog([]);
    for (const name of ['TimelineJS (.json)', 'Spreadsheet (.csv)', 'Calendar (.ics)'])
      expect(within(dialog).getByRole('button', { name })).toBeDisabled();
  });

  it('closes before printing', async () => {
    const { dialog, onPrint, onClose } = renderDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Print…' }));
    expect(onClose).toHaveBeenCalled();
    expect(onPrint).toHaveBeenCalledTimes(1);
  });
});

describe('HiddenEventNotice', () => {
  it('names what hides the open event, and shows it in one click', async () => {
    const onShow = vi.fn();
    render(
      <HiddenEventNotice
        event={DATA.events[2]!}
        hiding={['crisis', 'query']}
        crisisName="2025: a crisis"
        query="sanctions"
        onShow={onShow}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '“Pompeo: Pakistan has to stop harbouring terrorists” is open, but hidden by the crisis “2025: a crisis” and the search “sanctions”.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show it in context' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});
