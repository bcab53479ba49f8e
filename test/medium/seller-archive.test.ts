import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findAuditEventsFor } from '../../src/modules/audit/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { multipart } from '../support/multipart.js';
import { utilityBill } from '../support/pdf.js';

const NAME = 'Ottoline Vasquez-Abernathy';
const NOTE = 'Internal: the bill looks edited';

/** The seller's own copy: what it holds, who may have it, and what is left after erasure. */
describe('GET /v1/sellers/{id}/archive', () => {
  let t: TestApp;
  let seller: string;
  let caseId: string;
  let bill: Buffer;

  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [
      businessSeller('A1', {
        business: { legal_name: 'A1 Ltd', registration_number: '12345678', country: 'GB' },
        legal_rep: { full_name: NAME, date_of_birth: '1981-04-05' },
      }),
      businessSeller('A2'),
    ]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'A1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 1, summary: 'Logins from abroad.', evidence: {} },
      ],
    });
    caseId = (opened as { caseId: string }).caseId;
    seller = await t.tokenFor('seller', 'A1');
    bill = await utilityBill(NAME, ['4 Elm Row', 'Leeds LS1 4AB']);
    const { payload, contentType } = await multipart([
      ['type', 'utility_bill'],
      ['file', bill, 'my bill.pdf'],
    ]);
    const uploaded = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/proof_of_address/documents`,
      payload,
      headers: { authorization: `Bearer ${seller}`, 'content-type': contentType },
    });
    expect(uploaded.statusCode).toBe(202);
    const reviewer = await t.tokenFor('reviewer');
    expect(
      (await post(`/v1/cases/${caseId}/messages`, seller, { body: `Hello, ${NAME} here` })).statusCode,
    ).toBe(201);
    expect(
      (await post(`/v1/cases/${caseId}/messages`, reviewer, { body: NOTE, internal: true })).statusCode,
    ).toBe(201);
  }, 120_000);
  afterAll(() => t.close());

  const post = (url: string, token: string, body: unknown) =>
    t.server.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const archiveOf = (sellerId: string, token: string) =>
    t.server.inject({
      method: 'GET',
      url: `/v1/sellers/${sellerId}/archive`,
      headers: { authorization: `Bearer ${token}` },
    });
  const jsonIn = (files: Record<string, Uint8Array>, name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`${name} is not in the archive: ${Object.keys(files).join(', ')}`);
    return JSON.parse(strFromU8(bytes));
  };

  it('gives the seller their profile, case, document as uploaded, thread and timeline, without staff notes', async () => {
    const res = await archiveOf('A1', seller);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="secondlook-A1-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = unzipSync(res.rawPayload);
    const dir = `cases/${caseId}`;
    expect(jsonIn(files, 'seller.json').profile.legal_rep.full_name).toBe(NAME);
    expect(jsonIn(files, 'profile-versions.json')).toHaveLength(1);
    expect(jsonIn(files, `${dir}/case.json`).reasons[0].trigger).toBe('registration_mismatch');
    const [document] = jsonIn(files, `${dir}/documents.json`);
    expect(document.type).toBe('utility_bill');
    const [file] = document.files;
    expect(file.name).toBe('my bill.pdf');
    expect(Buffer.from(files[file.path] ?? []).equals(bill)).toBe(true);
    const messages = jsonIn(files, `${dir}/messages.json`);
    expect(messages.map((m: { body: string }) => m.body)).toEqual([`Hello, ${NAME} here`]);
    expect(JSON.stringify(jsonIn(files, `${dir}/timeline.json`))).not.toContain(NOTE);
    expect(jsonIn(files, `${dir}/timeline.json`).length).toBeGreaterThan(0);
    const manifest = jsonIn(files, 'manifest.json');
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain(file.path);
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('SHA-256');
    // A seller registered in CN reads it in Chinese first; A1 is in GB: English only.
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).not.toContain('卖家');
  });

  it('is for the seller themself, admins and the marketplace only', async () => {
    const other = await t.tokenFor('seller', 'A2');
    expect((await archiveOf('A1', other)).statusCode).toBe(404);
    expect((await archiveOf('A1', await t.tokenFor('reviewer'))).statusCode).toBe(403);
    expect((await archiveOf('A1', await t.tokenFor('supervisor'))).statusCode).toBe(403);
    const admin = await t.tokenFor('admin');
    expect((await archiveOf('NOBODY', admin)).json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await archiveOf('A1', admin)).statusCode).toBe(200);
    const chinese = unzipSync((await archiveOf('A2', await t.tokenFor('integration'))).rawPayload);
    expect(strFromU8(chinese['README.txt'] ?? new Uint8Array())).toMatch(/^Second Look 保存的您的数据/);
  });

  it('records each export in the audit trail with counts, never a value', async () => {
    const exported = (await findAuditEventsFor(t.context.db, 'seller', 'A1')).filter(
      (e) => e.action === 'seller.archive_exported',
    );
    expect(exported).toHaveLength(2);
    expect(exported[0]?.data).toEqual({ cases: 1, documents: 1, files: 1 });
    expect(JSON.stringify(exported)).not.toContain(NAME);
  });

  it('after erasure answers what is left: the record, an erased profile, the files marked as not held', async () => {
    const supervisor = await t.tokenFor('supervisor');
    expect((await post(`/v1/cases/${caseId}/withdraw`, supervisor, { note: 'closing' })).statusCode).toBe(
      200,
    );
    const integration = await t.tokenFor('integration');
    expect((await post('/v1/sellers/A1/erasure', integration, {})).statusCode).toBe(200);
    const res = await archiveOf('A1', integration);
    expect(res.statusCode).toBe(200);
    const files = unzipSync(res.rawPayload);
    expect(jsonIn(files, 'seller.json').profile).toEqual({ erased: true });
    expect(jsonIn(files, 'erasure.json')).toMatchObject({ seller_id: 'A1', files_removed: 1 });
    const manifest = jsonIn(files, 'manifest.json');
    expect(manifest.files.filter((f: { held: boolean }) => !f.held)).toHaveLength(1);
    expect(Object.keys(files).some((name) => name.includes('/files/'))).toBe(false);
    expect(JSON.stringify(Object.values(files).map((b) => strFromU8(b)))).not.toContain(NAME);
  });
});
