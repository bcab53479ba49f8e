import { isoDate, type MarketCalendar, type Window } from './calendar.js';
import type { DocumentsOutcome } from './documents.sim.js';
import type { MarketplacePlan } from './plan.types.js';
import { anomalyFigures, round2, type SalesSeries } from './sales.sim.js';
import type { SimSeller } from './sellers.sim.js';
import { groupsTruth } from './truth.groups.js';
import type { HardNegatives, Truth } from './truth.js';

type EventLine = Record<string, unknown>;

const shareOf = (values: string[], target: string): number =>
  values.length === 0 ? 0 : round2(values.filter((v) => v === target).length / values.length);

/** Accumulates truth.json while sellers stream past, one at a time. */
export class TruthCollector {
  private readonly positives: Truth['positives'] = {
    registration_mismatch: [],
    account_association: [],
    sales_anomaly: [],
    identity_verification: [],
    missing_documentation: [],
  };
  private readonly negatives: HardNegatives = {
    registration_mismatch: { cross_border_bank: [], marketplace_fulfillment: [], travel: [], vpn_noise: [] },
    account_association: { shared_ip: [], common_name: [], same_building: [] },
    sales_anomaly: {
      weekly_seasonality: [],
      slow_growth: [],
      low_volume: [],
      new_seller_ramp: [],
      volatile: [],
    },
    identity_verification: { cleared_failure: [] },
    missing_documentation: { superseded_document: [], expiring_soon: [] },
  };
  /** Full names as written, for the common-name groups. */
  private readonly fullNames = new Map<number, string>();
  private readonly asOfDate: string;

  constructor(
    private readonly window: Window,
    private readonly calendar: MarketCalendar,
  ) {
    this.asOfDate = isoDate(window.asOfDay);
  }

  private dateOf(day: number): string {
    return this.window.dates[Math.max(0, Math.min(this.window.days - 1, day))] ?? '';
  }

  /** Whether an RFC 3339 time falls on window days [from, to). */
  private inWindow(at: string, from = 0, to = this.window.days): boolean {
    return at >= this.dateOf(from) && at < (to >= this.window.days ? this.asOfDate : this.dateOf(to));
  }

  addSeller(sim: SimSeller, sales: SalesSeries, events: EventLine[], documents: DocumentsOutcome): void {
    const plan = sim.plan;
    const id = plan.sellerId;
    if (plan.commonName) this.fullNames.set(plan.index, sim.record.legal_rep.full_name ?? '');
    const logins = events.filter((e) => e.type === 'login' && this.inWindow(String(e.at)));
    const loginCountries = logins.map((e) => String(e.ip_country));
    const shipFrom = events.flatMap((e) =>
      e.type === 'shipment' && this.inWindow(String(e.at))
        ? [e.ship_from as { type: string; country: string }]
        : [],
    );
    const bankCountry = sim.bank.country;
    if (plan.mismatch) {
      const m = plan.mismatch;
      const during = logins
        .filter((e) => this.inWindow(String(e.at), m.start, m.end))
        .map((e) => String(e.ip_country));
      const own = events
        .filter((e) => e.type === 'shipment' && this.inWindow(String(e.at), m.start, m.end))
        .map((e) => e.ship_from as { type: string; country: string })
        .filter((s) => s.type === 'seller')
        .map((s) => s.country);
      this.positives.registration_mismatch.push({
        seller_id: id,
        registered_country: plan.country,
        operating_country: m.operatingCountry,
        start: this.dateOf(m.start),
        end: this.dateOf(m.end - 1),
        login_share: shareOf(during, m.operatingCountry),
        window_login_share: shareOf(loginCountries, m.operatingCountry),
        seller_shipment_share: own.length === 0 ? null : shareOf(own, m.operatingCountry),
        phone_country: sim.phone.country,
        bank_country: bankCountry,
      });
    } else {
      const rm = this.negatives.registration_mismatch;
      if (bankCountry !== plan.country)
        rm.cross_border_bank.push({
          seller_id: id,
          registered_country: plan.country,
          bank_country: bankCountry,
        });
      const abroad = [
        ...new Set(
          shipFrom
            .filter((s) => s.type === 'marketplace_fulfillment' && s.country !== plan.country)
            .map((s) => s.country),
        ),
      ];
      if (abroad.length > 0)
        rm.marketplace_fulfillment.push({
          seller_id: id,
          registered_country: plan.country,
          fulfillment_countries: abroad,
        });
      if (plan.travel)
        rm.travel.push({
          seller_id: id,
          country: plan.travel.country,
          start: this.dateOf(plan.travel.start),
          end: this.dateOf(plan.travel.end - 1),
        });
      if (plan.hasVpnNoise)
        rm.vpn_noise.push({
          seller_id: id,
          foreign_login_share: round2(1 - shareOf(loginCountries, plan.country)),
        });
    }
    this.addSales(sim, sales);
    this.addIdentity(sim, events);
    this.addDocuments(sim, documents);
  }

