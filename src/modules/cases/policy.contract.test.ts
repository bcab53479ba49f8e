import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { TRIGGER_DEFINITIONS } from '../risk/index.js';
import { DEFAULT_POLICY_URL, loadDefaultPolicy, parsePolicy, TRIGGERS } from './policy.contract.js';

const readDefault = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(DEFAULT_POLICY_URL, 'utf8')) as Record<string, unknown>;

const rejectionOf = (document: unknown): AppError => {
  try {
    parsePolicy(document);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the policy to be refused');
};

describe('default policy', () => {
  it('loads, versioned, with every trigger', async () => {
    const policy = await loadDefaultPolicy();
    expect(policy.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(Object.keys(policy.triggers).sort()).toEqual([...TRIGGERS].sort());
  });

  it('holds the defaults docs/policy.md explains', async () => {
    const policy = await loadDefaultPolicy();
    expect(policy.triggers.identity_verification.restrictions_while_open).toEqual([
      'listings_paused',
      'payouts_held',
    ]);
    expect(policy.triggers.sales_anomaly.restrictions_while_open).toEqual(['payouts_held']);
    expect(policy.triggers.missing_documentation.restrictions_while_open).toEqual([]);
    for (const trigger of TRIGGERS) expect(policy.triggers[trigger].deadline_days).toBe(14);
    expect(policy.document_rules).toEqual({
      not_screenshot: true,
      max_bytes: 10 * 1024 * 1024,
      formats: ['pdf', 'jpeg', 'png', 'tiff'],
    });
    expect(policy.outcomes.rejected_final).toContain('deactivated');
    expect(policy.appeal).toEqual({ window_days: 30, limit_per_case: 2, require_new_documents: true });
    expect(policy.reminders.days_before_deadline).toEqual([7, 3, 1]);
    expect(policy.review.sla_hours).toBe(48);
    expect(policy.messages.per_day_while_waiting).toBe(3);
  });
});

describe('parsePolicy', () => {
  it('refuses an unknown key, naming where', async () => {
    const document = await readDefault();
    const error = rejectionOf({ ...document, apeal: { window_days: 3 } });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.where).toBe('policy');
    expect(JSON.stringify(error.details.issues)).toContain('apeal');
  });

  it('runs a trigger the policy leaves out (a policy older than the trigger) on its defaults', async () => {
    const document = await readDefault();
    const { sales_anomaly: _dropped, ...triggers } = document.triggers as Record<string, unknown>;
    const policy = parsePolicy({ ...document, triggers });
    expect(policy.triggers.sales_anomaly).toEqual(parsePolicy(document).triggers.sales_anomaly);
  });

  it('refuses a block for a trigger that is not registered', async () => {
    const document = await readDefault();
    const triggers = { ...(document.triggers as object), shell_company: {} };
    const error = rejectionOf({ ...document, triggers });
    expect(error.details.where).toBe('policy.triggers.shell_company');
  });

  it('ships the defaults of every registered trigger in policy/default.policy.json', async () => {
    const document = await readDefault();
    for (const definition of TRIGGER_DEFINITIONS)
      expect((document.triggers as Record<string, unknown>)[definition.id]).toEqual(definition.defaults);
  });

  it('refuses a final rejection that does not deactivate', async () => {
    const document = await readDefault();
    const outcomes = { ...(document.outcomes as object), rejected_final: ['payouts_held'] };
    expect(rejectionOf({ ...document, outcomes }).details.where).toBe('policy.outcomes.rejected_final');
  });

  it('refuses a requirement for a material the catalogue does not describe', async () => {
    const document = await readDefault();
    const triggers = structuredClone(document.triggers) as Record<
      string,
      { requirements: { material: string }[] }
    >;
    const first = triggers.sales_anomaly?.requirements[0];
    if (!first) throw new Error('the default policy asks sales_anomaly for a requirement');
    first.material = 'tax_return';
    expect(rejectionOf({ ...document, triggers }).details.where).toBe(
      'policy.triggers.sales_anomaly.requirements.0.material',
    );
  });

  it('refuses two triggers asking one material with no variant in common', async () => {
    const document = await readDefault();
    const triggers = structuredClone(document.triggers) as Record<
      string,
      { requirements: { material: string; accepted_variants: string[] }[] }
    >;
    const live = triggers.identity_verification?.requirements.find((r) => r.material === 'live_verification');
    if (!live) throw new Error('the default policy asks identity_verification for live_verification');
    live.accepted_variants = ['selfie'];
    expect(rejectionOf({ ...document, triggers }).message).toContain('live_verification');
  });

  it('refuses inverted severity bands and scores outside 0..1', async () => {
    const document = await readDefault();
    const triggers = structuredClone(document.triggers) as Record<string, Record<string, unknown>>;
    const mismatch = triggers.registration_mismatch;
    if (!mismatch) throw new Error('the default policy has registration_mismatch');
    mismatch.severity = { medium_from: 0.9, high_from: 0.5 };
    expect(rejectionOf({ ...document, triggers }).details.where).toBe(
      'policy.triggers.registration_mismatch.severity',
    );
    mismatch.severity = { medium_from: 0.5, high_from: 0.9 };
    mismatch.open_score = 1.5;
    expect(rejectionOf({ ...document, triggers }).details.where).toBe(
      'policy.triggers.registration_mismatch.open_score',
    );
  });
});
