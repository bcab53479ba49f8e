import { describe, expect, it } from 'vitest';
import {
  checkApprovalWaivers,
  missingForSubmission,
  type RequirementMaterial,
} from './requirement.materials.js';

const req = (
  material: string,
  kind: RequirementMaterial['kind'],
  status: RequirementMaterial['status'],
  hasMaterial: boolean,
) => ({
  material,
  kind,
  status,
  hasMaterial,
});
const REASONS = ['verified_outside_second_look', 'not_applicable'];

describe('requirements and their material', () => {
  it('a submission needs every document and statement, never the live verification', () => {
    const requirements = [
      req('business_license', 'document', 'currently_due', true),
      req('relationship_statement', 'statement', 'currently_due', false),
      req('live_verification', 'live', 'currently_due', false),
      req('proof_of_address', 'document', 'waived', false),
    ];
    expect(missingForSubmission(requirements)).toEqual(['relationship_statement']);
  });

  it('an approval must waive, with a known reason, exactly what is unmet', () => {
    const requirements = [
      req('business_license', 'document', 'pending_verification', true),
      req('live_verification', 'live', 'currently_due', false),
    ];
    expect(() => checkApprovalWaivers(requirements, [], REASONS)).toThrow(
      expect.objectContaining({
        code: 'REQUIREMENTS_INCOMPLETE',
        details: expect.objectContaining({ unmet: ['live_verification'] }),
      }),
    );
    expect(() =>
      checkApprovalWaivers(
        requirements,
        [{ material: 'live_verification', reason_code: 'nonsense' }],
        REASONS,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.objectContaining({ where: 'body.waivers.0.reason_code' }),
      }),
    );
    expect(() =>
      checkApprovalWaivers(
        requirements,
        [
          { material: 'live_verification', reason_code: 'not_applicable' },
          { material: 'business_license', reason_code: 'not_applicable' },
        ],
        REASONS,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.objectContaining({ where: 'body.waivers.1.material' }),
      }),
    );
    expect(() =>
      checkApprovalWaivers(
        requirements,
        [{ material: 'live_verification', reason_code: 'not_applicable' }],
        REASONS,
      ),
    ).not.toThrow();
  });
});
