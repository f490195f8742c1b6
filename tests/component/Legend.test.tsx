import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Legend } from '../../src/features/timeline/Legend';
import { kindClass } from '../../src/shared/kinds';
import { EVENT_KINDS } from '../../src/shared/vocabulary';

describe('Legend', () => {
  const counts = new Map([
    ['statement', 4],
    ['attack', 1],
  ] as const);

  it('draws each kind with the classes its items carry', () => {
    render(<Legend chosen={[]} counts={counts} onChange={() => {}} />);
    for (const kind of EVENT_KINDS) {
      const button = document.querySelector(`.legend-kind.kind-${kind}`);
      expect(button?.className).toContain(kindClass(kind));
    }
  });

  it('says in words that its kinds are buttons that filter', () => {
    render(<Legend chosen={[]} counts={counts} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: /^Show only these kinds/ });
    expect(screen.getByText(/^Show only these kinds/)).toBeVisible();
    expect(group.querySelectorAll('button')).toHaveLength(EVENT_KINDS.length);
  });

  it('filters by kind, and offers no kind that would show nothing', async () => {
    const onChange = vi.fn();
    render(<Legend chosen={['attack']} counts={counts} onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Attack 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Summit 0' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Statement 4' }));
    expect(onChange).toHaveBeenLastCalledWith(['attack', 'statement']);
    await userEvent.click(screen.getByRole('button', { name: 'Attack 1' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
