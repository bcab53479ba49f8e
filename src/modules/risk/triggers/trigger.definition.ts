import { z } from 'zod';
import type { Finding } from '../finding.js';
import type { ScanInput } from '../scan/scan.input.js';

/** Words in the two languages the product speaks. */
interface Bilingual {
  en: string;
  zh: string;
}

/** The feed files a scan may lack; a detector whose file is absent stays silent. */
type FeedKind = 'documents' | 'events' | 'sales';

/**
 * What a trigger asks of a case when the policy in force has no block for it (a policy stored
 * before the trigger existed): the same shape as a policy's `triggers.<id>`, validated there.
 */
interface TriggerDefaults {
  open_score: number;
  severity: { medium_from: number; high_from: number };
  deadline_days: number;
  restrictions_while_open: readonly ('deactivated' | 'listings_paused' | 'payouts_held')[];
  requirements: readonly {
    material: string;
    applies_to: readonly ('business' | 'individual')[];
    accepted_variants: readonly string[];
    rules: Readonly<Record<string, unknown>>;
    only_if_missing?: boolean;
  }[];
}

/** One seller's share of a scan: what a per-seller detector reads. */
interface SellerScan {
  sellerId: string;
  input: ScanInput;
  asOf: Date;
}

/** Runs once per seller, or once over the whole scan (models that need the market). */
type TriggerDetector =
  | { scope: 'seller'; detect: (seller: SellerScan) => Finding | undefined }
  | { scope: 'market'; detect: (input: ScanInput, options: MarketScanOptions) => Iterable<Finding> };

/** What a market-wide detector is told besides the data: the scan date and how far each feed arrived. */
export interface MarketScanOptions {
  asOf: Date;
  /** Last day of sales received per seller (the live path's watermark, docs/live-path.md). */
  salesJudgedThrough?: ReadonlyMap<string, string>;
}

/**
 * A trigger, complete: everything that enumerates triggers (policy validation, the scan, the CLI
 * table, the emails, the demo seed, the OpenAPI union of evidence) reads these fields and nothing else.
 */
export interface TriggerDefinition<Id extends string = string, Evidence extends z.ZodType = z.ZodType> {
  id: Id;
  /** A short name for tables and lists. */
  title: Bilingual;
  /** Why an account is reviewed, as the seller reads it in an email. */
  summary: Bilingual;
  /** The numbers and records behind a finding; the API's evidence for this trigger. */
  evidence: Evidence;
  /** Feed fields it reads, as `kind:field` prefixes of data-quality notes: a finding lists those left unknown. */
  reads: readonly string[];
  /** Feed files without which it says nothing. */
  needs: readonly FeedKind[];
  detector: TriggerDetector;
  defaults: TriggerDefaults;
}

/** What the scan adds to any finding: the fields its trigger reads that this seller's feed left unknown. */
const CouldNotCheck = z.array(z.object({ field: z.string(), code: z.string() }));

/**
 * An evidence schema: the trigger's own fields, open to fields added later (the API keeps them),
 * plus the scan's `could_not_check`.
 */
export const evidenceOf = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.looseObject({ ...shape, could_not_check: CouldNotCheck.optional() });

/** Keeps the literal id and the evidence type of a definition. */
export const defineTrigger = <Id extends string, Evidence extends z.ZodType>(
  definition: TriggerDefinition<Id, Evidence>,
): TriggerDefinition<Id, Evidence> => definition;
