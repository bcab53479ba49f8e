import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { saveBlob } from '../privacy/privacy.api';
import { type ExportKind, useDeskApi } from './desk.api';

/** Downloads an export with the filters shown (the server streams it; the browser saves the file). */
export function ExportButtons({
  kind,
  filters,
  formats = ['csv', 'jsonl'],
  labels,
}: {
  kind: ExportKind;
  filters: Record<string, string>;
  formats?: ('csv' | 'jsonl')[];
  labels: Partial<Record<'csv' | 'jsonl', string>>;
}) {
  const api = useDeskApi();
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'jsonl') => {
    setBusy(true);
    setError(undefined);
    try {
      const { blob, filename } = await api.exportFile(kind, format, filters);
      saveBlob(blob, filename);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-buttons">
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void download(format)}
        >
          {labels[format] ?? `${t('desk.export')} (${format})`}
        </button>
      ))}
      {error && <span role="alert">{t('desk.exportFailed', { message: error })}</span>}
    </span>
  );
}
