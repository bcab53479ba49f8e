import { z } from 'zod';
import { defineTrigger, evidenceOf } from '../trigger.definition.js';
import { detectMissingDocumentation } from './missing-documentation.detect.js';

const MissingDocumentationEvidence = evidenceOf({
  as_of: z.string(),
  entity_type: z.enum(['business', 'individual']),
  gaps: z.array(
    z.object({
      document: z.string(),
      problem: z.enum(['absent', 'rejected', 'expired']),
      expired_on: z.string().optional(),
    }),
  ),
  documents_on_file: z.number(),
});

export const missingDocumentation = defineTrigger({
  id: 'missing_documentation',
  title: { en: 'Documents missing', zh: '缺少文件' },
  summary: { en: 'Required documents are missing, rejected or expired', zh: '必需文件缺失、被拒绝或已过期' },
  evidence: MissingDocumentationEvidence,
  reads: ['sellers:entity_type', 'documents:'],
  needs: ['documents'],
  detector: {
    scope: 'seller',
    detect: ({ sellerId, input, asOf }) =>
      detectMissingDocumentation(
        sellerId,
        input.sellers.get(sellerId)!.record.entity_type,
        input.documents.get(sellerId) ?? [],
        asOf,
      ),
  },
  defaults: {
    open_score: 0.5,
    severity: { medium_from: 0.7, high_from: 0.95 },
    deadline_days: 14,
    restrictions_while_open: [],
    requirements: [
      {
        material: 'business_license',
        applies_to: ['business'],
        accepted_variants: ['business_license'],
        only_if_missing: true,
        rules: { unexpired: true, must_show: ['registered_name', 'registration_number'] },
      },
      {
        material: 'government_id',
        applies_to: ['business', 'individual'],
        accepted_variants: ['passport', 'national_id', 'driving_licence'],
        only_if_missing: true,
        rules: { unexpired: true, all_sides: true, must_show: ['legal_rep_name'] },
      },
      {
        material: 'proof_of_address',
        applies_to: ['business', 'individual'],
        accepted_variants: ['utility_bill', 'bank_statement'],
        only_if_missing: true,
        rules: {
          issued_within_days: 90,
          all_pages: true,
          must_show: ['registered_name', 'registered_address'],
        },
      },
    ],
  },
});
