import type { CaseView } from '../api/client';
import { Badge, statusTone } from '../components/common';
import { useI18n } from '../i18n/i18n';

const DAY_MS = 86_400_000;

/** The case in plain words: why, by when, and what happens if the deadline passes. */
export function CaseSummary({ caseView, now = Date.now() }: { caseView: CaseView; now?: number }) {
  const { t, pick, label, formatDate, formatDateTime, formatList } = useI18n();
  const daysLeft = Math.ceil((new Date(caseView.deadline_at).getTime() - now) / DAY_MS);
  const restrictions = (list: string[]) => formatList(list.map((r) => label('restriction', r)));
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <div className="card-head">
        <h1 id="summary-title">{t('seller.title')}</h1>
        <Badge tone={statusTone(caseView.status)}>{label('status', caseView.status)}</Badge>
      </div>
      <p className="muted">{t('seller.opened', { date: formatDate(caseView.opened_at) })}</p>
      <div className="summary-grid">
        <div>
          <h2>{t('seller.whyTitle')}</h2>
          <ul className="reasons">
            {caseView.reasons.map((reason) => (
              <li key={`${reason.trigger}-${reason.added_at}`}>
                <span className="reason-trigger">{label('trigger', reason.trigger)}</span>
                <p>{pick(reason.text)}</p>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('seller.deadlineTitle')}</h2>
          {caseView.due?.kind === 'seller_deadline' ? (
            <>
              <p className="deadline">
                <strong>{t('seller.deadline', { date: formatDateTime(caseView.deadline_at) })}</strong>{' '}
                <Badge tone={daysLeft <= 3 ? 'bad' : 'warn'}>
                  {daysLeft < 0
                    ? t('seller.overdue')
                    : daysLeft === 1
                      ? t('seller.dayLeft')
                      : t('seller.daysLeft', { days: Math.max(0, daysLeft) })}
                </Badge>
              </p>
              {caseView.if_deadline_passes && caseView.if_deadline_passes.restrictions.length > 0 && (
                <p className="notice notice-warn" data-testid="if-deadline-passes">
                  {t('seller.ifPasses', {
                    restrictions: restrictions(caseView.if_deadline_passes.restrictions),
                  })}
                </p>
              )}
            </>
          ) : (
            <p>{label('status', caseView.status)}</p>
          )}
          <p>
            {caseView.restrictions.length > 0
              ? t('seller.nowRestricted', { restrictions: restrictions(caseView.restrictions) })
              : t('seller.noRestrictions')}
          </p>
        </div>
      </div>
    </section>
  );
}
