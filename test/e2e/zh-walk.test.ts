import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, loggedOutPage } from '../support/browser.js';
import { type EnglishFinding, findEnglishSentences } from '../support/english-text.js';
import { utilityBill } from '../support/pdf.js';
import { apiClient, type ServerProcess, startServerProcess } from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '../..');
const PASSWORD = 'correct horse battery';
const SELLER = {
  seller_id: 'S910001',
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: { line1: '南山区科技园路 88 号', city: '深圳', postal_code: '518057', country: 'CN' },
  legal_rep: { full_name: '陈晓明', date_of_birth: '1988-04-12', nationality: 'CN' },
  contact: { email: 'chen@example.cn', phone: '+86 138 0013 8000' },
  store: { name: 'Chen Home Goods', marketplace: 'GB' },
};

/** What the test typed and seeded: names, ids and texts a page rightly shows as they were given. */
const TYPED = {
  openNote: 'Opened by hand for the walk',
  message: 'Where do I find the bill you need?',
  withdrawReason: 'This is the wrong bill, sorry',
  submitNote: 'I uploaded the bill I have.',
  decisionNote: 'The bill is for another address.',
  approveNote: 'Agreed with the proposal.',
  plan: {
    root_cause: 'My registered address was out of date when I opened the account.',
    what_was_fixed: 'I updated the registered address and uploaded a new bill for it.',
    how_prevented: 'I will update the account within a week whenever we move office.',
  },
};
const STAFF = [
  ['wang@zh.test', 'reviewer', '王芳'],
  ['li@zh.test', 'reviewer', '李强'],
  ['zhao@zh.test', 'supervisor', '赵敏'],
] as const;

/**
 * Every seller and staff page in 简体中文 (the browser's language), on a case with several reasons,
 * a failed check, a withdrawn upload, messages, a rejection with reason codes and an appeal: the
 * visible text of each page holds no English sentence (test/support/english-text.ts) beyond the
 * names, ids and texts seeded above. The count is in docs/benchmarks.md.
 */
