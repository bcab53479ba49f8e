import { z } from 'zod';

const RELATIONSHIPS = [
  'same_owner',
  'family_member',
  'business_partner',
  'employee',
  'service_provider',
  'former_owner',
  'other',
] as const;

const SHARED_IDENTIFIERS = [
  'device',
  'bank_account',
  'card',
  'address',
  'phone',
  'email',
  'legal_representative',
  'registration_number',
  'other',
] as const;

/** One linked account, answered: which, how related, who controls it, what the two share and why. */
const LinkedAccountAnswer = z.strictObject({
  account: z.string().trim().min(1).max(128).describe('the other account: its seller id or store name'),
  relationship: z.enum(RELATIONSHIPS),
  controlled_by: z.string().trim().min(2).max(200).describe('who runs the other account'),
  shared: z.array(z.enum(SHARED_IDENTIFIERS)).min(1).max(SHARED_IDENTIFIERS.length),
  explanation: z.string().trim().min(1).max(4000).describe('why the accounts share what they share'),
});

/** SPEC 4: "a written relationship statement naming each linked account". */
export const RelationshipStatement = z.strictObject({
  entries: z.array(LinkedAccountAnswer).min(1).max(50),
});
export type RelationshipStatement = z.infer<typeof RelationshipStatement>;

/** An account the case links to this seller, as the statement may name it. */
export interface LinkedAccount {
  sellerId: string;
  storeName: string | undefined;
}

const norm = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The linked account an answer names (by seller id or store name), if any. */
export function matchLinkedAccount(
  answer: string,
  accounts: readonly LinkedAccount[],
): LinkedAccount | undefined {
  const wanted = norm(answer);
  return accounts.find(
    (a) => norm(a.sellerId) === wanted || (a.storeName !== undefined && norm(a.storeName) === wanted),
  );
}
