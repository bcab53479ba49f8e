import { ApiError } from '../api/client';
import { ErrorNotice } from '../components/common';
import { type I18n, useI18n } from '../i18n/i18n';

/** Errors that mean "the case is not what you saw": the page loads it again. */
export const STALE_CODES: readonly string[] = [
  'CONFLICT',
  'NOT_ASSIGNEE',
  'DECISION_PENDING',
  'DECISION_NOT_PENDING',
];

/** A review conflict in plain words; undefined when the error is not one of them. */
function conflictText(error: Error, t: I18n['t']): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const details = error.details as { where?: string; reason?: string };
  switch (error.code) {
    case 'CONFLICT':
      return details.where === 'assignee' ? t('conflict.assignee') : t('conflict.revision');
    case 'NOT_ASSIGNEE':
      return t('conflict.notAssignee');
    case 'REVIEWER_EXCLUDED':
      return details.reason === 'proposer'
        ? t('conflict.proposer')
        : details.reason === 'decided_rejection'
          ? t('conflict.decidedRejection')
          : t('conflict.excluded');
    case 'DECISION_PENDING':
      return t('conflict.pending');
    case 'DECISION_NOT_PENDING':
      return t('conflict.notPending');
    default:
      return undefined;
  }
}

export function ReviewError({ error }: { error: Error }) {
  const { t } = useI18n();
  const plain = conflictText(error, t);
  if (!plain) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert" data-code={(error as ApiError).code}>
      <p>{plain}</p>
    </div>
  );
}
