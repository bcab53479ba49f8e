import { useI18n } from '../../i18n/i18n';
import { CountryBars } from '../charts';
import type { EvidenceViewProps } from './evidence.types';

export function RegistrationMismatch({ evidence: e }: EvidenceViewProps<'registration_mismatch'>) {
  const { t } = useI18n();
  const operating = e.operating_country;
  const banks = e.payout_banks.payouts_in_window;
  return (
    <>
      <p>
        {t('evidence.registered', { country: e.registered_country, operating })} ·{' '}
        {t('evidence.window', { from: e.window.start, to: e.window.end })}
      </p>
      <p>
        {t('evidence.sustained', { days: String(e.sustained_period.days), from: e.sustained_period.start })}
      </p>
      <div className="chart-row">
        <CountryBars
          title={t('evidence.logins')}
          rows={e.logins_in_window.by_country}
          highlight={operating}
        />
        <CountryBars
          title={t('evidence.shipments')}
          rows={e.seller_shipments.in_window.by_country}
          highlight={operating}
        />
      </div>
      {banks.length > 0 && (
        <p>{t('evidence.bank', { countries: banks.map((b) => `${b.country} (${b.payouts})`).join(', ') })}</p>
      )}
      {e.phone.country !== null && <p>{t('evidence.phone', { country: e.phone.country })}</p>}
    </>
  );
}
