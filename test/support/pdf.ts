import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A one-page PDF with a text layer, one line per entry (what a downloaded bill looks like). */
async function pdfOf(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  return Buffer.from(await pdf.save());
}

/** A utility bill dated `daysAgo` days ago, addressed to `name` at `address`. */
export function utilityBill(name: string, address: string[], daysAgo = 10): Promise<Buffer> {
  const date = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return pdfOf(['Yorkshire Water', `Statement date: ${date}`, name, ...address, 'Amount due: GBP 42.10']);
}
