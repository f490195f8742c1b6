import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResultBar } from '../../src/app/ResultBar';
import { EMPTY_VIEW } from '../../src/shared/urlState';

function renderBar(view = EMPTY_VIEW, fullViewUrl = () => 'http://127.0.0.1/?crisis=c') {
  const handlers = { onChange: vi.fn(), onClear: vi.fn(), onShare: vi.fn() };
  render(
    <ResultBar shown={3} total={28} view={view} filtered fullViewUrl={fullViewUrl} {...handlers} />,
  );
  return handlers;
}

describe('ResultBar', () => {
  it('counts, and offers the views, context and sharing', async () => {
    const { onChange, onShare, onClear } = renderBar();
    expect(screen.getByText('3 of 28 events')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Crises side by side' }));
    expect(onChange).toHaveBeenCalledWith({ mode: 'aligned' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show context' }));
    expect(onChange).toHaveBeenCalledWith({ showContext: false });
    await userEvent.click(screen.getByRole('button', { name: 'Share and export' }));
    expect(onShare).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('embedded, keeps the count and a way out whose address is read as it is followed', async () => {
    let url = 'http://127.0.0.1/?crisis=c';
    renderBar({ ...EMPTY_VIEW, embed: true }, () => url);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const out = screen.getByRole('link', { name: /Open full view/ });
    expect(out).toHaveAttribute('target', '_blank');
    url = 'http://127.0.0.1/?crisis=c&window=2019-03-04..2019-03-25';
    out.addEventListener('click', (e) => e.preventDefault());
    await userEvent.click(out);
    expect(out).toHaveAttribute('href', url);
  });
});
