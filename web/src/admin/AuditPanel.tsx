import { useState } from 'react';
import type { AuditVerification } from '../api/client';
import { useApi } from '../app/session';
import { Badge, ErrorNotice } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { AuditSchedule } from './AuditSchedule';

/**
 * Verifies the audit trail on the server and shows the signed checkpoint to keep. Passing a kept
 * checkpoint's `position:hash` back also catches events cut from the end.
 */
export function AuditPanel() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const [anchor, setAnchor] = useState('');
  const [result, setResult] = useState<AuditVerification>();
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  const verify = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      setResult(await api.verifyAudit(anchor.trim() || undefined));
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="stack">
      <AuditSchedule />
      <p className="muted">{t('au.intro')}</p>
      <div className="field">
        <label htmlFor="audit-anchor">{t('au.anchor')}</label>
        <input id="audit-anchor" value={anchor} onChange={(e) => setAnchor(e.target.value)} />
      </div>
      <button type="button" onClick={verify} disabled={isBusy}>
        {isBusy ? t('au.verifying') : t('au.verify')}
      </button>
      {error && <ErrorNotice error={error} />}
      {result && (
        <div className="notice" role="status" data-testid="audit-result">
          {result.ok ? (
            <p>
              <Badge tone="good">{t('au.intact')}</Badge> {t('au.checked', { n: result.checked })}
            </p>
          ) : (
            <p>
              <Badge tone="bad">{t('au.broken')}</Badge>{' '}
              {t('au.problem', {
                position: result.problem?.position ?? 0,
                kind: t(`au.kind.${result.problem?.kind ?? 'altered'}` as MessageKey),
              })}
            </p>
          )}
          <p>{t('au.checkpoint', { at: formatDateTime(result.checkpoint.at) })}</p>
          <code>{`${result.checkpoint.position}:${result.checkpoint.hash}`}</code>
          <details>
            <summary>{t('au.signed')}</summary>
            <pre>{JSON.stringify(result.checkpoint, null, 2)}</pre>
          </details>
        </div>
      )}
    </div>
  );
}
