/**
 * Adding an article in the workspace, as a person does, for the browser tests; and
 * the invented reports they add (our own words, dated so that their weekdays count
 * to known days).
 */
import type { Locator, Page } from 'playwright-core';

/** 8 March 2019 was a Friday: "on Tuesday" is 5 March. */
export const FERRY = {
  text: 'Harbour Minister Lena Okafor said on Tuesday that the ferry service between the two islands would resume.',
  headline: 'Ferry to resume',
  published: '2019-03-08',
};

/** A happening the seeds tell (the Pulwama attack); 16 February 2019 was a Saturday, so "on Thursday" is the 14th. */
export const CONVOY = {
  text: 'A suicide bomber drove a car packed with explosives into a convoy of the Central Reserve Police Force in Pulwama on Thursday, killing 40 personnel.',
  headline: null,
  published: '2019-02-16',
};

export interface Report {
  text: string;
  headline: string | null;
  published: string;
}

/**
 * Opens the workspace from the header (unless it is open), fills in the report and
 * adds it; resolves with the dialog once it says the article was added.
 */
export async function addArticle(page: Page, report: Report): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Add your own articles' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Add articles' }).click();
  await dialog.getByRole('textbox', { name: 'Article text (required)' }).fill(report.text);
  if (report.headline)
    await dialog.getByRole('textbox', { name: 'Headline' }).fill(report.headline);
  await dialog.getByRole('textbox', { name: 'Outlet (required)' }).fill('My notes');
  await dialog.getByLabel('Publication date (required)').fill(report.published);
  await dialog.getByRole('button', { name: 'Add to the timeline' }).click();
  await dialog.getByText(/^Added\./).waitFor({ timeout: 60_000 });
  return dialog;
}
