import type { ReactNode } from 'react';
import type { CaseReason } from '../api/client';
import { Badge, severityTone } from '../components/common';
import { useI18n } from '../i18n/i18n';
import type { EvidenceByTrigger, EvidenceViewProps, TriggerId } from './evidence/evidence.types';
import { EVIDENCE_VIEWS } from './evidence/views';

/** The view of a trigger's evidence (no cast: the map and the evidence are both keyed by the trigger). */
function EvidenceView<T extends TriggerId>({
  trigger,
  evidence,
  seller,
}: {
  trigger: T;
  evidence: EvidenceByTrigger[T];
  seller: string;
}): ReactNode {
  const View: (props: EvidenceViewProps<T>) => ReactNode = EVIDENCE_VIEWS[trigger];
  return <View evidence={evidence} seller={seller} />;
}

/** One reason of a case with the evidence behind it, drawn for its trigger. */
export function EvidencePanel({ reason, seller }: { reason: CaseReason; seller: string }) {
  const { t, pick, label, formatNumber } = useI18n();
  const raw = reason.evidence ?? reason.unchecked_evidence ?? {};
  return (
    <article className="reason" aria-label={label('trigger', reason.trigger)}>
      <header className="reason-head">
        <h3>{label('trigger', reason.trigger)}</h3>
        <Badge tone={severityTone(reason.severity)}>{label('severity', reason.severity)}</Badge>
        {reason.score !== undefined && (
          <span className="muted">
            {t('office.score', { score: formatNumber(reason.score, { maximumFractionDigits: 2 }) })}
          </span>
        )}
      </header>
      <p>{pick(reason.text)}</p>
      {reason.evidence && (
        <EvidenceView trigger={reason.trigger} evidence={reason.evidence} seller={seller} />
      )}
      <details className="evidence">
        <summary>{t('evidence.raw')}</summary>
        <pre>{JSON.stringify(raw, null, 2)}</pre>
      </details>
    </article>
  );
}
