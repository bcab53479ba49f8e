import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { DocumentView } from '../api/client';
import { useApi } from '../app/session';
import { ErrorNotice } from '../components/common';
import { useI18n } from '../i18n/i18n';

/**
 * Takes back a document the seller has not handed in yet (a wrong or failed upload), with a reason
 * the reviewer reads on the timeline. The server refuses it once the case was submitted with it.
 */
export function WithdrawDocument({ document, onWithdrawn }: { document: DocumentView; onWithdrawn(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => api.withdrawDocument(document.id, reason.trim()),
    onSuccess: () => {
      setOpen(false);
      onWithdrawn();
    },
  });
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('doc.withdraw')}
      </button>
    );
  return (
    <form
      className="stack withdraw-document"
      onSubmit={(event) => {
        event.preventDefault();
        withdraw.mutate();
      }}
    >
      <label htmlFor={reasonId}>{t('doc.withdrawReason')}</label>
      <textarea
        id={reasonId}
        rows={2}
        required
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {withdraw.error && <ErrorNotice error={withdraw.error} />}
      <div className="row">
        <button type="submit" disabled={withdraw.isPending || reason.trim().length === 0}>
          {t('doc.withdrawConfirm')}
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {t('doc.withdrawCancel')}
        </button>
      </div>
    </form>
  );
}
