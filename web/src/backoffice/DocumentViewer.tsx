import { useEffect, useRef, useState } from 'react';
import type { DocumentView } from '../api/client';
import { useApi } from '../app/session';
import { ErrorNotice, Loading } from '../components/common';
import { useI18n } from '../i18n/i18n';
import type { PdfHandle } from './pdf';
import { FieldBoxes, ReadingFields } from './ReadingFields';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** The pages or sides of one document: images as they are, PDF pages drawn by pdfjs; with zoom. */
export function DocumentViewer({ document }: { document: DocumentView }) {
  const api = useApi();
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState(2);
  const [pdfPage, setPdfPage] = useState(1);
  const [blobUrl, setBlobUrl] = useState<string>();
  const [pdf, setPdf] = useState<PdfHandle>();
  const [error, setError] = useState<Error>();
  const [selected, setSelected] = useState<number>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const file = document.files[index];
  const isPdf = file?.mime === 'application/pdf';
  const isImage = file?.mime === 'image/jpeg' || file?.mime === 'image/png';

  // biome-ignore lint/correctness/useExhaustiveDependencies: another document starts at its first file
  useEffect(() => {
    setIndex(0);
    setSelected(undefined);
  }, [document.id]);

  useEffect(() => {
    if (!file) return;
    let url: string | undefined;
    let handle: PdfHandle | undefined;
    let isCurrent = true;
    setError(undefined);
    setBlobUrl(undefined);
    setPdf(undefined);
    setPdfPage(1);
    (async () => {
      const blob = await api.documentFile(document.id, file.position);
      if (!isCurrent) return;
      if (isPdf) {
        const { openPdf } = await import('./pdf');
        handle = await openPdf(await blob.arrayBuffer());
        if (isCurrent) setPdf(handle);
      } else if (isImage) {
        url = URL.createObjectURL(blob);
        setBlobUrl(url);
      }
    })().catch((caught: Error) => isCurrent && setError(caught));
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
      void handle?.close();
    };
  }, [api, document.id, file, isPdf, isImage]);

  useEffect(() => {
    if (pdf && canvas.current) pdf.render(pdfPage, canvas.current, ZOOMS[zoom]! * 1.25).catch(setError);
  }, [pdf, pdfPage, zoom]);

  if (!file) return null;
  const scale = ZOOMS[zoom]!;
  // Fields of the file shown (and of the PDF page shown), each with its place in the whole list.
  const onPage = (document.reading?.fields ?? [])
    .map((field, i) => ({ field, index: i }))
    .filter(({ field }) => field.file === index + 1 && (!isPdf || field.page === pdfPage));
  return (
    <div className="viewer">
      <div className="viewer-tools" role="toolbar" aria-label={t('office.viewer')}>
        <button
          type="button"
          onClick={() => setIndex(index - 1)}
          disabled={index === 0}
          aria-label={t('viewer.prev')}
        >
          ‹
        </button>
        <span>{t('viewer.page', { n: index + 1, total: document.files.length })}</span>
        <button
          type="button"
          onClick={() => setIndex(index + 1)}
          disabled={index >= document.files.length - 1}
          aria-label={t('viewer.next')}
        >
          ›
        </button>
        <button
          type="button"
          onClick={() => setZoom(zoom - 1)}
          disabled={zoom === 0}
          aria-label={t('viewer.zoomOut')}
        >
          −
        </button>
        <span>{t('viewer.zoom', { value: Math.round(scale * 100) })}</span>
        <button
          type="button"
          onClick={() => setZoom(zoom + 1)}
          disabled={zoom >= ZOOMS.length - 1}
          aria-label={t('viewer.zoomIn')}
        >
          +
        </button>
        {pdf && pdf.pages > 1 && (
          <>
            <button
              type="button"
              onClick={() => setPdfPage(pdfPage - 1)}
              disabled={pdfPage <= 1}
              aria-label={t('viewer.prevPage')}
            >
              ‹
            </button>
            <span>{t('viewer.pdfPage', { n: pdfPage, total: pdf.pages })}</span>
            <button
              type="button"
              onClick={() => setPdfPage(pdfPage + 1)}
              disabled={pdfPage >= pdf.pages}
              aria-label={t('viewer.nextPage')}
            >
              ›
            </button>
          </>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      <div className="viewer-stage">
        {isPdf && (
          <>
            {!pdf && !error && <Loading />}
            <div className="field-layer">
              <canvas
                ref={canvas}
                aria-label={t('viewer.alt', { name: file.name, n: index + 1 })}
                role="img"
              />
              <FieldBoxes fields={onPage} selected={selected} />
            </div>
          </>
        )}
        {isImage &&
          (blobUrl ? (
            <div className="field-layer" style={{ width: `${scale * 100}%` }}>
              <img src={blobUrl} alt={t('viewer.alt', { name: file.name, n: index + 1 })} />
              <FieldBoxes fields={onPage} selected={selected} />
            </div>
          ) : (
            !error && <Loading />
          ))}
        {!isPdf && !isImage && <p className="muted">{t('viewer.cannot', { mime: file.mime })}</p>}
      </div>
      <ReadingFields
        reading={document.reading}
        selected={selected}
        onSelect={(i) => {
          setSelected(i);
          const field = i === undefined ? undefined : document.reading?.fields[i];
          if (field) {
            setIndex(field.file - 1);
            if (isPdf) setPdfPage(field.page);
          }
        }}
      />
    </div>
  );
}
