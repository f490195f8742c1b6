/**
 * Correcting an event from its panel, with the workspace replaced by a record of
 * what it was asked: the form hands over one record per changed field, refuses a
 * date it cannot read, and the panel says "corrected by hand" with the machine's
 * reading once the event comes back corrected.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventPanel } from '../../src/features/event-panel/EventPanel';
import type { Correction } from '../../src/shared/corrections/correctionsSchema';
import type { Curation } from '../../src/shared/corrections/curation';
import { applyCorrections } from '../../src/shared/corrections/applyCorrections';
import type { TimelineEvent } from '../../src/shared/schema';
import { DATA } from './fixtures';

const maps = {
  actors: new Map(DATA.actors.map((a) => [a.id, a])),
  articles: new Map(DATA.articles.map((a) => [a.id, a])),
  crises: new Map(DATA.crises.map((c) => [c.id, c])),
};

function fakeCuration(overrides: Partial<Curation> = {}) {
  const steps: Correction[][] = [];
  const curation: Curation = {
    correct: vi.fn((step: Correction[]) => {
      steps.push(step);
      return Promise.resolve(null);
    }),
    undo: vi.fn(() => Promise.resolve(null)),
    redo: vi.fn(() => Promise.resolve(null)),
    canUndo: false,
    canRedo: false,
    wholeEvent: (id) => Promise.resolve(DATA.events.find((e) => e.id === id)),
    ...overrides,
  };
  return { curation, steps };
}

function renderPanel(event: TimelineEvent, curation: Curation | undefined) {
  const onNavigate = vi.fn();
  const onClose = vi.fn();
  render(
    <EventPanel
      event={event}
      {...maps}
      query=""
      previous={null}
      next={DATA.events[1] ?? null}
      linkToEvent={() => 'http://127.0.0.1/?event=x'}
      events={DATA.events}
      curation={curation}
      onNavigate={onNavigate}
      onClose={onClose}
      onActor={vi.fn()}
    />,
  );
  return { onNavigate, onClose };
}

async function openEditor() {
  await userEvent.click(screen.getByRole('button', { name: 'Correct this event' }));
  return screen.findByRole('form', { name: 'Correct this event’s details' });
}

describe('correcting an event in its panel', () => {
  it('offers nothing to correct where corrections are not taken (an embed)', () => {
    renderPanel(DATA.events[0]!, undefined);
    expect(screen.queryByRole('button', { name: 'Correct this event' })).toBeNull();
  });

  it('saves one record per changed field, with the machine value and the note', async () => {
    const { curation, steps } = fakeCuration();
    renderPanel(DATA.events[0]!, curation);
    const form = await openEditor();
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Tillerson presses Pakistan in Kabul');
    const from = within(form).getByRole('textbox', { name: /^From/ });
    await userEvent.clear(from);
    await userEvent.type(from, '2017-10-24');
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Note/ }),
      'Date from the transcript',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save corrections' }));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toEqual([
      expect.objectContaining({
        field: 'title',
        machine: 'Tillerson urges Pakistan to act on safe havens',
        person: 'Tillerson presses Pakistan in Kabul',
        note: 'Date from the transcript',
      }),
      expect.objectContaining({
        field: 'date',
        machine: { start: '2017-10-23', precision: 'day' },
        person: { start: '2017-10-24', precision: 'day' },
      }),
    ]);
    expect(screen.getByText('Corrected: title, date.')).toBeInTheDocument();
  });

  it('refuses a date it cannot read, saying how to write one, and keeps nothing', async () => {
    const { curation } = fakeCuration();
    renderPanel(DATA.events[0]!, curation);
    const form = await openEditor();
    const from = within(form).getByRole('textbox', { name: /^From/ });
    await userEvent.clear(from);
    await userEvent.type(from, '23 Oct');
    await userEvent.click(within(form).getByRole('button', { name: 'Save corrections' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('2019-02-14');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(curation.correct).not.toHaveBeenCalled();
  });

  it('takes an event off, and shows the next one with a way back', async () => {
    const { curation, steps } = fakeCuration();
    const { onNavigate } = renderPanel(DATA.events[0]!, curation);
    await openEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Take this event off the timeline' }));
    expect(steps[0]).toEqual([expect.objectContaining({ field: 'drop' })]);
    expect(onNavigate).toHaveBeenCalledWith(DATA.events[1]!.id);
    expect(screen.getByText(/Taken off the timeline\. Undo brings it back\./)).toBeInTheDocument();
  });

  it('merges the event chosen into this one', async () => {
    const { curation, steps } = fakeCuration();
    renderPanel(DATA.events[0]!, curation);
    await openEditor();
    const merge = screen.getByRole('form', { name: 'Merge another event into this one' });
    await userEvent.selectOptions(within(merge).getByRole('combobox'), DATA.events[1]!.id);
    await userEvent.click(within(merge).getByRole('button', { name: 'Merge into this event' }));
    expect(steps[0]).toEqual([
      expect.objectContaining({
        field: 'merge',
        other: expect.objectContaining({ id: DATA.events[1]!.id }),
      }),
    ]);
  });

  it('says why a correction was not kept, and keeps the form open', async () => {
    const { curation } = fakeCuration({
      correct: () => Promise.resolve("The browser's storage for this site is full."),
    });
    renderPanel(DATA.events[0]!, curation);
    const form = await openEditor();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Title' }), '!');
    await userEvent.click(within(form).getByRole('button', { name: 'Save corrections' }));
    expect(await screen.findByText(/Not saved: The browser's storage/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Correct this event’s details' })).toBeInTheDocument();
  });

  it('undoes and redoes when there is a step to take back or bring back', async () => {
    const { curation } = fakeCuration({ canUndo: true });
    renderPanel(DATA.events[0]!, curation);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(curation.undo).toHaveBeenCalled();
    expect(await screen.findByText('Undone.')).toBeInTheDocument();
  });

  it('shows a corrected event as corrected by hand, with what the machine read', async () => {
    const event = DATA.events[0]!;
    const { timeline } = applyCorrections(DATA, {
      corrections: [
        {
          id: 'c1',
          event: {
            id: event.id,
            passages: [{ article: event.sources[0]!.article, excerpt: event.sources[0]!.excerpt }],
          },
          at: '2026-12-01T10:00:00Z',
          field: 'date',
          machine: { start: '2017-10-23', precision: 'day' },
          person: { start: '2017-10-24', precision: 'day' },
          note: 'From the transcript',
        },
      ],
    });
    renderPanel(
      timeline.events.find((e) => e.id === event.id)!,
      undefined,
    );
    expect(screen.getByText('dated by hand')).toBeInTheDocument();
    const note = screen.getByText('Corrected by hand').closest('details')!;
    await userEvent.click(within(note).getByText(/What the machine read/));
    expect(note).toHaveTextContent('date, on 1 December 2026: “From the transcript”');
    expect(note).toHaveTextContent('The machine read:date 23 Oct 2017');
  });
});
