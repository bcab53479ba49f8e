import type { Finding } from '../../finding.js';

export interface DocumentOnFile {
  type: string;
  status: 'accepted' | 'rejected' | 'pending';
  issued_on?: string | null | undefined;
  expires_on?: string | null | undefined;
}

/** What must be on file (SPEC section 3); a requirement is met by any one of its types. */
const REQUIRED: Record<'business' | 'individual', { requirement: string; types: string[] }[]> = {
  business: [
    { requirement: 'business_license', types: ['business_license'] },
    { requirement: 'government_id', types: ['government_id'] },
    { requirement: 'proof_of_address', types: ['utility_bill', 'bank_statement'] },
  ],
  individual: [
    { requirement: 'government_id', types: ['government_id'] },
    { requirement: 'proof_of_address', types: ['utility_bill', 'bank_statement'] },
  ],
};

interface DocumentGap {
  document: string;
  problem: 'absent' | 'rejected' | 'expired';
  /** For `expired`: the latest expiry among the documents of that kind. */
  expired_on?: string;
}

const WORDS: Record<string, string> = {
  business_license: 'business licence',
  government_id: 'government ID',
  proof_of_address: 'proof of address',
};

/**
 * `missing_documentation`: a required document is absent, rejected or expired. A pending
 * document is under review, not missing; an accepted one counts until its expiry date.
 */
export function detectMissingDocumentation(
  sellerId: string,
  entityType: 'business' | 'individual',
  documents: readonly DocumentOnFile[],
  asOf: Date,
): Finding | undefined {
  const today = asOf.toISOString().slice(0, 10);
  const gaps: DocumentGap[] = [];
  for (const { requirement, types } of REQUIRED[entityType]) {
    const candidates = documents.filter((doc) => types.includes(doc.type));
    const isValid = (doc: DocumentOnFile) =>
      doc.status !== 'rejected' && (!doc.expires_on || doc.expires_on > today);
    if (candidates.some(isValid)) continue;
    const expired = candidates.filter((doc) => doc.status !== 'rejected' && doc.expires_on);
    if (expired.length > 0) {
      const expiredOn = expired
        .map((doc) => doc.expires_on!)
        .sort()
        .at(-1)!;
      gaps.push({ document: requirement, problem: 'expired', expired_on: expiredOn });
    } else gaps.push({ document: requirement, problem: candidates.length > 0 ? 'rejected' : 'absent' });
  }
  if (gaps.length === 0) return undefined;
  return {
    seller_id: sellerId,
    trigger: 'missing_documentation',
    score: 1,
    severity: gaps.length > 1 ? 'high' : 'medium',
    summary: `Your account lacks a valid ${listWords(gaps.map((gap) => describe(gap)))}.`,
    evidence: { as_of: today, entity_type: entityType, gaps, documents_on_file: documents.length },
    missing_documents: gaps.map((gap) => gap.document),
  };
}

function describe(gap: DocumentGap): string {
  const word = WORDS[gap.document] ?? gap.document.replaceAll('_', ' ');
  if (gap.problem === 'expired') return `${word} (expired ${gap.expired_on})`;
  if (gap.problem === 'rejected') return `${word} (the one on file was rejected)`;
  return word;
}

const listWords = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
