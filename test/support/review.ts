import { PDFDocument } from 'pdf-lib';
import { createUser, logIn, type Role, systemPrincipal } from '../../src/modules/access/index.js';
import type { CaseFinding } from '../../src/modules/cases/index.js';
import { activePolicy, findReasons, findRequirements } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import type { TestApp } from './app.js';
import { multipart } from './multipart.js';

/** Someone who calls the API: a stable user id, and a token that can be renewed when a test moves the clock. */
export interface Person {
  id: string;
  role: Role;
  token: string;
  /** Logs in again (sessions follow the app's clock): the new token replaces `token`. */
  renew(): Promise<string>;
}

let people = 0;

export async function personFor(t: TestApp, role: Role, sellerId?: string): Promise<Person> {
  people += 1;
  const email = `review-${role}-${people}-${process.pid}@test.example`;
  const password = 'correct horse battery';
  const user = await createUser(t.context.access, systemPrincipal('test'), {
    email,
    password,
    role,
    displayName: `${role} ${people}`,
    ...(sellerId ? { sellerId } : {}),
  });
  const person: Person = {
    id: user.id,
    role,
    token: (await logIn(t.context.access, email, password)).token,
    async renew() {
      person.token = (await logIn(t.context.access, email, password)).token;
      return person.token;
    },
  };
  return person;
}

export type Call = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  who: Person | string,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<Awaited<ReturnType<TestApp['server']['inject']>>>;

export const caller =
  (t: TestApp): Call =>
  (method, url, who, payload, headers = {}) =>
    t.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${typeof who === 'string' ? who : who.token}`, ...headers },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

/** The seller answers every document requirement still on them with a small PDF (checks do not run). */
export async function uploadDocuments(
  t: TestApp,
  caseId: string,
  seller: Person | string,
  materials?: string[],
) {
  const requirements = await findRequirements(t.context.db, caseId);
  const policy = await activePolicy(t.context.db);
  let count = 0;
  for (const requirement of requirements) {
    if (policy.materials[requirement.material]?.kind !== 'document') continue;
    if (materials && !materials.includes(requirement.material)) continue;
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 200]).drawText(`${requirement.material} ${Math.random()}`, { x: 10, y: 100, size: 8 });
    const { payload, contentType } = await multipart([
      ['type', (requirement.acceptedVariants as string[])[0]!],
      ['file', await pdf.save(), `${requirement.material}.pdf`],
    ]);
    const token = typeof seller === 'string' ? seller : seller.token;
    const res = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/${requirement.material}/documents`,
      payload,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    });
    if (res.statusCode !== 202)
      throw new Error(`upload ${requirement.material}: ${res.statusCode} ${res.body}`);
    count += 1;
  }
  return count;
}

/**
 * Hands in each statement the case asks for, answering every account its findings link (as the
 * seller would, who knows its own accounts). Answers how many were handed in.
 */
export async function handInStatements(t: TestApp, caseId: string, seller: Person | string) {
  const policy = await activePolicy(t.context.db);
  const linked = [
    ...new Set((await findReasons(t.context.db, [caseId])).flatMap((r) => r.relatedSellerIds as string[])),
  ];
  let count = 0;
  for (const requirement of await findRequirements(t.context.db, caseId)) {
    if (policy.materials[requirement.material]?.kind !== 'statement') continue;
    const res = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/${requirement.material}/statement`,
      payload: {
        entries: (linked.length ? linked : ['my other store']).map((account) => ({
          account,
          relationship: 'same_owner',
          controlled_by: 'the same legal representative',
          shared: ['device'],
          explanation: 'Both stores are run from the same office by the same team, on the same laptop.',
        })),
      },
      headers: { authorization: `Bearer ${typeof seller === 'string' ? seller : seller.token}` },
    });
    if (res.statusCode !== 201)
      throw new Error(`statement ${requirement.material}: ${res.statusCode} ${res.body}`);
    count += 1;
  }
  return count;
}

/** A sales anomaly (one document to provide) of this score: 0.96 high, 0.85 medium, 0.75 low. */
export const salesAnomaly = (score: number, summary = 'Sales jumped tenfold in one week.'): CaseFinding => ({
  trigger: 'sales_anomaly',
  score,
  summary,
  evidence: { window: ['2026-10-01', '2026-10-07'] },
});

/** Opens a case from findings, has the seller upload what it needs and submit it: it is in the queue. */
export async function submittedCase(
  t: TestApp,
  sellerId: string,
  seller: Person,
  findings: CaseFinding[],
): Promise<string> {
  const opened = await openOrUpdateCase(t.context, {
    sellerId,
    source: 'scan',
    by: systemPrincipal('test'),
    findings,
  });
  if (!('caseId' in opened)) throw new Error(`no case opened for ${sellerId}: ${opened.outcome}`);
  await uploadDocuments(t, opened.caseId, seller);
  await handInStatements(t, opened.caseId, seller);
  const res = await caller(t)('POST', `/v1/cases/${opened.caseId}/submit`, seller, {});
  if (res.statusCode !== 200) throw new Error(`submit: ${res.statusCode} ${res.body}`);
  return opened.caseId;
}
