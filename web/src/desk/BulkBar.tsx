import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { type BulkAnswer, type CaseListRow, useDeskApi } from './desk.api';

/** Claim, release or note the selected cases; shows what was done and, for each case not done, why. */
export function BulkBar({ selected, onDone }: { selected: CaseListRow[]; onDone(): void }) {
  const api = useDeskApi();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState<BulkAnswer>();
  const act = useMutation({
    mutationFn: (action: 'claim' | 'release' | 'note') =>
      api.bulk({
        action,
        items: selected.map((c) => ({ case_id: c.id, revision: c.revision })),
        ...(action === 'note' ? { note } : {}),
      }),
    onSuccess: (result) => {
      setAnswer(result);
      setNote('');
      onDone();
      void queryClient.invalidateQueries({ queryKey: ['case-list'] });
    },
  });
  const failed = answer?.data.filter((r) => r.result !== 'ok') ?? [];
  return (
    <section className="bulk-bar card" aria-label={t('desk.selected', { count: selected.length })}>
      <span>{t('desk.selected', { count: selected.length })}</span>
      <button type="button" disabled={!selected.length || act.isPending} onClick={() => act.mutate('claim')}>
        {t('desk.claim')}
      </button>
      <button
        type="button"
        disabled={!selected.length || act.isPending}
        onClick={() => act.mutate('release')}
      >
        {t('desk.release')}
      </button>
      <label>
        <span className="sr-only">{t('desk.noteText')}</span>
        <input
          value={note}
          maxLength={4000}
          placeholder={t('desk.noteText')}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button
        type="button"
        disabled={!selected.length || !note.trim() || act.isPending}
        onClick={() => act.mutate('note')}
      >
        {t('desk.note')}
      </button>
      {act.error && <p role="alert">{act.error.message}</p>}
      {answer && (
        <div role="status">
          <p>{t('desk.bulkDone', { ok: answer.counts.ok, failed: answer.counts.failed })}</p>
          {failed.length > 0 && (
            <ul>
              {failed.slice(0, 50).map((r) => (
                <li key={r.case_id}>
                  {t('desk.bulkItem', { case: r.case_id.slice(0, 8), result: r.result })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
