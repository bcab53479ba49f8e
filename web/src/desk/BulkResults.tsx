import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import type { BulkAnswer, CaseListRow } from './desk.api';

/** The plain words for the result codes a bulk action answers most; others show their code. */
const RESULT_TEXTS: Record<string, MessageKey> = {
  ok: 'desk.resultOk',
  CONFLICT: 'desk.resultConflict',
  NOT_FOUND: 'desk.resultNotFound',
  INVALID_TRANSITION: 'desk.resultTransition',
  NOT_ASSIGNEE: 'desk.resultNotAssignee',
  REVIEWER_EXCLUDED: 'desk.resultExcluded',
  FORBIDDEN: 'desk.resultForbidden',
};

/** What a bulk action did to each case, in the order sent: done, changed meanwhile, or why not. */
export function BulkResults({ answer, cases }: { answer: BulkAnswer; cases: CaseListRow[] }) {
  const { t } = useI18n();
  const sellerOf = new Map(cases.map((c) => [c.id, c.seller_name ?? c.seller_id]));
  return (
    <div role="status" className="bulk-results">
      <p>{t('desk.bulkDone', { ok: answer.counts.ok, failed: answer.counts.failed })}</p>
      <ul>
        {answer.data.map((r) => {
          const known = RESULT_TEXTS[r.result];
          return (
            <li key={r.case_id} data-result={r.result} className={r.result === 'ok' ? 'ok' : 'not-done'}>
              {t('desk.bulkItem', {
                seller: sellerOf.get(r.case_id) ?? '',
                case: r.case_id.slice(0, 8),
                result: known ? t(known) : t('desk.resultOther', { code: r.result }),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
