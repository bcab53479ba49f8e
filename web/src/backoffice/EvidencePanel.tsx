import type { CaseReason } from '../api/client';
import { Badge, severityTone } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { CompareBars, CountryBars, type CountryCount, type Link, LinkGraph } from './charts';
import { SalesChart } from './SalesChart';

type Obj = Record<string, unknown>;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const obj = (value: unknown): Obj => (value && typeof value === 'object' ? (value as Obj) : {});
const arr = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function RegistrationMismatch({ e }: { e: Obj }) {
  const { t } = useI18n();
  const window = obj(e.window);
  const sustained = obj(e.sustained_period);
  const operating = text(e.operating_country);
  const banks = arr<{ country: string; payouts: number }>(obj(e.payout_banks).payouts_in_window);
  return (
    <>
      <p>
        {t('evidence.registered', { country: text(e.registered_country), operating })} ·{' '}
        {t('evidence.window', { from: text(window.start), to: text(window.end) })}
      </p>
      {sustained.days !== undefined && (
        <p>{t('evidence.sustained', { days: text(sustained.days), from: text(sustained.start) })}</p>
      )}
      <div className="chart-row">
        <CountryBars
          title={t('evidence.logins')}
          rows={arr<CountryCount>(obj(e.logins_in_window).by_country)}
          highlight={operating}
        />
        <CountryBars
          title={t('evidence.shipments')}
          rows={arr<CountryCount>(obj(obj(e.seller_shipments).in_window).by_country)}
          highlight={operating}
        />
      </div>
      {banks.length > 0 && (
        <p>{t('evidence.bank', { countries: banks.map((b) => `${b.country} (${b.payouts})`).join(', ') })}</p>
      )}
      {obj(e.phone).country !== undefined && (
        <p>{t('evidence.phone', { country: text(obj(e.phone).country) })}</p>
      )}
    </>
  );
}

function LinkTable({ caption, links }: { caption: string; links: Link[] }) {
  if (links.length === 0) return null;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <tbody>
          {links.map((link) => (
            <tr key={`${link.kind}-${link.identifier}`}>
              <th scope="row">{link.kind}</th>
              <td>
                <code>{link.identifier}</code>
              </td>
              <td>{link.seller_ids.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AccountAssociation({ e, seller }: { e: Obj; seller: string }) {
  const { t } = useI18n();
  const links = arr<Link>(e.links);
  const supporting = arr<Link>(e.supporting);
  const inactive = arr<{ seller_id: string; status: string }>(e.inactive_accounts);
  return (
    <>
      <LinkGraph
        seller={seller}
        links={links}
        inactive={inactive.map((a) => a.seller_id)}
        title={t('evidence.graph', { seller })}
      />
      <LinkTable caption={t('evidence.links')} links={links} />
      <LinkTable caption={t('evidence.supporting')} links={supporting} />
      {inactive.length > 0 && (
        <p>
          {t('evidence.inactive', { ids: inactive.map((a) => `${a.seller_id} (${a.status})`).join(', ') })}
        </p>
      )}
    </>
  );
}

function SalesAnomaly({ e, seller }: { e: Obj; seller: string }) {
  const { t } = useI18n();
  const window = obj(e.window);
  const measure = text(e.measure) || 'orders';
  const expected = Number(obj(e.expected)[measure] ?? 0);
  const observed = Number(obj(e.observed)[measure] ?? 0);
  const p = obj(e.how_unusual).p_value;
  return (
    <>
      <p>{t('evidence.sales', { kind: text(e.kind), from: text(window.from), to: text(window.to) })}</p>
      <CompareBars
        rows={[
          { label: `${t('evidence.expected')} (${measure})`, value: expected },
          { label: `${t('evidence.observed')} (${measure})`, value: observed },
        ]}
      />
      {typeof p === 'number' && <p className="muted">{t('evidence.pValue', { p: p.toExponential(1) })}</p>}
      {ISO_DATE.test(text(window.from)) && ISO_DATE.test(text(window.to)) && (
        <SalesChart
          sellerId={seller}
          windowFrom={text(window.from)}
          windowTo={text(window.to)}
          baseline={typeof e.baseline_daily_orders === 'number' ? e.baseline_daily_orders : undefined}
        />
      )}
    </>
  );
}

function IdentityVerification({ e }: { e: Obj }) {
  const { t, formatDate } = useI18n();
  const latest = obj(e.latest_check);
  if (!latest.at) return null;
  return (
    <p>
      {t('evidence.identity', {
        result: text(latest.result),
        reason: text(latest.reason),
        date: formatDate(text(latest.at)),
      })}
    </p>
  );
}

function MissingDocumentation({ e }: { e: Obj }) {
  const { t } = useI18n();
  const gaps = arr<{ document: string; problem: string }>(e.gaps);
  if (gaps.length === 0) return null;
  return <p>{t('evidence.gaps', { gaps: gaps.map((g) => `${g.document} (${g.problem})`).join(', ') })}</p>;
}

/** One reason of a case with the evidence behind it, drawn for its trigger. */
export function EvidencePanel({ reason, seller }: { reason: CaseReason; seller: string }) {
  const { t, label, formatNumber } = useI18n();
  const e = reason.evidence ?? {};
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
      <p lang="en">{reason.summary}</p>
      {reason.trigger === 'registration_mismatch' && <RegistrationMismatch e={e} />}
      {reason.trigger === 'account_association' && <AccountAssociation e={e} seller={seller} />}
      {reason.trigger === 'sales_anomaly' && <SalesAnomaly e={e} seller={seller} />}
      {reason.trigger === 'identity_verification' && <IdentityVerification e={e} />}
      {reason.trigger === 'missing_documentation' && <MissingDocumentation e={e} />}
      <details className="evidence">
        <summary>{t('evidence.raw')}</summary>
        <pre>{JSON.stringify(e, null, 2)}</pre>
      </details>
    </article>
  );
}
