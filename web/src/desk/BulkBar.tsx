import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { queryKeys } from '../app/queryKeys';
import { useApi, useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { BulkResults } from './BulkResults';
import { type BulkAnswer, type CaseListRow, useDeskApi } from './desk.api';
import { ExportButtons } from './ExportButtons';

type BulkAction =
  | { action: 'claim' | 'release' }
  | { action: 'note'; note: string }
  | { action: 'assign'; assigneeId: string };

/**
 * Claim, release, note, assign (supervisors) or export the selected cases; shows, for each case,
 * whether it was done and, if not, why (a case changed meanwhile is left as it is).
 */
export function BulkBar({ selected, onDone }: { selected: CaseListRow[]; onDone(): void }) {
  const api = useDeskApi();
  const reviewApi = useApi();
  const { user } = useSession();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const assignId = useId();
  const canAssign = user?.role === 'supervisor';
  const workload = useQuery({
    queryKey: queryKeys.workload(),
    queryFn: () => reviewApi.workload(),
    enabled: canAssign,
  });
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [done, setDone] = useState<{ answer: BulkAnswer; cases: CaseListRow[] }>();
  const act = useMutation({
    mutationFn: async (request: BulkAction) => {
      const cases = selected;
      const answer = await api.bulk({
        action: request.action,
        items: cases.map((c) => ({ case_id: c.id, revision: c.revision })),
        ...(request.action === 'note' ? { note: request.note } : {}),
        ...(request.action === 'assign' ? { assignee_id: request.assigneeId } : {}),
      });
      return { answer, cases };
    },
    onSuccess: (result) => {
      setDone(result);
      setNote('');
      onDone();
      void queryClient.invalidateQueries({ queryKey: ['case-list'] });
    },
  });
  const none = !selected.length || act.isPending;
  return (
    <section className="bulk-bar card" aria-label={t('desk.selected', { count: selected.length })}>
      <span>{t('desk.selected', { count: selected.length })}</span>
      <button type="button" disabled={none} onClick={() => act.mutate({ action: 'claim' })}>
        {t('desk.claim')}
      </button>
      <button type="button" disabled={none} onClick={() => act.mutate({ action: 'release' })}>
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
        disabled={none || !note.trim()}
        onClick={() => act.mutate({ action: 'note', note: note.trim() })}
      >
        {t('desk.note')}
      </button>
      {canAssign && (
        <span className="inline-form">
          <label htmlFor={assignId}>{t('desk.assignTo')}</label>
          <select id={assignId} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="" />
            {workload.data?.reviewers
              .filter((r) => !r.reviewer.disabled)
              .map((r) => (
                <option key={r.reviewer.id} value={r.reviewer.id}>
                  {r.reviewer.display_name} ({r.holding})
                </option>
              ))}
          </select>
          <button
            type="button"
            disabled={none || !assignee}
            onClick={() => act.mutate({ action: 'assign', assigneeId: assignee })}
          >
            {t('desk.assign')}
          </button>
        </span>
      )}
      {selected.length > 0 && (
        <ExportButtons
          kind="cases"
          filters={{ case_ids: selected.map((c) => c.id).join(',') }}
          labels={{ csv: t('desk.exportSelectedCsv'), jsonl: t('desk.exportSelectedJsonl') }}
        />
      )}
      {act.error && <p role="alert">{act.error.message}</p>}
      {done && <BulkResults answer={done.answer} cases={done.cases} />}
    </section>
  );
}
