import type { Finding } from '../finding.js';
import { triggerDefinitions } from '../triggers/registry.js';
import type { TriggerDefinition } from '../triggers/trigger.definition.js';
import type { ScanInput } from './scan.input.js';

export { SALES_HISTORY_DAYS } from '../triggers/sales-anomaly/sales-anomaly.trigger.js';

export interface DetectOptions {
  asOf: Date;
  /** Last day of sales received per seller (the live path's watermark); see detectSalesAnomalies. */
  salesJudgedThrough?: ReadonlyMap<string, string>;
  onProgress?: (sellersDone: number, sellersTotal: number) => void;
}

/**
 * Runs every registered trigger's detector over everything a scan read. Pure: the input is data,
 * the output is findings, ordered by seller and then by the registry's order of triggers.
 */
export function detectAll(input: ScanInput, options: DetectOptions): Finding[] {
  const { asOf } = options;
  const definitions = triggerDefinitions();
  const order = new Map(definitions.map((definition, i) => [definition.id, i]));
  const reads = new Map(definitions.map((definition) => [definition.id, definition.reads]));
  const bySeller = new Map<string, Finding[]>();
  const add = (finding: Finding | undefined) => {
    if (!finding) return;
    const unknown = couldNotCheck(reads.get(finding.trigger) ?? [], input.notedFields.get(finding.seller_id));
    if (unknown.length > 0) finding.evidence = { ...finding.evidence, could_not_check: unknown };
    const list = bySeller.get(finding.seller_id) ?? [];
    list.push(finding);
    bySeller.set(finding.seller_id, list);
  };
  // A detector whose feed file is absent stays silent: no documents file says nothing about documents.
  const canRun = (definition: TriggerDefinition) => definition.needs.every((kind) => !input.absent.has(kind));

  for (const definition of definitions)
    if (definition.detector.scope === 'market' && canRun(definition))
      for (const finding of definition.detector.detect(input, options)) add(finding);

  const perSeller = definitions.flatMap((definition) =>
    definition.detector.scope === 'seller' && canRun(definition) ? [definition.detector.detect] : [],
  );
  let done = 0;
  for (const sellerId of input.sellerIds) {
    for (const detect of perSeller) add(detect({ sellerId, input, asOf }));
    done += 1;
    if (done % 5000 === 0) options.onProgress?.(done, input.sellerIds.length);
  }
  options.onProgress?.(done, input.sellerIds.length);

  const rank = (finding: Finding) => order.get(finding.trigger) ?? order.size;
  return input.sellerIds.flatMap((id) => (bySeller.get(id) ?? []).sort((a, b) => rank(a) - rank(b)));
}

/** What a finding's trigger reads that this seller's feed left unknown: a reviewer weighs the finding with it. */
function couldNotCheck(reads: readonly string[], noted: ReadonlyMap<string, string> | undefined) {
  if (!noted) return [];
  return [...noted]
    .filter(([field]) => reads.some((prefix) => field.startsWith(prefix)))
    .map(([field, code]) => ({ field, code }));
}
