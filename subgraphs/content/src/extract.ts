import { compile } from 'html-to-text';

/** How an uploaded document is written. */
export type MaterialFormat = 'TEXT' | 'MARKDOWN' | 'HTML' | 'PDF' | 'DOCX';

// Compiled once: html-to-text builds its selector tables per options object.
const htmlToText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

/**
 * The readable text of an uploaded document. HTML goes through a real HTML parser
 * (html-to-text on htmlparser2): markup, scripts, styles, images and link targets are
 * dropped and entities decoded, so no tag survives into what students and the model read.
 * Text and Markdown (and the text already extracted from a PDF or Word file) are kept as
 * written, with line endings normalised.
 */
export function extractText(format: MaterialFormat, content: string): string {
  // The private-use marks are what search highlighting uses; a document must not forge them.
  const normalised = content.replace(/\r\n?/g, '\n').replace(/[\uE000\uE001]/g, '');
  if (format !== 'HTML') return normalised.trim();
  return htmlToText(normalised).trim();
}

/**
 * Splits text into passages of `size` words, each sharing `overlap` words with the one
 * before, so a sentence cut at a boundary is still whole in one of them. Whitespace inside
 * a passage is collapsed; a text shorter than one passage stays one passage.
 */
export function chunkText(text: string, size: number, overlap: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const step = Math.max(1, size - overlap);
  const chunks: string[] = [];
  for (let start = 0; start < words.length; start += step) {
    chunks.push(words.slice(start, start + size).join(' '));
    if (start + size >= words.length) break;
  }
  return chunks;
}
