import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultPolicy, type Policy } from './policy.contract.js';
import {
  markPastDue,
  mergeRequirements,
  type PlannedRequirement,
  planRequestedRequirement,
  planRequirements,
  strictestRules,
} from './requirements.js';

const openedAt = new Date('2026-12-01T09:00:00Z');
const dueAt = new Date('2026-12-15T09:00:00Z');
const FILE_RULES = { not_screenshot: true, max_bytes: 10_485_760, formats: ['pdf', 'jpeg', 'png', 'tiff'] };

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

describe('mergeRequirements', () => {
  const planFor = (trigger: 'account_association' | 'identity_verification', at = openedAt) =>
    planRequirements({
      triggers: [{ trigger, summary: `${trigger} finding` }],
      entityType: 'individual',
      policy,
      openedAt: at,
    });

  it('makes a satisfied requirement due again when a new trigger asks more of it', () => {
    const satisfied = planFor('account_association').map((r) => ({ ...r, status: 'satisfied' as const }));
    const later = new Date('2026-12-20T00:00:00Z');
    const merged = mergeRequirements(satisfied, planFor('identity_verification', later));
    const id = find(merged, 'government_id');
    expect(id.status).toBe('currently_due');
    expect(id.due_at).toEqual(new Date('2027-01-03T00:00:00Z'));
    expect(id.reason).toBe('account_association finding identity_verification finding');
    expect(find(merged, 'relationship_statement').status).toBe('satisfied');
    expect(materials(merged)).toEqual(['government_id', 'relationship_statement', 'live_verification']);
  });

  it('keeps a satisfied requirement satisfied when the new trigger asks nothing more', () => {
    const satisfied = planFor('identity_verification').map((r) => ({ ...r, status: 'satisfied' as const }));
    const merged = mergeRequirements(
      satisfied,
      planFor('identity_verification', new Date('2026-12-20T00:00:00Z')),
    );
    expect(merged.map((r) => r.status)).toEqual(['satisfied', 'satisfied']);
    expect(find(merged, 'government_id').due_at).toEqual(dueAt);
  });

  it('replaces the summary when a later finding of the same trigger arrives', () => {
    const first = planFor('account_association');
    const again = planRequirements({
      triggers: [{ trigger: 'account_association', summary: 'Now linked to 3 accounts.' }],
      entityType: 'individual',
      policy,
      openedAt,
    });
    const merged = mergeRequirements(first, again);
    expect(find(merged, 'government_id').reasons).toEqual([
      { trigger: 'account_association', summary: 'Now linked to 3 accounts.' },
    ]);
  });
});

describe('strictestRules', () => {
  it('takes the shorter window, the smaller size, the common formats, every field and flag', () => {
    expect(
      strictestRules(
        { issued_within_days: 365, max_bytes: 5, formats: ['pdf', 'png'], must_show: ['registered_address'] },
        {
          issued_within_days: 90,
          colour: true,
          formats: ['png', 'tiff'],
          must_show: ['registered_name'],
          all_pages: false,
        },
      ),
    ).toEqual({
      issued_within_days: 90,
      must_show: ['registered_name', 'registered_address'],
      all_pages: false,
      colour: true,
      max_bytes: 5,
      formats: ['png'],
    });
  });
});

describe('markPastDue', () => {
  it('marks what is still on the seller once the deadline comes', () => {
    const at = (status: PlannedRequirement['status']) => ({ status, due_at: dueAt });
    const requirements = [
      at('currently_due'),
      at('errored'),
      at('pending_verification'),
      at('satisfied'),
      at('past_due'),
    ];
    expect(markPastDue(requirements, new Date(dueAt.getTime() - 1)).map((r) => r.status)).toEqual([
      'currently_due',
      'errored',
      'pending_verification',
      'satisfied',
      'past_due',
    ]);
    expect(markPastDue(requirements, dueAt).map((r) => r.status)).toEqual([
      'past_due',
      'past_due',
      'pending_verification',
      'satisfied',
      'past_due',
    ]);
  });
});

describe('planRequestedRequirement', () => {
  const asked = { entityType: 'business' as const, reason: 'We need one more document.', dueAt };

  it("takes the template of the case's own trigger, and says the reviewer's reason", () => {
    const planned = planRequestedRequirement({
      ...asked,
      material: 'government_id',
      triggers: ['identity_verification'],
      policy,
    });
    expect(planned).toMatchObject({
      material: 'government_id',
      triggers: ['identity_verification'],
      reason: 'We need one more document.',
      accepted_variants: ['passport', 'national_id', 'driving_licence'],
      status: 'currently_due',
      errors: [],
      due_at: dueAt,
    });
    expect(planned?.rules).toMatchObject({ unexpired: true, all_sides: true, colour: true, ...FILE_RULES });
  });

  it("borrows another trigger's template when the case's triggers have none, asked by none of them", () => {
    const planned = planRequestedRequirement({
      ...asked,
      material: 'government_id',
      triggers: ['sales_anomaly'],
      policy,
    });
    expect(planned?.triggers).toEqual([]);
    expect(planned?.accepted_variants).toEqual(['passport', 'national_id', 'driving_licence']);
  });

  it('asks for a catalogue material no template describes as itself, and refuses one the policy lacks', () => {
    const bare: Policy = {
      ...policy,
      materials: {
        ...policy.materials,
        tax_return: { kind: 'document', title: { en: 'Tax return', zh: '纳税申报表' } },
      },
    };
    const planned = planRequestedRequirement({
      ...asked,
      material: 'tax_return',
      triggers: [],
      policy: bare,
    });
    expect(planned).toMatchObject({
      material: 'tax_return',
      accepted_variants: ['tax_return'],
      rules: FILE_RULES,
    });
    expect(
      planRequestedRequirement({ ...asked, material: 'tax_return', triggers: [], policy }),
    ).toBeUndefined();
  });
});
