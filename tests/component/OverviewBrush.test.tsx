import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OverviewBrush } from '../../src/features/overview/OverviewBrush';
import { fromIsoDay } from '../../src/shared/partialDate';
import { DATA } from './fixtures';

const t = (day: string) => fromIsoDay(day).getTime();
const SPAN = { start: t('2017-01-01'), end: t('2020-01-01') };
const WINDOW = { start: t('2019-02-01'), end: t('2019-03-01') };

describe('OverviewBrush', () => {
  it('names the crises on the strip and the window on the brush', () => {
    render(<OverviewBrush crises={DATA.crises} span={SPAN} window={WINDOW} onMove={() => {}} />);
    const brush = screen.getByRole('slider', { name: /timeline's window/ });
    expect(brush).toHaveAttribute('aria-valuetext', '1 Feb 2019 to 1 Mar 2019');
    expect(document.querySelector('.overview-crisis')).toHaveTextContent('2019');
  });

  it.each([
    ['{ArrowRight}', 1],
    ['{ArrowLeft}', -1],
  ])(
    'moves the window a fifth of its length on %s, and keeps the key from the page',
    async (key, sign) => {
      const onMove = vi.fn();
      const page = vi.fn();
      window.addEventListener('keydown', page);
      try {
        render(<OverviewBrush crises={DATA.crises} span={SPAN} window={WINDOW} onMove={onMove} />);
        screen.getByRole('slider').focus();
        await userEvent.keyboard(key);
        const step = (sign * (WINDOW.end - WINDOW.start)) / 5;
        expect(onMove).toHaveBeenCalledWith({ start: WINDOW.start + step, end: WINDOW.end + step });
        expect(page).not.toHaveBeenCalled();
      } finally {
        window.removeEventListener('keydown', page);
      }
    },
  );

  it('draws nothing with nothing to show', () => {
    const { container } = render(
      <OverviewBrush crises={[]} span={null} window={WINDOW} onMove={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('draws no brush before the timeline is placed', () => {
    render(<OverviewBrush crises={DATA.crises} span={SPAN} window={null} onMove={() => {}} />);
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
