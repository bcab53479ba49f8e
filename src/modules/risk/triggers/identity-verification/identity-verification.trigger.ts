import { z } from 'zod';
import { defineTrigger, evidenceOf } from '../trigger.definition.js';
import { detectIdentityVerification } from './identity-verification.detect.js';

const IdentityVerificationEvidence = evidenceOf({
  latest_check: z.object({
    at: z.string(),
    result: z.enum(['failed', 'incomplete']),
    reason: z.string().nullable(),
  }),
  checks: z.number(),
  failed_checks: z.number(),
});

export const identityVerification = defineTrigger({
  id: 'identity_verification',
  title: { en: 'Identity check not passed', zh: '身份验证未通过' },
  summary: { en: 'Identity verification did not pass', zh: '身份验证未通过' },
  evidence: IdentityVerificationEvidence,
  reads: ['events:result'],
  needs: ['events'],
  detector: {
    scope: 'seller',
    detect: ({ sellerId, input, asOf }) =>
      detectIdentityVerification(sellerId, input.identityChecks.get(sellerId) ?? [], asOf),
  },
  defaults: {
    open_score: 0.5,
    severity: { medium_from: 0.5, high_from: 0.9 },
    deadline_days: 14,
    restrictions_while_open: ['listings_paused', 'payouts_held'],
    requirements: [
      {
        material: 'government_id',
        applies_to: ['business', 'individual'],
        accepted_variants: ['passport', 'national_id', 'driving_licence'],
        rules: {
          unexpired: true,
          all_sides: true,
          colour: true,
          must_show: ['legal_rep_name', 'date_of_birth'],
        },
      },
      {
        material: 'live_verification',
        applies_to: ['business', 'individual'],
        accepted_variants: ['selfie', 'video_call'],
        rules: {},
      },
    ],
  },
});
