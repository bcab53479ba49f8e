import { z } from 'zod';
import { defineTrigger, evidenceOf } from '../trigger.definition.js';
import { detectRegistrationMismatch } from './registration-mismatch.detect.js';

const CountryShare = z.object({ country: z.string(), count: z.number(), share: z.number() });
const ByCountry = z.object({ total: z.number(), by_country: z.array(CountryShare) });

const RegistrationMismatchEvidence = evidenceOf({
  registered_country: z.string(),
  operating_country: z.string(),
  window: z.object({ start: z.string(), end: z.string(), days: z.number() }),
  logins_in_window: ByCountry,
  sustained_period: z.object({
    start: z.string(),
    end: z.string(),
    days: z.number(),
    is_ongoing: z.boolean(),
    logins: z.number(),
    operating_country_share: z.number(),
    by_country: z.array(CountryShare),
  }),
  seller_shipments: z.object({ in_period: ByCountry, in_window: ByCountry }),
  marketplace_fulfillment: ByCountry.extend({ counts_as_evidence: z.literal(false) }),
  payout_banks: z.object({
    profile_country: z.string().nullable(),
    payouts_in_window: z.array(z.object({ country: z.string(), payouts: z.number() })),
    is_in_operating_country: z.boolean(),
  }),
  phone: z.object({
    country: z.string().nullable(),
    is_operating_country: z.boolean(),
    changes: z.array(z.object({ at: z.string(), country: z.string().nullable() })),
  }),
  devices: z.object({
    used_from_operating_country: z.number(),
    also_used_from_registered_country: z.number(),
  }),
  score_parts: z.object({ logins: z.number(), shipments: z.number(), phone: z.number(), bank: z.number() }),
});

export const registrationMismatch = defineTrigger({
  id: 'registration_mismatch',
  title: { en: 'Operated from another country', zh: '经营地与注册地不符' },
  summary: {
    en: 'The account appears to be operated from somewhere other than where it is registered',
    zh: '账户的实际经营地与注册地不符',
  },
  evidence: RegistrationMismatchEvidence,
  reads: [
    'sellers:business.country',
    'sellers:business.address.country',
    'sellers:address.country',
    'sellers:contact.phone',
    'sellers:bank.country',
    'events:ip_country',
    'events:ship_from',
    'events:bank_country',
  ],
  needs: ['events'],
  detector: {
    scope: 'seller',
    detect: ({ sellerId, input, asOf }) =>
      detectRegistrationMismatch(
        input.sellers.get(sellerId)!.record,
        input.whereabouts.get(sellerId) ?? [],
        asOf,
      ),
  },
  defaults: {
    open_score: 0.6,
    severity: { medium_from: 0.7, high_from: 0.85 },
    deadline_days: 14,
    restrictions_while_open: ['payouts_held'],
    requirements: [
      {
        material: 'business_license',
        applies_to: ['business'],
        accepted_variants: ['business_license'],
        rules: {
          unexpired: true,
          all_pages: true,
          colour: true,
          must_show: ['registered_name', 'registration_number', 'registered_address'],
        },
      },
      {
        material: 'proof_of_address',
        applies_to: ['business', 'individual'],
        accepted_variants: ['utility_bill', 'bank_statement'],
        rules: {
          issued_within_days: 90,
          all_pages: true,
          must_show: ['registered_name', 'registered_address'],
        },
      },
      {
        material: 'live_verification',
        applies_to: ['business', 'individual'],
        accepted_variants: ['video_call'],
        rules: {},
      },
    ],
  },
});
