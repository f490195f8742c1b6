/**
 * A chosen or dropped file read into the form: a .txt as it is, an .html page
 * reduced to its article text (htmlArticle.ts), with what the page says of
 * itself prefilled for the person to confirm. A file over 10 MB is refused
 * before it is read.
 */
import { MAX_ARTICLE_BYTES } from '../../shared/corrections/correctionsSchema';
import { TOO_LARGE, type Draft } from './articleDraft';
import { htmlArticle } from './htmlArticle';

export type FileReading = { ok: true; fields: Partial<Draft> } | { ok: false; message: string };

const isHtml = (file: File) => /\.html?$/i.test(file.name) || file.type === 'text/html';
const isText = (file: File) => /\.txt$/i.test(file.name) || file.type === 'text/plain';

/** FileReader rather than Blob.text(): it reads the same everywhere the app runs, jsdom included. */
export function fileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsText(file);
  });
}

export async function readArticleFile(file: File): Promise<FileReading> {
  if (!isHtml(file) && !isText(file))
    return { ok: false, message: `${file.name} is neither a .txt nor an .html file.` };
  if (file.size > MAX_ARTICLE_BYTES) return { ok: false, message: TOO_LARGE };
  let content: string;
  try {
    content = await fileText(file);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (!isHtml(file)) return { ok: true, fields: { text: content } };
  const page = htmlArticle(content);
  const fields: Partial<Draft> = { text: page.text };
  if (page.headline) fields.headline = page.headline;
  if (page.published) fields.published = page.published;
  if (page.url) fields.url = page.url;
  return { ok: true, fields };
}
