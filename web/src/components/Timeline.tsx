import type { Timeline as TimelineData } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Badge, useActorName } from './common';

/** Every step of a case with its date, whose move it is, and when a decision is expected. */
export function Timeline({
  timeline,
  audience = 'seller',
}: {
  timeline: TimelineData;
  audience?: 'seller' | 'staff';
}) {
  const { t, pick, label, formatDateTime, formatDate, formatNumber } = useI18n();
  const actorName = useActorName();
  const eta = timeline.estimated_decision;
  return (
    <div className="timeline">
      <p>
        <Badge tone={timeline.waiting_on === 'seller' ? 'warn' : timeline.waiting_on ? 'info' : 'neutral'}>
          {timeline.waiting_on === 'seller'
            ? t(audience === 'seller' ? 'timeline.waitingSeller' : 'timeline.waitingOnSeller')
            : timeline.waiting_on === 'support'
              ? t('timeline.waitingSupport')
              : t('timeline.closed')}
        </Badge>{' '}
        {timeline.waiting_on === 'seller' && (
          <span>{t('timeline.deadline', { date: formatDate(timeline.deadline_at) })}</span>
        )}
      </p>
      {eta && (
        <p className="eta" data-testid="eta">
          <strong>{t('timeline.eta', { date: formatDate(eta.at) })}</strong>{' '}
          <span className="muted">
            (
            {eta.basis === 'queue'
              ? t('timeline.etaQueue', {
                  ahead: eta.cases_ahead,
                  rate: formatNumber(eta.decisions_per_day, { maximumFractionDigits: 1 }),
                })
              : t('timeline.etaSla')}
            )
          </span>
        </p>
      )}
      <ol className="steps">
        {timeline.steps.map((step, i) => (
          <li key={`${step.at}-${step.event}-${step.document_id ?? i}`}>
            <time dateTime={step.at}>{formatDateTime(step.at)}</time>
            <div>
              <strong>
                {step.event === 'case.transitioned' && step.to
                  ? label('status', step.to)
                  : label('event', step.event)}
              </strong>
              {step.material && (
                <span>
                  {' '}
                  · {step.material_title ? pick(step.material_title) : label('material', step.material)}
                </span>
              )}
              {step.verdict && (
                <span>
                  {' '}
                  ·{' '}
                  <Badge tone={step.verdict === 'pass' ? 'good' : 'bad'}>
                    {t(`verdict.${step.verdict === 'pass' ? 'pass' : 'fail'}`)}
                  </Badge>
                </span>
              )}
              {step.failed_checks && step.failed_checks.length > 0 && (
                <span className="muted"> {step.failed_checks.join(', ')}</span>
              )}
              {step.triggers && step.triggers.length > 0 && (
                <span className="muted"> · {step.triggers.map((tr) => label('trigger', tr)).join(', ')}</span>
              )}
              <span className="muted"> · {t('timeline.by', { who: actorName(step.actor) })}</span>
              {step.note && <p className="note">{step.note}</p>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
