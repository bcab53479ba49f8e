import { describe, expect, it } from 'vitest';
import { detectMissingDocumentation } from './missing-documentation.detect.js';

const asOf = new Date('2026-11-01T00:00:00Z');

describe('missing_documentation', () => {
  it('names each gap of a business: absent, rejected, expired', () => {
    const finding = detectMissingDocumentation(
      'S1',
      'business',
      [
        { type: 'business_license', status: 'rejected', issued_on: '2024-01-01' },
        { type: 'government_id', status: 'accepted', expires_on: '2026-01-01' },
        { type: 'government_id', status: 'accepted', expires_on: '2025-06-01' },
      ],
      asOf,
    );
    expect(finding?.missing_documents).toEqual(['business_license', 'government_id', 'proof_of_address']);
    expect(finding?.evidence.gaps).toEqual([
      { document: 'business_license', problem: 'rejected' },
      { document: 'government_id', problem: 'expired', expired_on: '2026-01-01' },
      { document: 'proof_of_address', problem: 'absent' },
    ]);
    expect(finding?.summary).toBe(
      'Your account lacks a valid business licence (the one on file was rejected), government ID (expired 2026-01-01) and proof of address.',
    );
  });

  it('accepts either a utility bill or a bank statement as proof of address, and a pending document as not missing', () => {
    const documents = [
      { type: 'government_id', status: 'pending' as const },
      { type: 'bank_statement', status: 'accepted' as const, issued_on: '2026-09-01' },
    ];
    expect(detectMissingDocumentation('S2', 'individual', documents, asOf)).toBeUndefined();
  });

  it('does not ask an individual for a business licence', () => {
    const finding = detectMissingDocumentation(
      'S3',
      'individual',
      [{ type: 'utility_bill', status: 'accepted' }],
      asOf,
    );
    expect(finding?.missing_documents).toEqual(['government_id']);
  });
});
