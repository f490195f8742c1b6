import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CorrectionList, correctionInWords } from '../../src/features/workspace/CorrectionList';
import type { Correction } from '../../src/shared/corrections/correctionsSchema';

const key = (id: string) => ({ id, passages: [{ article: 'a', excerpt: 'Some words.' }] });
const TITLE: Correction = {
  id: 'c1',
  event: key('2031-05-12-pier'),
  at: '2031-06-01T10:00:00Z',
  field: 'title',
  machine: 'Pier closes',
  person: 'Harbour authority shuts the north pier',
  note: 'From the notice',
};
const DATE: Correction = {
  id: 'c2',
  event: key('2031-05-13-protest'),
  at: '2031-06-01T11:00:00Z',
  field: 'date',
  machine: { start: '2031-05-13', precision: 'day' },
  person: { start: '2031-05-12', precision: 'day', onOrBefore: true },
};

describe('the corrections kept in the workspace', () => {
  it.each<[Correction, string]>([
    [TITLE, 'title “Pier closes” → “Harbour authority shuts the north pier”'],
    [DATE, 'date 13 May 2031 → on or before 12 May 2031'],
    [
      { ...TITLE, field: 'drop', machine: 'Pier closes' } as Correction,
      'taken off the timeline: “Pier closes”',
    ],
    [
      { ...TITLE, field: 'merge', other: key('2031-05-14-x') } as Correction,
      'event “2031-05-14-x” merged in',
    ],
  ])('says what each did: %#', (correction, words) => {
    expect(correctionInWords(correction)).toBe(words);
  });

  it('lists the newest first, says why one no longer applies, and takes one back on request', async () => {
    const onRemove = vi.fn();
    render(
      <CorrectionList
        corrections={[TITLE, DATE]}
        dangling={[
          { id: 'c1', field: 'title', event: TITLE.event.id, reason: 'its passage is gone' },
        ]}
        busy={false}
        onRemove={onRemove}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('date 13 May 2031');
    expect(items[1]).toHaveTextContent('No longer applies: its passage is gone.');
    expect(items[1]).toHaveTextContent('(From the notice)');
    await userEvent.click(within(items[1]!).getByRole('button', { name: /^Take back: title/ }));
    expect(onRemove).toHaveBeenCalledWith('c1');
  });

  it('says how to make one when there are none', () => {
    render(<CorrectionList corrections={[]} dangling={[]} busy={false} onRemove={vi.fn()} />);
    expect(screen.getByText(/Correct this event/)).toBeInTheDocument();
  });
});
