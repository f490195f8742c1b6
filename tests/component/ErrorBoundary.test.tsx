import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('items.get is not a function');
}

it('shows what failed instead of a blank page', () => {
  // React reports the caught error on the console; that is expected here.
  const report = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The timeline could not be shown');
  expect(alert).toHaveTextContent('items.get is not a function');
  expect(screen.getByRole('link', { name: /reload the page/i })).toHaveAttribute('href', './');
  report.mockRestore();
});

it('reloads an embed as an embed, which another site may still frame', () => {
  const report = vi.spyOn(console, 'error').mockImplementation(() => {});
  window.history.replaceState(null, '', '/?crisis=c&embed=1');
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('link', { name: /reload the page/i })).toHaveAttribute(
    'href',
    './?embed=1',
  );
  window.history.replaceState(null, '', '/');
  report.mockRestore();
});
