import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticleForm } from '../../src/features/workspace/ArticleForm';
import type { AddedArticle } from '../../src/shared/corrections/correctionsSchema';

// An invented report, in our own words.
const REPORT = 'Harbour Minister Lena Okafor said on Tuesday that the ferry service would resume.';

function renderForm(kept = true) {
  const onAdd = vi.fn<(article: AddedArticle) => Promise<boolean>>(async () => kept);
  render(<ArticleForm busy={false} onAdd={onAdd} />);
  return onAdd;
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Add to the timeline' }));

describe('ArticleForm', () => {
  it('ties each problem to its field, and says why the publication date is required', async () => {
    const onAdd = renderForm();
    await submit();
    expect(onAdd).not.toHaveBeenCalled();
    const text = screen.getByRole('textbox', { name: 'Article text (required)' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveFocus();
    expect(text).toHaveAccessibleDescription(
      'Paste it, or drop a .txt or .html file here. At most 10 MB. Paste the article’s text, or choose a file.',
    );
    expect(screen.getByRole('textbox', { name: 'Outlet (required)' })).toHaveAccessibleDescription(
      'Say who published it.',
    );
    const published = screen.getByLabelText('Publication date (required)');
    expect(published).toHaveAccessibleDescription(
      'Required: relative dates in the text (“on Tuesday”, “yesterday”) are counted from this day. Give the day it was published: “on Tuesday” is counted from it.',
    );
  });

  it('refuses a text over 10 MB in one line', async () => {
    renderForm();
    const text = screen.getByRole('textbox', { name: 'Article text (required)' });
    // Pasted, as a person would: typing ten million characters would take minutes.
    await userEvent.click(text);
    await userEvent.paste('x'.repeat(10 * 1024 * 1024 + 1));
    await submit();
    expect(text).toHaveAccessibleDescription(
      expect.stringContaining('This text is over 10 MB: split it into several articles.'),
    );
  });

  it('hands over a checked article, as text, and clears itself once it is kept', async () => {
    const onAdd = renderForm();
    const text = screen.getByRole('textbox', { name: 'Article text (required)' });
    await userEvent.click(text);
    await userEvent.paste(`<img src=x onerror=alert(1)> ${REPORT}`);
    await userEvent.type(screen.getByRole('textbox', { name: 'Headline' }), 'Ferry to resume');
    await userEvent.type(screen.getByRole('textbox', { name: 'Outlet (required)' }), 'My notes');
    await userEvent.type(screen.getByLabelText('Publication date (required)'), '2019-03-08');
    await userEvent.type(screen.getByRole('textbox', { name: 'Web address' }), 'javascript:x');
    await submit();
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Web address' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Web address' })).toHaveAccessibleDescription(
      'A web address starts with http:// or https://.',
    );
    await userEvent.clear(screen.getByRole('textbox', { name: 'Web address' }));
    await submit();
    expect(onAdd).toHaveBeenCalledTimes(1);
    const article = onAdd.mock.calls[0]![0];
    expect(article).toMatchObject({
      headline: 'Ferry to resume',
      outlet: 'My notes',
      published: '2019-03-08',
      url: null,
      dateline: null,
      text: `<img src=x onerror=alert(1)> ${REPORT}`,
    });
    expect(article.id).toMatch(/^own-ferry-to-resume-[a-z0-9]{6}$/);
    expect(document.querySelector('img')).toBeNull();
    expect(text).toHaveValue('');
  });

  it('reads a dropped-in .html page and prefills what it says of itself', async () => {
    renderForm();
    const page = `<html><head><title>Ferry</title><meta property="article:published_time" content="2019-03-08T09:00:00Z"></head>
      <body><nav>Menu</nav><article><h1>Ferry to resume</h1><p>${REPORT}</p><script>alert(1)</script></article></body></html>`;
    const file = new File([page], 'ferry.html', { type: 'text/html' });
    await userEvent.upload(screen.getByLabelText('Or choose a file (.txt or .html)'), file);
    expect(await screen.findByDisplayValue(REPORT)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry to resume');
    expect(screen.getByLabelText('Publication date (required)')).toHaveValue('2019-03-08');
  });
});
