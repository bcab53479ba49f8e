import { useI18n } from '../../i18n/i18n';
import { AccountAssociation } from './AccountAssociation';
import type { EvidenceViewProps, EvidenceViews } from './evidence.types';
import { RegistrationMismatch } from './RegistrationMismatch';
import { SalesAnomaly } from './SalesAnomaly';

function IdentityVerification({ evidence: e }: EvidenceViewProps<'identity_verification'>) {
  const { t, formatDate } = useI18n();
  const latest = e.latest_check;
  return (
    <p>
      {t('evidence.identity', {
        result: latest.result,
        reason: latest.reason ?? '',
        date: formatDate(latest.at),
      })}
    </p>
  );
}

function MissingDocumentation({ evidence: e }: EvidenceViewProps<'missing_documentation'>) {
  const { t, label, formatList } = useI18n();
  if (e.gaps.length === 0) return null;
  const gaps = e.gaps.map((g) =>
    t('evidence.gap', {
      document: label('material', g.document),
      problem: label('gapProblem', g.expired_on ? `${g.problem}_on` : g.problem).replace(
        '{date}',
        g.expired_on ?? '',
      ),
    }),
  );
  return <p>{t('evidence.gaps', { gaps: formatList(gaps) })}</p>;
}

/** The evidence view of each trigger: one entry per trigger of the API, checked by the compiler. */
export const EVIDENCE_VIEWS: EvidenceViews = {
  registration_mismatch: RegistrationMismatch,
  account_association: AccountAssociation,
  sales_anomaly: SalesAnomaly,
  identity_verification: IdentityVerification,
  missing_documentation: MissingDocumentation,
};
