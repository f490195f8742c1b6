import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventPanel } from '../../src/features/event-panel/EventPanel';
import { DATA } from './fixtures';

const maps = {
  actors: new Map(DATA.actors.map((a) => [a.id, a])),
  articles: new Map(DATA.articles.map((a) => [a.id, a])),
  crises: new Map(DATA.crises.map((c) => [c.id, c])),
};

function renderPanel(index: number, overrides: Partial<Parameters<typeof EventPanel>[0]> = {}) {
  const handlers = { onNavigate: vi.fn(), onClose: vi.fn(), onActor: vi.fn() };
  render(
    <EventPanel
      event={DATA.events[index]!}
      {...maps}
      query=""
      previous={DATA.events[index - 1] ?? null}
      next={DATA.events[index + 1] ?? null}
      linkToEvent={() => 'http://127.0.0.1/?event=x'}
      events={DATA.events}
      {...handlers}
      {...overrides}
    />,
  );
  return handlers;
}

describe('EventPanel', () => {
  it('is a region named by the event title, with how the date was found', () => {
    renderPanel(0);
    const region = screen.getByRole('region', {
      name: 'Tillerson urges Pakistan to act on safe havens',
    });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Tillerson urges Pakistan',
    );
    expect(region).toHaveTextContent('Monday 23 October 2017');
    expect(region).toHaveTextContent('counted back from the article of Friday 27 October 2017');
    expect(region).toHaveTextContent('Reported');
    expect(region).toHaveTextContent('Friday 27 October 2017');
  });

  it('names the crisis an event belongs to, or says it fell between crises', () => {
    renderPanel(2);
    const crisisOf = () => screen.getByText('Crisis').nextElementSibling;
    expect(crisisOf()).toHaveTextContent('2019: Pulwama–Balakot crisis');
    cleanup();
    renderPanel(0);
    expect(DATA.events[0]!.crisis).toBeNull();
    expect(crisisOf()).toHaveTextContent(/^Between crises$/);
  });

  it('quotes every source with its outlet and, when known, a safe link', () => {
    renderPanel(2);
    expect(screen.getByText(/Pompeo told Fox News/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'US presses Pakistan' });
    expect(link).toHaveAttribute('href', 'https://example.com/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('PTI')).toBeInTheDocument();
  });

  it('says once, plainly, that an article has no recorded web address', () => {
    renderPanel(0);
    expect(screen.getByText(/No web address is recorded for this article/)).toBeInTheDocument();
    const sources = screen.getByRole('list', { name: /^Sources/ });
    expect(within(sources).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText(/Headline not known/)).not.toBeInTheDocument();
  });

  it('gives a citation to copy, and the event’s share page', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel(2);
    await userEvent.click(screen.getByText('Cite or share this event'));
    const citation = screen.getByText(/^“Pompeo: Pakistan has to stop harbouring terrorists”/);
    expect(citation).toHaveTextContent(
      'Source: PTI, “US presses Pakistan”, 16 Mar 2019, https://example.com/a.',
    );
    expect(citation).toHaveTextContent(/\?event=2019-03-15-mike-pompeo-on-pakistan \(consulted /);
    await userEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledWith(citation.textContent);
    expect(screen.getByRole('button', { name: 'Citation copied' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Page for sharing' })).toHaveAttribute(
      'href',
      `e/${DATA.events[2]!.id}.html`,
    );
  });

  it('gives one card per article, with every excerpt of it, and marks them all in the reader', async () => {
    const [article] = DATA.articles;
    const text = article!.text;
    const piece = (p: string) => ({
      article: '000',
      excerpt: p,
      offset: text.indexOf(p),
      length: p.length,
      published: '2019-03-16',
    });
    const event = {
      ...DATA.events[2]!,
      sources: [piece('End.'), piece('Intro.'), piece('Pompeo told Fox News')],
    };
    renderPanel(2, { event });
    expect(
      screen.getByRole('heading', { name: 'Sources: 3 passages from 1 article' }),
    ).toBeVisible();
    expect(screen.getAllByText('PTI')).toHaveLength(1);
    expect(document.querySelectorAll('.source blockquote')).toHaveLength(3);
    await userEvent.click(
      screen.getByRole('button', { name: 'Read the whole article (3 passages marked)' }),
    );
    const marks = (await screen.findByRole('region', { name: /Full text/ })).querySelectorAll(
      'mark',
    );
    expect([...marks].map((m) => m.textContent)).toEqual([
      'Intro.',
      'Pompeo told Fox News',
      'End.',
    ]);
  });

  it('words roles by what happened: an attack’s target is no listener', () => {
    renderPanel(0, { event: { ...DATA.events[0]!, kind: 'attack' } });
    expect(screen.getByRole('button', { name: /Pakistan target of the attack/ })).toBeVisible();
  });

  it('opens the whole article with the excerpt marked', async () => {
    renderPanel(2);
    await userEvent.click(screen.getByRole('button', { name: 'Read the whole article' }));
    const reader = await screen.findByRole('region', { name: /Full text/ });
    expect(reader).toHaveTextContent('Intro.');
    expect(reader.querySelector('mark')).toHaveTextContent(
      /^Earlier in the day, Pompeo told Fox News/,
    );
  });

  it('closes only the article on Escape inside it, focus back on its button', async () => {
    const pageEscape = vi.fn();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && pageEscape();
    window.addEventListener('keydown', onKey);
    try {
      renderPanel(2);
      await userEvent.click(screen.getByRole('button', { name: 'Read the whole article' }));
      (await screen.findByRole('region', { name: /Full text/ })).focus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('region', { name: /Full text/ })).toBeNull();
      expect(screen.getByRole('button', { name: 'Read the whole article' })).toHaveFocus();
      expect(pageEscape).not.toHaveBeenCalled();
      // With the article closed, Escape is the page's again.
      await userEvent.keyboard('{Escape}');
      expect(pageEscape).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener('keydown', onKey);
    }
  });

  it('marks a month-precise date as such', () => {
    renderPanel(1);
    expect(screen.getByText('January 2018')).toBeInTheDocument();
    expect(screen.getByText('known only to the month: any day of it')).toBeInTheDocument();
  });

  it('walks to the previous and next events, filters by actor and closes', async () => {
    const handlers = renderPanel(1);
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(handlers.onNavigate).toHaveBeenCalledWith('2017-10-23-tillerson-bagram');
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(handlers.onNavigate).toHaveBeenCalledWith('2019-03-15-mike-pompeo-on-pakistan');
    await userEvent.click(screen.getByRole('button', { name: /Pakistan/ }));
    expect(handlers.onActor).toHaveBeenCalledWith('pakistan');
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('disables Previous on the first event', () => {
    renderPanel(0);
    expect(screen.getByRole('button', { name: 'Previous event' })).toBeDisabled();
  });
});

describe('EventPanel: ongoing happenings', () => {
  it('says "since" for a happening the text says goes on', () => {
    const ongoing = {
      ...DATA.events[1]!,
      date: { ...DATA.events[1]!.date, ongoing: true as const },
    };
    render(
      <EventPanel
        event={ongoing}
        {...maps}
        events={DATA.events}
        query=""
        previous={null}
        next={null}
        linkToEvent={() => 'x'}
        onNavigate={() => {}}
        onClose={() => {}}
        onActor={() => {}}
      />,
    );
    expect(screen.getByText(/Since\s+January 2018/)).toBeInTheDocument();
  });

  it('says "on or before" the report for a happening the text does not date', () => {
    const undated = {
      ...DATA.events[0]!,
      date: {
        start: '2017-10-27',
        precision: 'day' as const,
        basis: 'publication' as const,
        onOrBefore: true as const,
        explanation: 'The text gives no date for this.',
      },
    };
    renderPanel(0, { event: undated });
    const region = screen.getByRole('region', { name: undated.title });
    expect(region).toHaveTextContent(/On or before\s+Friday 27 October 2017/);
    expect(region).toHaveTextContent('the latest day it can have happened: the text gives no date');
    expect(region).not.toHaveTextContent('the day the text gives');
  });

  it('says a day the knowledge base supplied is the knowledge base’s, not an exact day the text gave', () => {
    const fromKnowledge = {
      ...DATA.events[0]!,
      date: {
        start: '2001-09-11',
        precision: 'day' as const,
        basis: 'knowledge-base' as const,
        explanation: 'The text names the attacks “in 2001”; the knowledge base dates them.',
      },
    };
    renderPanel(0, { event: fromKnowledge });
    const region = screen.getByRole('region', { name: fromKnowledge.title });
    expect(region).toHaveTextContent('the day as the knowledge base has it');
    expect(region).not.toHaveTextContent('the day the text gives');
  });

  it('says when an event is context rather than news', () => {
    renderPanel(0, { event: { ...DATA.events[0]!, context: 'planned' } });
    expect(document.querySelector('.kind-badge')).toHaveTextContent('Call or meeting · context');
    expect(screen.getByText(/Still to come when it was reported/)).toBeInTheDocument();
  });
});
