import { dateOfDay, detectSalesAnomalies } from '../anomalies/index.js';
import type { Finding } from '../finding.js';
import { detectIdentityVerification } from '../triggers/identity-verification.trigger.js';
import { detectMissingDocumentation } from '../triggers/missing-documentation.trigger.js';
import { detectRegistrationMismatch } from '../triggers/registration-mismatch.trigger.js';
import type { ScanInput } from './scan.input.js';

/** How much sales history the anomaly detector reads before the scan date. */
export const SALES_HISTORY_DAYS = 365;

export interface DetectOptions {
  asOf: Date;
  /** Last day of sales received per seller (the live path's watermark); see detectSalesAnomalies. */
  salesJudgedThrough?: ReadonlyMap<string, string>;
  onProgress?: (sellersDone: number, sellersTotal: number) => void;
}

/**
 * Runs every detector over everything a scan read. Pure: the input is data, the output is
 * findings, ordered by seller and then trigger.
 */
export function detectAll(input: ScanInput, options: DetectOptions): Finding[] {
  const { asOf } = options;
  const bySeller = new Map<string, Finding[]>();
  const add = (finding: Finding | undefined) => {
    if (!finding) return;
    const unknown = couldNotCheck(finding, input.notedFields.get(finding.seller_id));
    if (unknown.length > 0) finding.evidence = { ...finding.evidence, could_not_check: unknown };
    const list = bySeller.get(finding.seller_id) ?? [];
    list.push(finding);
    bySeller.set(finding.seller_id, list);
  };

  const asOfDay = Math.floor(asOf.getTime() / 86_400_000);
  // The feed's sales begin on its earliest row: days before it are unknown, not days without sales.
  const firstDay = Math.max(
    asOfDay - SALES_HISTORY_DAYS,
    Number.isFinite(input.sales.earliestDay) ? input.sales.earliestDay : asOfDay,
  );
  const panel = input.sales.toPanel(input.sellerIds, dateOfDay(firstDay), dateOfDay(asOfDay));
  const createdOn = new Map<string, string>();
  for (const id of input.sellerIds) {
    const created = input.sellers.get(id)!.record.created_at;
    if (created) createdOn.set(id, created.slice(0, 10));
  }
  const marketSeries = input.marketOrders && {
    orders: Float64Array.from(
      { length: panel.days },
      (_, d) => input.marketOrders?.get(dateOfDay(firstDay + d)) ?? 0,
    ),
  };
  if (!input.absent.has('sales'))
    for (const finding of detectSalesAnomalies({
      sellerSeries: panel,
      asOf,
      createdOn,
      ...(options.salesJudgedThrough ? { judgedThrough: options.salesJudgedThrough } : {}),
      ...(marketSeries ? { marketSeries } : {}),
    }))
      add(finding);

  for (const finding of input.association.findings()) add(finding);

  let done = 0;
  for (const sellerId of input.sellerIds) {
    const { record } = input.sellers.get(sellerId)!;
    if (!input.absent.has('events')) {
      add(detectRegistrationMismatch(record, input.whereabouts.get(sellerId) ?? [], asOf));
      add(detectIdentityVerification(sellerId, input.identityChecks.get(sellerId) ?? [], asOf));
    }
    if (!input.absent.has('documents'))
      add(
        detectMissingDocumentation(sellerId, record.entity_type, input.documents.get(sellerId) ?? [], asOf),
      );
    done += 1;
    if (done % 5000 === 0) options.onProgress?.(done, input.sellerIds.length);
  }
  options.onProgress?.(done, input.sellerIds.length);

  const order = [
    'registration_mismatch',
    'account_association',
    'sales_anomaly',
    'identity_verification',
    'missing_documentation',
  ];
  return input.sellerIds.flatMap((id) =>
    (bySeller.get(id) ?? []).sort((a, b) => order.indexOf(a.trigger) - order.indexOf(b.trigger)),
  );
}

/** The feed fields each trigger reads, as `kind:field` prefixes of data-quality notes. */
const READS: Record<Finding['trigger'], readonly string[]> = {
  registration_mismatch: [
    'sellers:business.country',
    'sellers:business.address.country',
    'sellers:address.country',
    'sellers:contact.phone',
    'sellers:bank.country',
    'events:ip_country',
    'events:ship_from',
    'events:bank_country',
  ],
  account_association: [
    'sellers:legal_rep',
    'sellers:business.registration_number',
    'sellers:business.address',
    'sellers:address',
    'sellers:contact',
    'sellers:bank.account_number',
    'events:device_id',
    'events:card_fingerprint',
    'events:bank_account_number',
  ],
  sales_anomaly: ['sales:orders', 'sales:revenue', 'sellers:created_at'],
  identity_verification: ['events:result'],
  missing_documentation: ['sellers:entity_type', 'documents:'],
};

/** What a finding's trigger reads that this seller's feed left unknown: a reviewer weighs the finding with it. */
function couldNotCheck(finding: Finding, noted: ReadonlyMap<string, string> | undefined) {
  if (!noted) return [];
  const reads = READS[finding.trigger];
  return [...noted]
    .filter(([field]) => reads.some((prefix) => field.startsWith(prefix)))
    .map(([field, code]) => ({ field, code }));
}
