import { describe, expect, it } from 'vitest';
import { resolveDocumentKind } from './document.kind.js';

const proofOfAddress = { material: 'proof_of_address', acceptedVariants: ['utility_bill', 'bank_statement'] };
const governmentId = { material: 'government_id', acceptedVariants: ['passport', 'national_id'] };
const licence = { material: 'business_license', acceptedVariants: ['business_license'] };
const invoices = { material: 'supplier_invoices', acceptedVariants: ['supplier_invoice'] };

describe('resolveDocumentKind', () => {
  it('takes an accepted variant that is a document type as the type', () => {
    expect(resolveDocumentKind(proofOfAddress, 'bank_statement')).toEqual({
      ok: true,
      type: 'bank_statement',
    });
  });

  it('keeps a variant that is not a document type under the material', () => {
    expect(resolveDocumentKind(governmentId, 'passport')).toEqual({
      ok: true,
      type: 'government_id',
      variant: 'passport',
    });
    expect(resolveDocumentKind(governmentId, 'government_id')).toEqual({ ok: true, type: 'government_id' });
  });

  it('needs no name when the requirement has one variant', () => {
    expect(resolveDocumentKind(licence, undefined)).toEqual({ ok: true, type: 'business_license' });
    expect(resolveDocumentKind(invoices, undefined)).toEqual({ ok: true, type: 'supplier_invoice' });
  });

  it('asks which one when there are several', () => {
    expect(resolveDocumentKind(proofOfAddress, undefined)).toMatchObject({ ok: false, reason: 'ambiguous' });
  });

  it('refuses a document the requirement does not accept, listing what it does', () => {
    expect(resolveDocumentKind(licence, 'utility_bill')).toEqual({
      ok: false,
      reason: 'not_accepted',
      accepted: ['business_license'],
    });
  });
});
