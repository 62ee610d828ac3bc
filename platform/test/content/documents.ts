import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A real PDF with one page per entry of `pages` (Helvetica text, a line per string), made
 * with pdf-lib the way a word processor's export would be: text in content streams, not
 * pictures, so PDF.js finds it.
 */
export async function makePdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A real Word document: a paragraph per entry of `paragraphs`, and a table when given rows. */
export async function makeDocx(
  paragraphs: readonly string[],
  table: readonly (readonly string[])[] = [],
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = paragraphs.map(
    (text) => new Paragraph({ children: [new TextRun(text)] }),
  );
  if (table.length > 0) {
    children.push(
      new Table({
        rows: table.map(
          (cells) =>
            new TableRow({
              children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
            }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
