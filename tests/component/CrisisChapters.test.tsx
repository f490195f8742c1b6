import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChaptersOutside, CrisisChapters } from '../../src/features/overview/CrisisChapters';
import { crisisChapters } from '../../src/shared/crisisChapters';
import { DATA } from './fixtures';
import { buildTimeIndex } from '../../src/shared/timeWindow';

describe('ChaptersOutside', () => {
  it('says how many events belong to no crisis, and nothing when none do', () => {
    const { rerender } = render(<ChaptersOutside count={2} />);
    expect(screen.getByText(/And 2 events between crises/)).toBeVisible();
    rerender(<ChaptersOutside count={0} />);
    expect(screen.queryByText(/between crises/)).toBeNull();
  });

  it('names the crises no article reports on, which have no chapter', () => {
    const { rerender } = render(<ChaptersOutside count={2} empty={DATA.crises} />);
    expect(
      screen.getByText(/No article here reports on one other crisis: 2019: Pulwama/),
    ).toBeVisible();
    rerender(<ChaptersOutside count={0} empty={[]} />);
    expect(document.querySelector('.chapters-outside')).toBeNull();
  });
});

describe('CrisisChapters', () => {
  it('names every crisis while their events are still being counted', () => {
    render(
      <CrisisChapters crises={DATA.crises} chapters={null} chosen={null} onChoose={() => {}} />,
    );
    expect(screen.getByRole('button', { name: /^2019: Pulwama–Balakot crisis.*…$/ })).toBeVisible();
  });

  it('shows every crisis with its count and its events’ marks, and filters by one', async () => {
    const onChoose = vi.fn();
    render(
      <CrisisChapters
        crises={DATA.crises}
        chapters={crisisChapters(DATA.crises, buildTimeIndex(DATA.events))}
        chosen={null}
        onChoose={onChoose}
      />,
    );
    const chapter = screen.getByRole('button', { name: /^2019: Pulwama–Balakot crisis.*1 event$/ });
    expect(chapter).toHaveAttribute('aria-pressed', 'false');
    expect(chapter.querySelectorAll('.mark.kind-statement.shape-circle')).toHaveLength(1);
    await userEvent.click(chapter);
    expect(onChoose).toHaveBeenCalledWith('2019-pulwama-balakot');
  });

  it('lets the chosen crisis go again', async () => {
    const onChoose = vi.fn();
    render(
      <CrisisChapters
        crises={DATA.crises}
        chapters={crisisChapters(DATA.crises, buildTimeIndex(DATA.events))}
        chosen="2019-pulwama-balakot"
        onChoose={onChoose}
      />,
    );
    await userEvent.click(screen.getByRole('button', { pressed: true }));
    expect(onChoose).toHaveBeenCalledWith(null);
  });
});
