import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { CaseView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { ReviewError } from './reviewErrors';
import { useCaseMutation } from './useCaseMutation';

type HoldChange = { kind: 'claim' } | { kind: 'release' } | { kind: 'assign'; assigneeId: string };

/** Who holds the case, and claim, release or assign as the server's `hold` facts allow. */
export function HoldPanel({ caseView }: { caseView: CaseView }) {
  const api = useApi();
  const { t } = useI18n();
  const assignId = useId();
  const hold = caseView.hold;
  const holder = caseView.assignee_id ?? null;
  const canAssign = hold?.can_assign ?? false;
  // Reviewers' names, for the holder and the assign list: only a supervisor may assign.
  const workload = useQuery({
    queryKey: queryKeys.workload(),
    queryFn: () => api.workload(),
    enabled: canAssign,
  });
  const [assignee, setAssignee] = useState('');
  const change = useCaseMutation(caseView.id, (next: HoldChange) => {
    if (next.kind === 'claim') return api.claim(caseView.id, caseView.revision);
    if (next.kind === 'release') return api.release(caseView.id, caseView.revision);
    return api.assign(caseView.id, next.assigneeId, caseView.revision);
  });
  const holderName =
    caseView.assignee?.name ??
    workload.data?.reviewers.find((r) => r.reviewer.id === holder)?.reviewer.display_name ??
    t('actor.formerStaff');
  return (
    <div className="stack hold" data-testid="hold">
      <p>
        {holder === null
          ? t('act.heldByNobody')
          : hold?.held_by_you
            ? t('act.heldByYou')
            : t('act.heldByOther', { who: holderName ?? '' })}
      </p>
      {(hold?.can_claim || hold?.can_release) && (
        <div className="buttons">
          {hold.can_claim && (
            <button
              type="button"
              disabled={change.isPending}
              onClick={() => change.mutate({ kind: 'claim' })}
            >
              {t('act.claim')}
            </button>
          )}
          {hold.can_release && (
            <button
              type="button"
              className="secondary"
              disabled={change.isPending}
              onClick={() => change.mutate({ kind: 'release' })}
            >
              {t('act.release')}
            </button>
          )}
        </div>
      )}
      {hold && !hold.can_claim && holder === null && caseView.due?.kind !== 'review' && (
        <p className="muted small">{t('act.notInQueue')}</p>
      )}
      {canAssign && workload.data && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (assignee) change.mutate({ kind: 'assign', assigneeId: assignee });
          }}
        >
          <label htmlFor={assignId}>{t('act.assignTo')}</label>
          <select id={assignId} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="" />
            {workload.data.reviewers
              .filter((r) => !r.reviewer.disabled)
              .map((r) => (
                <option key={r.reviewer.id} value={r.reviewer.id}>
                  {r.reviewer.display_name} ({r.holding})
                </option>
              ))}
          </select>
          <button type="submit" className="secondary" disabled={change.isPending || !assignee}>
            {t('act.assign')}
          </button>
        </form>
      )}
      {change.error && <ReviewError error={change.error} />}
    </div>
  );
}
