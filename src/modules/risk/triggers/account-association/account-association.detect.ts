import {
  type AssociationEvent,
  type AssociationIndex,
  type AssociationSeller,
  createAssociationIndex,
} from '../../association/index.js';
import type { Finding } from '../../finding.js';

/**
 * `account_association` in batch: every profile, then every event, into one association index;
 * one finding per account linked to at least one other (SPEC section 3). The live path keeps
 * the index (`createAssociationIndex`) and calls `addSeller` / `addEvent` / `findingsFor`.
 */
export function detectAccountAssociation(
  sellers: Iterable<AssociationSeller>,
  events: Iterable<AssociationEvent>,
): Finding[] {
  return buildAssociationIndex(sellers, events).findings();
}

/** The index behind `detectAccountAssociation`, for callers that also want clusters or stats. */
export function buildAssociationIndex(
  sellers: Iterable<AssociationSeller>,
  events: Iterable<AssociationEvent>,
): AssociationIndex {
  const index = createAssociationIndex();
  for (const seller of sellers) index.addSeller(seller);
  for (const event of events) index.addEvent(event);
  return index;
}
