import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ArticleReader } from '../../src/features/event-panel/ArticleReader';
import { TEXT_WINDOW } from '../../src/shared/renderWindows';
import { DATA } from './fixtures';

const words = (n: number) => 'word '.repeat(n / 5);

it('shows a 5 MB article in a window around the excerpt, and more on request', async () => {
  const excerpt = 'Pakistan must act against the groups.';
  const text = `${words(2_500_000)}${excerpt} ${words(2_500_000)}`;
  const article = { ...DATA.articles[0]!, text };
  const source = {
    ...DATA.events[0]!.sources[0]!,
    offset: 2_500_000,
    length: excerpt.length,
    excerpt,
  };
  render(
    <ArticleReader
      article={article}
      marks={[{ start: source.offset, end: source.offset + source.length }]}
    />,
  );
  const reader = screen.getByRole('region', { name: /Full text/ });
  const shown = () => reader.querySelector('p')!.textContent!.length;
  expect(shown()).toBeLessThan(2 * TEXT_WINDOW + 1000);
  expect(reader.querySelector('mark')).toHaveTextContent(excerpt);
  await userEvent.click(screen.getByRole('button', { name: /Show later text/ }));
  expect(shown()).toBeGreaterThan(2 * TEXT_WINDOW + excerpt.length);
  expect(
    screen.getByRole('button', { name: /Show earlier text \(2,4\d\d,\d{3} characters before\)/ }),
  ).toBeInTheDocument();
});

it('shows a short article whole, with no buttons', () => {
  const article = DATA.articles[0]!;
  const source = DATA.events[0]!.sources[0]!;
  render(
    <ArticleReader
      article={article}
      marks={[{ start: source.offset, end: source.offset + source.length }]}
    />,
  );
  expect(screen.queryByRole('button')).toBeNull();
  expect(screen.getByRole('region', { name: /Full text/ })).toHaveTextContent(article.text);
});
