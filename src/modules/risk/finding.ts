import type { Severity, Trigger } from '../cases/index.js';

/** What a detector yields (SPEC section 3): one line of `findings.jsonl`. */
export interface Finding {
  seller_id: string;
  trigger: Trigger;
  /** 0..1: how strongly the evidence supports the trigger. */
  score: number;
  severity: Severity;
  /** One sentence a seller could read. */
  summary: string;
  /** The numbers and the records behind the finding, for a reviewer to check. */
  evidence: Record<string, unknown>;
  related_seller_ids?: string[];
  /** missing_documentation: the documents the policy should ask for. */
  missing_documents?: string[];
}
