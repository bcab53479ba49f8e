import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, loadDefaultPolicy, type Policy, TRIGGERS } from './policy.contract.js';
import { type PlannedRequirement, planRequirements } from './requirements.js';

const openedAt = new Date('2026-12-01T09:00:00Z');
const dueAt = new Date('2026-12-15T09:00:00Z');
const FILE_RULES = { not_screenshot: true, max_bytes: 10_485_760, formats: ['pdf', 'jpeg', 'png', 'tiff'] };
const MISMATCH =
  'Most logins and all own shipments of this account come from VN, not CN where it is registered.';
const ASSOCIATION = 'This account shares a device and a bank account with 2 other accounts, one suspended.';

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

const materials = (plan: PlannedRequirement[]) => plan.map((requirement) => requirement.material);
const find = (plan: PlannedRequirement[], material: string): PlannedRequirement => {
  const found = plan.find((requirement) => requirement.material === material);
  if (!found) throw new Error(`no ${material} in ${materials(plan).join(', ')}`);
  return found;
};

describe('planRequirements', () => {
  it('merges what registration_mismatch and account_association ask of a business seller', () => {
    const plan = planRequirements({
      triggers: [
        { trigger: 'account_association', summary: ASSOCIATION },
        { trigger: 'registration_mismatch', summary: MISMATCH },
      ],
      entityType: 'business',
      policy,
      openedAt,
    });
    const both = ['registration_mismatch', 'account_association'];
    const due = { status: 'currently_due', errors: [], due_at: dueAt };
    expect(plan).toEqual([
      {
        material: 'business_license',
        kind: 'document',
        triggers: both,
        reasons: [
          { trigger: 'registration_mismatch', summary: MISMATCH },
          { trigger: 'account_association', summary: ASSOCIATION },
        ],
        reason: `${MISMATCH} ${ASSOCIATION}`,
        accepted_variants: ['business_license'],
        rules: {
          unexpired: true,
          must_show: ['registered_name', 'registered_address', 'registration_number', 'legal_rep_name'],
          all_pages: true,
          colour: true,
          ...FILE_RULES,
        },
        ...due,
      },
      {
        material: 'proof_of_address',
        kind: 'document',
        triggers: ['registration_mismatch'],
        reasons: [{ trigger: 'registration_mismatch', summary: MISMATCH }],
        reason: MISMATCH,
        accepted_variants: ['utility_bill', 'bank_statement'],
        rules: {
          issued_within_days: 90,
          must_show: ['registered_name', 'registered_address'],
          all_pages: true,
          ...FILE_RULES,
        },
        ...due,
      },
      {
        material: 'live_verification',
        kind: 'live',
        triggers: ['registration_mismatch'],
        reasons: [{ trigger: 'registration_mismatch', summary: MISMATCH }],
        reason: MISMATCH,
        accepted_variants: ['video_call'],
        rules: {},
        ...due,
      },
      {
        material: 'government_id',
        kind: 'document',
        triggers: ['account_association'],
        reasons: [{ trigger: 'account_association', summary: ASSOCIATION }],
        reason: ASSOCIATION,
        accepted_variants: ['passport', 'national_id', 'driving_licence'],
        rules: {
          unexpired: true,
          must_show: ['legal_rep_name', 'date_of_birth', 'id_number'],
          all_sides: true,
          ...FILE_RULES,
        },
        ...due,
      },
      {
        material: 'relationship_statement',
        kind: 'statement',
        triggers: ['account_association'],
        reasons: [{ trigger: 'account_association', summary: ASSOCIATION }],
        reason: ASSOCIATION,
        accepted_variants: ['written_statement'],
        rules: { must_show: ['linked_accounts'] },
        ...due,
      },
    ]);
  });

  it('asks no business licence of an individual', () => {
    const plan = planRequirements({
      triggers: [
        { trigger: 'registration_mismatch', summary: MISMATCH },
        { trigger: 'account_association', summary: ASSOCIATION },
      ],
      entityType: 'individual',
      policy,
      openedAt,
    });
    expect(materials(plan)).toEqual([
      'proof_of_address',
      'live_verification',
      'government_id',
      'relationship_statement',
    ]);
  });

  it('accepts only what both triggers accept, with the stricter rules', () => {
    const plan = planRequirements({
      triggers: [
        { trigger: 'identity_verification', summary: 'The latest identity check failed.' },
        { trigger: 'registration_mismatch', summary: MISMATCH },
        { trigger: 'account_association', summary: ASSOCIATION },
      ],
      entityType: 'individual',
      policy,
      openedAt,
    });
    const live = find(plan, 'live_verification');
    expect(live.accepted_variants).toEqual(['video_call']);
    expect(live.triggers).toEqual(['registration_mismatch', 'identity_verification']);
    const id = find(plan, 'government_id');
    expect(id.triggers).toEqual(['account_association', 'identity_verification']);
    expect(id.rules).toMatchObject({
      colour: true,
      all_sides: true,
      unexpired: true,
      must_show: ['legal_rep_name', 'date_of_birth', 'id_number'],
    });
  });

  it('asks for an identity document and a selfie or video call on a failed identity check', () => {
    const plan = planRequirements({
      triggers: [{ trigger: 'identity_verification', summary: 'The latest identity check failed.' }],
      entityType: 'business',
      policy,
      openedAt,
    });
    expect(materials(plan)).toEqual(['government_id', 'live_verification']);
    expect(find(plan, 'live_verification').accepted_variants).toEqual(['selfie', 'video_call']);
    expect(find(plan, 'government_id').rules.colour).toBe(true);
  });

  it('asks supplier invoices within a year, covering the anomalous period', () => {
    const plan = planRequirements({
      triggers: [{ trigger: 'sales_anomaly', summary: 'Sales rose 14-fold in one week.' }],
      entityType: 'business',
      policy,
      openedAt,
    });
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({
      material: 'supplier_invoices',
      accepted_variants: ['supplier_invoice'],
      rules: { issued_within_days: 365, covers_finding_period: true, must_show: ['registered_name'] },
    });
  });

  describe('missing_documentation', () => {
    const plan = (
      missing: readonly string[] | undefined,
      entityType: 'business' | 'individual' = 'business',
    ) =>
      planRequirements({
        triggers: [
          { trigger: 'missing_documentation', summary: 'Documents are missing.', missing_documents: missing },
        ],
        entityType,
        policy,
        openedAt,
      });

    it('asks for each missing document; a missing bill is a missing proof of address', () => {
      const asked = plan(['utility_bill', 'business_license']);
      expect(materials(asked)).toEqual(['business_license', 'proof_of_address']);
      expect(find(asked, 'proof_of_address').accepted_variants).toEqual(['utility_bill', 'bank_statement']);
      expect(find(asked, 'proof_of_address').rules.issued_within_days).toBe(90);
    });

    it('asks nothing when nothing is missing, and everything required when the gaps are not named', () => {
      expect(plan([])).toEqual([]);
      expect(materials(plan(undefined))).toEqual(['business_license', 'government_id', 'proof_of_address']);
      expect(materials(plan(undefined, 'individual'))).toEqual(['government_id', 'proof_of_address']);
    });

    it('does not ask an individual for a business licence, even when named', () => {
      expect(materials(plan(['business_license', 'government_id'], 'individual'))).toEqual(['government_id']);
    });

    it('asks for a missing document no template describes, as itself', () => {
      const asked = plan(['credit_card_statement']);
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatchObject({
        material: 'credit_card_statement',
        kind: 'document',
        accepted_variants: ['credit_card_statement'],
        rules: FILE_RULES,
      });
    });

    it('merges with a trigger asking the same material', () => {
      const asked = planRequirements({
        triggers: [
          {
            trigger: 'missing_documentation',
            summary: 'No proof of address.',
            missing_documents: ['proof_of_address'],
          },
          { trigger: 'registration_mismatch', summary: MISMATCH },
        ],
        entityType: 'individual',
        policy,
        openedAt,
      });
      expect(materials(asked)).toEqual(['proof_of_address', 'live_verification']);
      expect(find(asked, 'proof_of_address').triggers).toEqual([
        'registration_mismatch',
        'missing_documentation',
      ]);
    });
  });

  it('is the same whatever the order of the triggers, and has each material once', () => {
    const trigger = fc.constantFrom(...TRIGGERS);
    fc.assert(
      fc.property(
        fc.uniqueArray(trigger, { minLength: 1 }),
        fc.constantFrom(...ENTITY_TYPES),
        (asked, entityType) => {
          const reasons = asked.map((t) => ({ trigger: t, summary: `because of ${t}` }));
          const plan = planRequirements({ triggers: reasons, entityType, policy, openedAt });
          const reversed = planRequirements({
            triggers: [...reasons].reverse(),
            entityType,
            policy,
            openedAt,
          });
          expect(reversed).toEqual(plan);
          expect(new Set(materials(plan)).size).toBe(plan.length);
          for (const requirement of plan) {
            expect(requirement.accepted_variants.length).toBeGreaterThan(0);
            for (const t of requirement.triggers) expect(asked).toContain(t);
          }
        },
      ),
    );
  });
});
