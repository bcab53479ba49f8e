import { z } from 'zod';
import { defineTrigger, evidenceOf } from '../trigger.definition.js';

/** A shared identifier: its kind, masked, and the accounts that share it. */
const Link = z.looseObject({
  kind: z.string(),
  identifier: z.string(),
  seller_ids: z.array(z.string()),
  note: z.string().optional(),
  /** Legal representatives only: how the two people compare. */
  basis: z.string().optional(),
  points: z.number().optional(),
});

const AccountAssociationEvidence = evidenceOf({
  cluster_size: z.number(),
  links: z.array(Link),
  links_omitted: z.number().optional(),
  supporting: z.array(Link),
  context: z.array(Link),
  inactive_accounts: z.array(z.object({ seller_id: z.string(), status: z.string() })),
  score_parts: z.object({
    link_kinds: z.array(z.string()),
    link_strength: z.number(),
    inactive_counted: z.number(),
  }),
});

export const accountAssociation = defineTrigger({
  id: 'account_association',
  title: { en: 'Linked to other accounts', zh: '与其他账户关联' },
  summary: { en: 'The account is linked to other accounts', zh: '账户与其他账户存在关联' },
  evidence: AccountAssociationEvidence,
  reads: [
    'sellers:legal_rep',
    'sellers:business.registration_number',
    'sellers:business.address',
    'sellers:address',
    'sellers:contact',
    'sellers:bank.account_number',
    'events:device_id',
    'events:card_fingerprint',
    'events:bank_account_number',
  ],
  needs: [],
  // The scan builds the association index as profiles and events arrive.
  detector: { scope: 'market', detect: (input) => input.association.findings() },
  defaults: {
    open_score: 0.6,
    severity: { medium_from: 0.7, high_from: 0.85 },
    deadline_days: 14,
    restrictions_while_open: ['payouts_held'],
    requirements: [
      {
        material: 'government_id',
        applies_to: ['business', 'individual'],
        accepted_variants: ['passport', 'national_id', 'driving_licence'],
        rules: {
          unexpired: true,
          all_sides: true,
          must_show: ['legal_rep_name', 'date_of_birth', 'id_number'],
        },
      },
      {
        material: 'relationship_statement',
        applies_to: ['business', 'individual'],
        accepted_variants: ['written_statement'],
        rules: { must_show: ['linked_accounts'] },
      },
      {
        material: 'business_license',
        applies_to: ['business'],
        accepted_variants: ['business_license'],
        rules: {
          unexpired: true,
          colour: true,
          must_show: ['registered_name', 'registration_number', 'legal_rep_name'],
        },
      },
    ],
  },
});
