import { useState } from 'react';
import { useSession } from '../app/session';
import { ErrorNotice } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { saveBlob, usePrivacyApi } from './privacy.api';

/** The seller's "Download my data": one zip of everything held about them (GET /v1/sellers/{id}/archive). */
export function DownloadMyData() {
  const { user } = useSession();
  const privacy = usePrivacyApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<Error>();
  const sellerId = user?.seller_id;
  if (!sellerId) return null;

  async function download(id: string) {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const { blob, filename } = await privacy.archive(id);
      saveBlob(blob, filename);
      setDone(filename);
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="my-data-title" data-testid="download-my-data">
      <h2 id="my-data-title">{t('privacy.archiveTitle')}</h2>
      <p>{t('privacy.archiveIntro')}</p>
      <button type="button" onClick={() => download(sellerId)} disabled={busy} aria-busy={busy}>
        {busy ? t('privacy.archiveBusy') : t('privacy.archiveButton')}
      </button>
      {done && (
        <p role="status" className="notice notice-good">
          {t('privacy.archiveDone', { file: done })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
