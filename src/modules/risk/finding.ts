import type { TriggerId } from './triggers/trigger.ids.js';

/** How urgent a finding (and the case it opens) is. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a detector yields (SPEC section 3): one line of `findings.jsonl`. */
export interface Finding {
  seller_id: string;
  trigger: TriggerId;
  /** 0..1: how strongly the evidence supports the trigger. */
  score: number;
  severity: Severity;
  /** One sentence a seller could read. */
  summary: string;
  /** The numbers and the records behind the finding, for a reviewer to check (the trigger's evidence schema). */
  evidence: Record<string, unknown>;
  related_seller_ids?: string[];
  /** missing_documentation: the documents the policy should ask for. */
  missing_documents?: string[];
}
