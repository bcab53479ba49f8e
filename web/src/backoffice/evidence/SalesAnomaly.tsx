import { useI18n } from '../../i18n/i18n';
import { CompareBars } from '../charts';
import { SalesChart } from '../SalesChart';
import type { EvidenceViewProps } from './evidence.types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function SalesAnomaly({ evidence: e, seller }: EvidenceViewProps<'sales_anomaly'>) {
  const { t } = useI18n();
  const measure = e.measure === 'revenue' ? 'revenue' : 'orders';
  return (
    <>
      <p>{t('evidence.sales', { kind: e.kind, from: e.window.from, to: e.window.to })}</p>
      <CompareBars
        rows={[
          { label: `${t('evidence.expected')} (${measure})`, value: e.expected[measure] },
          { label: `${t('evidence.observed')} (${measure})`, value: e.observed[measure] },
        ]}
      />
      <p className="muted">{t('evidence.pValue', { p: e.how_unusual.p_value.toExponential(1) })}</p>
      {ISO_DATE.test(e.window.from) && ISO_DATE.test(e.window.to) && (
        <SalesChart
          sellerId={seller}
          windowFrom={e.window.from}
          windowTo={e.window.to}
          baseline={e.baseline_daily_orders}
        />
      )}
    </>
  );
}