  private addSales(sim: SimSeller, sales: SalesSeries): void {
    const plan = sim.plan;
    const anomaly = plan.anomaly;
    if (anomaly) {
      this.positives.sales_anomaly.push({
        seller_id: plan.sellerId,
        kind: anomaly.kind,
        start: this.dateOf(anomaly.start),
        end: this.dateOf(anomaly.end - 1),
        factor: round2(anomaly.factor),
        ...anomalyFigures(sales, anomaly),
      });
      return;
    }
    if (plan.inactiveSince !== undefined) return;
    const sa = this.negatives.sales_anomaly;
    if (sales.weeklyAmplitude >= 0.4) sa.weekly_seasonality.push(plan.sellerId);
    if (sales.growth >= 0.4) sa.slow_growth.push(plan.sellerId);
    if (plan.tier === 'low') sa.low_volume.push(plan.sellerId);
    if (plan.created >= 0) sa.new_seller_ramp.push(plan.sellerId);
    if (sales.isVolatile && plan.tier !== 'low') sa.volatile.push(plan.sellerId);
  }

  private addIdentity(sim: SimSeller, events: EventLine[]): void {
    const identity = sim.plan.identity;
    if (!identity) return;
    const checks = events
      .filter((e) => e.type === 'identity_check')
      .sort((a, b) => String(a.at).localeCompare(String(b.at)));
    const last = checks[checks.length - 1];
    if (identity.kind === 'cleared') {
      const failed = checks.filter((c) => c.result !== 'passed').pop();
      this.negatives.identity_verification.cleared_failure.push({
        seller_id: sim.plan.sellerId,
        failed_at: String(failed?.at),
        passed_at: String(last?.at),
        is_written_out_of_order: identity.isPassWrittenFirst,
      });
      return;
    }
    this.positives.identity_verification.push({
      seller_id: sim.plan.sellerId,
      result: identity.kind,
      reason: identity.reason,
      at: String(last?.at),
    });
  }

  private addDocuments(sim: SimSeller, documents: DocumentsOutcome): void {
    const plan = sim.plan.documents;
    const id = sim.plan.sellerId;
    if (plan?.kind === 'gaps')
      this.positives.missing_documentation.push({
        seller_id: id,
        entity_type: sim.plan.entityType,
        gaps: documents.gaps,
      });
    if (plan?.kind === 'superseded')
      this.negatives.missing_documentation.superseded_document.push({
        seller_id: id,
        requirement: plan.requirement,
        problem: plan.problem,
      });
    if (plan?.kind === 'expiring_soon') {
      const type = plan.requirement;
      const doc = documents.records.find((d) => d.type === type && d.status === 'accepted');
      this.negatives.missing_documentation.expiring_soon.push({
        seller_id: id,
        requirement: type,
        expires_on: String(doc?.expires_on),
      });
    }
  }

  finish(plan: MarketplacePlan, generator: Truth['generator']): Truth {
    const groups = groupsTruth(plan, this.fullNames);
    this.positives.account_association = groups.clusters;
    Object.assign(this.negatives.account_association, groups.negatives);
    const count = (record: Record<string, unknown[]>): Record<string, number> =>
      Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.length]));
    const hardNegativeCounts: Record<string, number> = {};
    for (const [trigger, lists] of Object.entries(this.negatives))
      for (const [name, n] of Object.entries(count(lists as Record<string, unknown[]>)))
        hardNegativeCounts[`${trigger}.${name}`] = n;
    return {
      format: 'secondlook-truth/1',
      generator,
      market_events: [...this.calendar.events],
      positives: this.positives,
      hard_negatives: this.negatives,
      summary: {
        planted: {
          registration_mismatch: this.positives.registration_mismatch.length,
          account_association: groups.clusters.reduce((n, c) => n + c.seller_ids.length, 0),
          sales_anomaly: this.positives.sales_anomaly.length,
          identity_verification: this.positives.identity_verification.length,
          missing_documentation: this.positives.missing_documentation.length,
        },
        clusters: groups.clusters.length,
        hard_negatives: hardNegativeCounts,
      },
    };
  }
}
