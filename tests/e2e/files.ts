/** Files the app hands over, read back: a download from Share and export, a printed PDF. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens Share and export and downloads `label`'s file; returns its text. */
export async function download(page: Page, label: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  if (!(await dialog.isVisible()))
    await page.getByRole('button', { name: 'Share and export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: label }).click(),
  ]);
  await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Downloaded /);
  return readFileSync((await file.path())!, 'utf8');
}

/** Each page's text, whitespace taken out (lines wrap anywhere). */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  return pages;
}

/** The text of every page of a PDF, whitespace taken out (lines wrap anywhere). */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, '') };
}
