import { badInput } from '@aula/runtime';
import mammoth from 'mammoth';
import { extractText as extractPdfText, getDocumentProxy } from 'unpdf';
import { checkDocxArchive, type ArchiveLimits } from './docx-archive';
import { extractText, type MaterialFormat } from './extract';

/** What an uploaded file was recognised as, and the content type it is stored with. */
export interface RecognisedFile {
  readonly format: MaterialFormat;
  readonly contentType: string;
}

const BY_EXTENSION: Readonly<Record<string, RecognisedFile>> = {
  pdf: { format: 'PDF', contentType: 'application/pdf' },
  docx: {
    format: 'DOCX',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  md: { format: 'MARKDOWN', contentType: 'text/markdown; charset=utf-8' },
  markdown: { format: 'MARKDOWN', contentType: 'text/markdown; charset=utf-8' },
  txt: { format: 'TEXT', contentType: 'text/plain; charset=utf-8' },
  text: { format: 'TEXT', contentType: 'text/plain; charset=utf-8' },
  html: { format: 'HTML', contentType: 'text/html; charset=utf-8' },
  htm: { format: 'HTML', contentType: 'text/html; charset=utf-8' },
};

/** The file name extensions accepted, lower case without the dot. */
export const ACCEPTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The file types people may upload, as the refusal names them. */
export const ACCEPTED_FILES =
  'PDF (.pdf), Word (.docx), Markdown (.md), text (.txt) or HTML (.html)';

const PDF_MAGIC = Buffer.from('%PDF-');
// A .docx is a ZIP archive: every one starts with a local file header.
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Recognises an upload by its file name's extension and checks that its first bytes agree,
 * so a renamed file is refused with a clear message rather than extracted as garbage.
 */
export function recogniseFile(fileName: string, bytes: Buffer): RecognisedFile {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'doc') {
    throw badInput(
      `"${fileName}" is in the old Word format (.doc). Open it in Word and save it as .docx, then upload that.`,
      { field: 'file', reason: 'UNSUPPORTED_TYPE' },
    );
  }
  const recognised = BY_EXTENSION[extension];
  if (!recognised) {
    throw badInput(`"${fileName}" cannot be uploaded: choose a ${ACCEPTED_FILES} file.`, {
      field: 'file',
      reason: 'UNSUPPORTED_TYPE',
    });
  }
  const magic =
    recognised.format === 'PDF' ? PDF_MAGIC : recognised.format === 'DOCX' ? ZIP_MAGIC : null;
  if (magic && !bytes.subarray(0, magic.length).equals(magic)) {
    throw badInput(
      `"${fileName}" is named like a ${recognised.format === 'PDF' ? 'PDF' : 'Word document'} but is not one. Upload the original file.`,
      { field: 'file', reason: 'UNREADABLE' },
    );
  }
  return recognised;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The readable text of an uploaded file: every page of a PDF (through unpdf, Mozilla's
 * PDF.js), the paragraphs, lists and tables of a Word document (through mammoth), and text,
 * Markdown and HTML as {@link extractText} reads them. A damaged, encrypted or mislabelled
 * file, or a Word file that would unpack beyond `archiveLimits`, is refused with
 * BAD_USER_INPUT, never a raw library error.
 */
export async function extractFileText(
  fileName: string,
  format: MaterialFormat,
  bytes: Buffer,
  archiveLimits: ArchiveLimits,
): Promise<string> {
  if (format === 'PDF') return extractText('TEXT', await pdfText(fileName, bytes));
  if (format === 'DOCX') {
    checkDocxArchive(fileName, bytes, archiveLimits);
    return extractText('TEXT', await docxText(fileName, bytes));
  }
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    throw badInput(`"${fileName}" is not UTF-8 text. Save it as UTF-8 and upload it again.`, {
      field: 'file',
      reason: 'UNREADABLE',
    });
  }
  return extractText(format, decoded.replace(/^\uFEFF/, ''));
}

async function pdfText(fileName: string, bytes: Buffer): Promise<string> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js takes ownership of the array it is given: hand it a copy.
    // Verbosity 0 (errors only): PDF.js's warnings about odd files would go to the console.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractPdfText(document, { mergePages: false });
    return text.join('\n\n');
  } catch (error) {
    const encrypted = error instanceof Error && error.name === 'PasswordException';
    throw badInput(
      encrypted
        ? `"${fileName}" is protected by a password. Remove the protection and upload it again.`
        : `"${fileName}" could not be read as a PDF; it may be damaged. Export it again and upload the new file.`,
      { field: 'file', reason: encrypted ? 'ENCRYPTED' : 'UNREADABLE' },
    );
  } finally {
    await document?.loadingTask.destroy().catch(() => undefined);
  }
}

async function docxText(fileName: string, bytes: Buffer): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch {
    throw badInput(
      `"${fileName}" could not be read as a Word document; it may be damaged. Save it again as .docx and upload the new file.`,
      { field: 'file', reason: 'UNREADABLE' },
    );
  }
}