describe('every page in 简体中文', () => {
  let server: ServerProcess;
  let browser: Browser;
  let caseId: string;
  const found: { page: string; finding: EnglishFinding }[] = [];

  beforeAll(async () => {
    execFileSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    server = await startServerProcess({
      prepare: async (cli) => {
        const feed = mkdtempSync(join(tmpdir(), 'secondlook-zh-feed-'));
        writeFileSync(join(feed, 'sellers.jsonl'), `${JSON.stringify(SELLER)}\n`);
        await cli('import', '--sellers', join(feed, 'sellers.jsonl'));
        rmSync(feed, { recursive: true, force: true });
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@zh.test',
          '--role',
          'admin',
          '--password',
          PASSWORD,
        );
      },
    });
    const call = apiClient(server.base);
    const login = async (email: string) =>
      (await call<{ token: string }>('POST', '/v1/auth/login', undefined, { email, password: PASSWORD }))
        .token;
    const admin = await login('admin@zh.test');
    await call('POST', '/v1/admin/users', admin, {
      email: 'chen@zh.test',
      password: PASSWORD,
      role: 'seller',
      seller_id: SELLER.seller_id,
    });
    for (const [email, role, name] of STAFF)
      await call('POST', '/v1/admin/users', admin, { email, password: PASSWORD, role, display_name: name });
    const opened = await call<{ id: string }>('POST', '/v1/cases', admin, {
      seller_id: SELLER.seller_id,
      note: TYPED.openNote,
      reasons: [
        { trigger: 'registration_mismatch', summary: 'Most logins came from another country.' },
        { trigger: 'sales_anomaly', summary: 'Orders rose tenfold in one week.' },
        {
          trigger: 'missing_documentation',
          summary: 'A proof of address is missing.',
          missing_documents: ['proof_of_address'],
        },
      ],
    });
    caseId = opened.id;
    const seller = await login('chen@zh.test');

    /** Uploads a bill; `waitForChecks`: until its checks are done. */
    const upload = async (
      name: string,
      bytes: Buffer,
      waitForChecks = false,
      material = 'proof_of_address',
    ) => {
      const form = new FormData();
      form.append('type', material === 'proof_of_address' ? 'utility_bill' : 'supplier_invoice');
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
      const response = await fetch(`${server.base}/v1/cases/${caseId}/requirements/${material}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${seller}` },
        body: form,
      });
      expect(response.status).toBe(202);
      const document = (await response.json()) as { id: string };
      if (!waitForChecks) return document.id;
      for (let i = 0; i < 240; i += 1) {
        const now = await call<{ status: string }>('GET', `/v1/documents/${document.id}`, seller);
        if (now.status !== 'checking') return document.id;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`document ${name} was not checked in 2 minutes`);
    };
    // The bills print Latin letters only (a standard PDF font): the name in pinyin, another address.
    await upload(
      'bill-old-office.pdf',
      await utilityBill('Chen Xiaoming', ['5 Canal Street', 'Manchester M1 3HE']),
    );
    const wrong = await upload(
      'bill-wrong.pdf',
      await utilityBill('Someone Else', ['1 High Street', 'York']),
    );
    await call('POST', `/v1/documents/${wrong}/withdraw`, seller, { reason: TYPED.withdrawReason });
    // Not the bytes of the bill sent later: the same file twice on a case is refused as a duplicate.
    await upload(
      'invoices-october.pdf',
      await utilityBill('Chen Xiaoming', ['88 Keji Yuan Road', 'Nanshan District', 'Shenzhen 518057']),
      false,
      'supplier_invoices',
    );
    await call('POST', `/v1/cases/${caseId}/messages`, seller, { body: TYPED.message });
    await call('POST', `/v1/cases/${caseId}/submit`, seller, { note: TYPED.submitNote });

    const [wang, li] = [await login('wang@zh.test'), await login('li@zh.test')];
    const revisionOf = async (token: string) =>
      (await call<{ revision: number }>('GET', `/v1/cases/${caseId}`, token)).revision;
    await call('POST', `/v1/cases/${caseId}/claim`, wang, { revision: await revisionOf(wang) });
    const proposed = await call<{ decision: { id: string } }>('POST', `/v1/cases/${caseId}/decisions`, wang, {
      decision: 'rejected',
      reason_codes: ['address_mismatch', 'operated_from_undisclosed_location'],
      note: TYPED.decisionNote,
      revision: await revisionOf(wang),
    });
    await call('POST', `/v1/cases/${caseId}/decisions/${proposed.decision.id}/approve`, li, {
      revision: await revisionOf(li),
      note: TYPED.approveNote,
    });
    await upload(
      'bill-new-office.pdf',
      await utilityBill('Chen Xiaoming', ['88 Keji Yuan Road', 'Shenzhen 518057']),
    );
    await call('POST', `/v1/cases/${caseId}/appeal`, seller, TYPED.plan);
    browser = await launchBrowser({ width: 1280, height: 900, locale: 'zh-CN' });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const allow = [
    SELLER.seller_id,
    SELLER.store.name,
    SELLER.contact.email,
    'Second Look',
    'Chen Home Goods',
    'Someone Else',
    // What the bills print (test/support/pdf.ts), read back from the documents.
    'Chen Xiaoming',
    '5 Canal Street',
    'Manchester',
    '1 High Street',
    '88 Keji Yuan Road',
    'Yorkshire Water',
    'bill-new-office.pdf',
    'Statement date',
    'Amount due',
    ...Object.values(TYPED).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))),
  ];

  /** Logs in through the page (in Chinese), visits each path and collects its English sentences. */
  const walk = async (email: string, paths: string[]) => {
    const page = await loggedOutPage(browser, server.base);
    await page.waitForURL('**/login');
    await page.locator('input[type=email]').fill(email);
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    for (const path of paths) {
      await page.goto(`${server.base}${path}`);
      await page.waitForLoadState('networkidle');
      // Pages load their parts one by one: wait until nothing says it is loading.
      await page
        .waitForFunction("!document.querySelector('[role=status]')", undefined, { timeout: 30_000 })
        .catch(() => undefined);
      const text = await page.evaluate<string>('document.body.innerText');
      for (const finding of findEnglishSentences(text, allow))
        found.push({ page: `${email} ${path}`, finding });
    }
    await page.close();
  };

  it('shows a seller no English sentence', async () => {
    await walk('chen@zh.test', ['/seller', `/seller/cases/${caseId}`]);
  });

  it('shows reviewers and the supervisor no English sentence', async () => {
    await walk('wang@zh.test', [
      '/office',
      '/office/queue',
      '/office/list',
      '/office/search?q=chen',
      `/office/cases/${caseId}`,
    ]);
    await walk('zhao@zh.test', [
      '/office/supervision',
      '/office/dashboard',
      '/office/audit',
      `/office/cases/${caseId}`,
    ]);
  });

  it('shows an admin no English sentence', async () => {
    await walk('admin@zh.test', [
      '/office/access',
      '/office/policy',
      '/office/webhooks',
      `/office/cases/${caseId}`,
    ]);
  });

  it('found none in all', () => {
    for (const { page, finding } of found) console.log(`[zh-walk] ${page}: ${finding.text}`);
    console.log(`[zh-walk] English sentences found: ${found.length}`);
    expect(found.map(({ page, finding }) => `${page}: ${finding.text}`)).toEqual([]);
  });
});
