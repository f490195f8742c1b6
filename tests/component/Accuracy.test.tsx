/**
 * About's accuracy section reads the figures the scoring run wrote, and those agree
 * with the table the same run wrote for the docs: neither is typed by hand.
 */
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import figures from '../../src/features/about/accuracy.json';
import { Accuracy } from '../../src/features/about/Accuracy';

describe('Accuracy', () => {
  it('states the real sets’ figures, added up and set by set', () => {
    render(<Accuracy />);
    expect(screen.getByRole('heading', { name: 'How often it is right' })).toBeInTheDocument();
    const reports = figures.sets.reduce((n, s) => n + s.reports, 0);
    const found = figures.sets.reduce((n, s) => n + s.found, 0);
    const required = figures.sets.reduce((n, s) => n + s.required, 0);
    const text = document.body.textContent ?? '';
    expect(text).toContain(`On ${reports} real news reports`);
    expect(text).toContain(`found ${found} of the ${required} events listed`);
    expect(screen.getAllByRole('listitem')).toHaveLength(figures.sets.length);
    expect(text).toContain('expect it to do less well');
  });

  it('agrees with docs/figures/real-text.md, written by the same run', () => {
    const table = readFileSync('docs/figures/real-text.md', 'utf8');
    expect(table).toContain(`at commit ${figures.commit} `);
    for (const s of figures.sets) expect(table).toContain(`| ${s.found}/${s.required} (`);
  });
});
