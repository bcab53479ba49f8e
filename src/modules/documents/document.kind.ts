import { DOCUMENT_TYPES, type DocumentType, type SellerRecord } from '../sellers/index.js';

const isDocumentType = (value: string): value is DocumentType =>
  (DOCUMENT_TYPES as readonly string[]).includes(value);

/** Kinds of government ID a seller may name instead of `government_id`: the sides checked depend on it. */
export const ID_KINDS = ['passport', 'national_id', 'driving_licence'] as const;

/** A document named by its type, or by the kind of ID it is (`national_id` is a `government_id`). */
export function namedDocument(named: string): { type: DocumentType; variant?: string } | undefined {
  if ((ID_KINDS as readonly string[]).includes(named)) return { type: 'government_id', variant: named };
  return isDocumentType(named) ? { type: named } : undefined;
}

/** What an upload says it is, resolved against the requirement it answers. */
export type DocumentKind =
  | { ok: true; type: DocumentType; variant?: string }
  | { ok: false; accepted: readonly string[]; reason: 'not_accepted' | 'ambiguous' };

/**
 * The seller names the document by an accepted variant of the requirement (`utility_bill` for proof
 * of address, `passport` for a government ID), or by the material itself. A requirement with a
 * single variant needs no name. A variant that is not one of SPEC's document types (`passport`)
 * is kept as the variant of the material's type (`government_id`).
 */
export function resolveDocumentKind(
  requirement: { material: string; acceptedVariants: readonly string[] },
  asked: string | undefined,
): DocumentKind {
  const accepted = requirement.acceptedVariants;
  const named = asked ?? (accepted.length === 1 ? accepted[0] : undefined);
  if (named === undefined) return { ok: false, accepted, reason: 'ambiguous' };
  if (named !== requirement.material && !accepted.includes(named))
    return { ok: false, accepted, reason: 'not_accepted' };
  if (isDocumentType(named)) return { ok: true, type: named };
  const type = isDocumentType(requirement.material) ? requirement.material : 'other';
  return named === requirement.material ? { ok: true, type } : { ok: true, type, variant: named };
}

/**
 * Passports and ID cards carry a machine-readable zone; driving licences and the PRC resident card
 * do not. A document without one is never asked for it (no `MRZ_UNREADABLE` on a 居民身份证).
 */
export const carriesZone = (
  document: { type: DocumentType; variant?: string | undefined },
  seller: Pick<SellerRecord, 'legal_rep'>,
): boolean =>
  document.type === 'government_id' &&
  document.variant !== 'driving_licence' &&
  !(document.variant === 'national_id' && seller.legal_rep?.nationality === 'CN');
