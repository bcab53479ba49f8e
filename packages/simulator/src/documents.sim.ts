import type { DocumentRecord, DocumentType } from '@secondlook/feed-contract';
import { isoDate, type Window } from './calendar.js';
import { requirementsOf } from './plan.roles.js';
import type { Requirement } from './plan.types.js';
import type { Rng } from './random.js';
import type { SimSeller } from './sellers.sim.js';

interface Doc {
  type: DocumentType;
  status: 'accepted' | 'rejected' | 'pending';
  issued: number | null;
  expires: number | null;
}

const YEAR = 365;

/** A current, accepted document meeting `requirement` (days are absolute, since 1970). */
const validDocument = (
  rng: Rng,
  sim: SimSeller,
  requirement: Requirement,
  asOf: number,
  createdDay: number,
): Doc => {
  if (requirement === 'business_license') {
    const issued = createdDay - rng.int(30, 2000);
    if (sim.plan.country === 'HK') {
      const renewed = asOf - rng.int(30, 300);
      return { type: 'business_license', status: 'accepted', issued: renewed, expires: renewed + YEAR };
    }
    const expires = sim.plan.country === 'CN' && rng.chance(0.5) ? issued + 20 * YEAR : null;
    return {
      type: 'business_license',
      status: 'accepted',
      issued,
      expires: expires !== null && expires > asOf + 60 ? expires : null,
    };
  }
  if (requirement === 'government_id') {
    const validity =
      sim.rep.person.idType === 'national_id' && sim.rep.person.name.nationality === 'CN'
        ? 20 * YEAR
        : 10 * YEAR;
    let issued = asOf - rng.int(100, 3000);
    if (issued + validity <= asOf + 60) issued = asOf - rng.int(100, 1500);
    return { type: 'government_id', status: 'accepted', issued, expires: issued + validity };
  }
  return {
    type: rng.chance(0.6) ? 'utility_bill' : 'bank_statement',
    status: 'accepted',
    issued: Math.max(createdDay - 60, asOf - rng.int(10, 170)),
    expires: null,
  };
};

/** The same document, but expired (still accepted: it was fine when it was filed). */
const expiredCopy = (rng: Rng, doc: Doc, asOf: number): Doc => {
  const expires = asOf - rng.int(1, 400);
  return { ...doc, issued: expires - (doc.type === 'business_license' ? YEAR : 10 * YEAR), expires };
};

export interface DocumentsOutcome {
  records: DocumentRecord[];
  /** Planted gaps, with the document type each concerns. */
  gaps: { requirement: Requirement; problem: 'absent' | 'rejected' | 'expired'; document_type: string }[];
}

export const simulateDocuments = (rng: Rng, sim: SimSeller, window: Window): DocumentsOutcome => {
  const asOf = window.asOfDay;
  const createdDay = window.startDay + sim.plan.created;
  const plan = sim.plan.documents;
  const docs: Doc[] = [];
  const gaps: DocumentsOutcome['gaps'] = [];
  for (const requirement of requirementsOf(sim.plan)) {
    const doc = validDocument(rng, sim, requirement, asOf, createdDay);
    const gap = plan?.kind === 'gaps' ? plan.gaps.find((g) => g.requirement === requirement) : undefined;
    if (gap) {
      const documentType =
        gap.problem === 'absent' && requirement === 'proof_of_address'
          ? 'utility_bill|bank_statement'
          : doc.type;
      gaps.push({ requirement, problem: gap.problem, document_type: documentType });
      if (gap.problem === 'rejected') docs.push({ ...doc, status: 'rejected' });
      if (gap.problem === 'expired') docs.push(expiredCopy(rng, doc, asOf));
      continue;
    }
    if (plan?.kind === 'superseded' && plan.requirement === requirement) {
      const old =
        plan.problem === 'rejected' ? { ...doc, status: 'rejected' as const } : expiredCopy(rng, doc, asOf);
      const oldIssued = doc.issued === null ? asOf - 400 : doc.issued - rng.int(30, 400);
      docs.push({ ...old, issued: plan.problem === 'rejected' ? oldIssued : old.issued });
    }
    if (plan?.kind === 'expiring_soon' && plan.requirement === requirement) {
      docs.push({
        ...doc,
        expires: asOf + plan.daysLeft,
        issued: asOf + plan.daysLeft - (requirement === 'business_license' ? YEAR : 10 * YEAR),
      });
      continue;
    }
    docs.push(doc);
  }
  if (rng.chance(0.2)) {
    const issued = asOf - rng.int(5, 200);
    docs.push({
      type: 'supplier_invoice',
      status: rng.chance(0.3) ? 'pending' : 'accepted',
      issued,
      expires: null,
    });
  }
  if (rng.chance(0.08))
    docs.push({
      type: 'credit_card_statement',
      status: 'accepted',
      issued: asOf - rng.int(5, 90),
      expires: null,
    });
  if (rng.chance(0.05)) docs.push({ type: 'other', status: 'pending', issued: null, expires: null });
  const id = sim.plan.sellerId;
  return {
    gaps,
    records: docs.map((doc, i) => ({
      document_id: `${id}-D${i + 1}`,
      seller_id: id,
      type: doc.type,
      status: doc.status,
      issued_on: doc.issued === null ? null : isoDate(doc.issued),
      expires_on: doc.expires === null ? null : isoDate(doc.expires),
    })),
  };
};
