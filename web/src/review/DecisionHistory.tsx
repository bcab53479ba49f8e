import type { DecisionView } from '../api/client';
import { Badge } from '../components/common';
import { useI18n } from '../i18n/i18n';

/** The decisions so far, newest last: proposed, decided, sent back, with who and when. */
export function DecisionHistory({ decisions }: { decisions: DecisionView[] }) {
  const { t, pick, label, formatDateTime } = useI18n();
  if (decisions.length === 0) return <p className="muted">{t('dec.none')}</p>;
  return (
    <ul className="plain decisions">
      {decisions.map((d) => (
        <li key={d.id}>
          <strong>{label('decision', d.decision)}</strong>{' '}
          {d.status && (
            <Badge tone={d.status === 'decided' ? 'good' : 'neutral'}>
              {label('decisionStatus', d.status)}
            </Badge>
          )}
          {d.appeal_round > 0 && <> · {t('dec.round', { n: d.appeal_round })}</>}
          <div className="muted small">
            <ul className="plain">
              {d.reasons.map((r) => (
                <li key={r.code} title={r.code}>
                  {pick(r.text)}
                </li>
              ))}
            </ul>
            {t('dec.by', {
              who: d.proposed_by?.display_name ?? '',
              date: d.proposed_at ? formatDateTime(d.proposed_at) : '',
            })}
            {d.reviewed_by && d.reviewed_at && (
              <>
                {' · '}
                {t('dec.reviewedBy', {
                  who: d.reviewed_by.display_name,
                  date: formatDateTime(d.reviewed_at),
                })}
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
