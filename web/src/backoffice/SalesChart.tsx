import { useQuery } from '@tanstack/react-query';
import type { SalesSeries } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { ErrorNotice, Loading } from '../components/common';
import { useI18n } from '../i18n/i18n';

const DAY = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/** The range drawn around an anomaly window: 60 days before it, 14 after. */
export function chartRange(windowFrom: string, windowTo: string) {
  return { from: addDays(windowFrom, -60), to: addDays(windowTo, 14) };
}

/** Every day from `from` to `to`, with the reported figures or 0 when no row came. */
export function everyDay(series: SalesSeries) {
  const byDate = new Map(series.data.map((d) => [d.date, d]));
  const days: { date: string; orders: number; revenue: number; reported: boolean }[] = [];
  for (let day = series.from; day <= series.to; day = addDays(day, 1)) {
    const row = byDate.get(day);
    days.push({ date: day, orders: row?.orders ?? 0, revenue: row?.revenue ?? 0, reported: Boolean(row) });
  }
  return days;
}

const W = 640;
const H = 200;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };

/**
 * A seller's daily orders around a sales anomaly (`GET /v1/sellers/{id}/sales`), plain SVG: the
 * unusual window from the evidence shaded, the usual daily level dashed when the evidence has it,
 * and the figures as a table below.
 */
export function SalesChart({
  sellerId,
  windowFrom,
  windowTo,
  baseline,
}: {
  sellerId: string;
  windowFrom: string;
  windowTo: string;
  baseline?: number | undefined;
}) {
  const api = useApi();
  const { t, formatNumber } = useI18n();
  const range = chartRange(windowFrom, windowTo);
  const sales = useQuery({
    queryKey: queryKeys.sellerSales(sellerId, range.from, range.to),
    queryFn: () => api.sellerSales(sellerId, range.from, range.to),
  });
  if (sales.error) return <ErrorNotice error={sales.error} onRetry={() => void sales.refetch()} />;
  if (!sales.data) return <Loading />;
  const days = everyDay(sales.data);
  const title = t('sales.title', { from: range.from, to: range.to });
  if (sales.data.data.length === 0)
    return (
      <figure className="sales-chart">
        <figcaption>{title}</figcaption>
        <p>{t('sales.none')}</p>
      </figure>
    );
  const max = Math.max(1, ...days.map((d) => d.orders), baseline ?? 0);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days.length > 1 ? (i / (days.length - 1)) * innerW : innerW / 2);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const index = (date: string) =>
    Math.max(
      0,
      days.findIndex((d) => d.date >= date),
    );
  const wFrom = index(windowFrom);
  const wToFound = days.findIndex((d) => d.date > windowTo);
  const wTo = wToFound === -1 ? days.length - 1 : Math.max(wFrom, wToFound - 1);
  const step = days.length > 1 ? innerW / (days.length - 1) : innerW;
  const line = days.map((d, i) => `${x(i).toFixed(1)},${y(d.orders).toFixed(1)}`).join(' ');
  const highest = Math.max(...days.map((d) => d.orders));
  return (
    <figure className="sales-chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('sales.chart', {
          from: range.from,
          to: range.to,
          wfrom: windowFrom,
          wto: windowTo,
          max: highest,
        })}
        width="100%"
      >
        <rect
          data-testid="anomaly-window"
          x={x(wFrom) - step / 2}
          y={PAD.top}
          width={x(wTo) - x(wFrom) + step}
          height={innerH}
          fill="#f6d365"
          opacity={0.45}
        />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#8895a7" />
        <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" fontSize="11">
          {max}
        </text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" fontSize="11">
          0
        </text>
        {baseline !== undefined && (
          <line
            data-testid="baseline"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(baseline)}
            y2={y(baseline)}
            stroke="#1d4e89"
            strokeDasharray="5 4"
          />
        )}
        <polyline points={line} fill="none" stroke="#a4161a" strokeWidth={1.5} />
        <text x={PAD.left} y={H - 6} fontSize="11">
          {days[0]?.date}
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize="11" textAnchor="end">
          {days.at(-1)?.date}
        </text>
      </svg>
      <p className="muted small">
        <span className="legend legend-window">■</span> {t('sales.window')} ({windowFrom} – {windowTo})
        {baseline !== undefined && (
          <>
            {' · '}
            <span className="legend legend-baseline">┄</span>{' '}
            {t('sales.baseline', { value: formatNumber(baseline, { maximumFractionDigits: 1 }) })}
          </>
        )}
        {' · '}
        {t('sales.gaps')}
      </p>
      <details>
        <summary>{t('sales.table')}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sales.colDate')}</th>
                <th scope="col">{t('sales.colOrders')}</th>
                <th scope="col">{t('sales.colRevenue')}</th>
              </tr>
            </thead>
            <tbody>
              {sales.data.data.map((d) => (
                <tr key={d.date}>
                  <td>{d.date}</td>
                  <td>{d.orders}</td>
                  <td>{formatNumber(d.revenue, { maximumFractionDigits: 2 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
