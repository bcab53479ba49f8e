import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfHandle {
  pages: number;
  render(page: number, canvas: HTMLCanvasElement, scale: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens a PDF for drawing its pages, with pdfjs's scripting and font-program eval turned off. */
export async function openPdf(bytes: ArrayBuffer): Promise<PdfHandle> {
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
  }).promise;
  return {
    pages: document.numPages,
    async render(number, canvas, scale) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
    },
    close: () => document.destroy(),
  };
}
