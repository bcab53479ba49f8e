import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, loggedOutPage } from '../support/browser.js';
import { utilityBill } from '../support/pdf.js';
import { apiClient, type ServerProcess, startServerProcess } from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '../..');
const PASSWORD = 'correct horse battery';
const SELLER = {
  seller_id: 'P700001',
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: { line1: '9 Quay Street', city: 'Leeds', postal_code: 'LS1 4AB', country: 'GB' },
  legal_rep: { full_name: 'Imogen Fairweather', date_of_birth: '1984-02-29', nationality: 'GB' },
  store: { name: 'Fairweather Goods', marketplace: 'GB' },
};
const HOLD = 'Tax authority request 2026/118';

/**
 * The privacy features in Debian's Chromium against `secondlook serve`: the seller downloads
 * their archive from the portal and finds their document in it as uploaded; an admin places a
 * legal hold in English, is refused erasure naming it, lifts it in Chinese, is refused again for
 * the open case, and erases once the case is withdrawn.
 */
describe('personal data in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let admin: string;
  let bill: Buffer;
  const call = () => apiClient(server.base);

  beforeAll(async () => {
    execFileSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    server = await startServerProcess({
      prepare: async (cli) => {
        const feed = mkdtempSync(join(tmpdir(), 'secondlook-privacy-feed-'));
        writeFileSync(join(feed, 'sellers.jsonl'), `${JSON.stringify(SELLER)}\n`);
        await cli('import', '--sellers', join(feed, 'sellers.jsonl'));
        rmSync(feed, { recursive: true, force: true });
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@privacy.test',
          '--role',
          'admin',
          '--password',
          PASSWORD,
        );
      },
    });
    admin = (
      await call()<{ token: string }>('POST', '/v1/auth/login', undefined, {
        email: 'admin@privacy.test',
        password: PASSWORD,
      })
    ).token;
    await call()('POST', '/v1/admin/users', admin, {
      email: 'imogen@privacy.test',
      password: PASSWORD,
      role: 'seller',
      seller_id: SELLER.seller_id,
    });
    caseId = (
      await call()<{ id: string }>('POST', '/v1/cases', admin, {
        seller_id: SELLER.seller_id,
        reasons: [{ trigger: 'registration_mismatch', summary: 'Logins from abroad.' }],
      })
    ).id;
    const { token: seller } = await call()<{ token: string }>('POST', '/v1/auth/login', undefined, {
      email: 'imogen@privacy.test',
      password: PASSWORD,
    });
    bill = await utilityBill(SELLER.legal_rep.full_name, ['9 Quay Street', 'Leeds LS1 4AB']);
    const form = new FormData();
    form.append('type', 'utility_bill');
    form.append('file', new Blob([bill], { type: 'application/pdf' }), 'quay-street-bill.pdf');
    const uploaded = await fetch(
      `${server.base}/v1/cases/${caseId}/requirements/proof_of_address/documents`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${seller}` },
        body: form,
      },
    );
    expect(uploaded.status).toBe(202);
    browser = await launchBrowser({ width: 1280, height: 900 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const logIn = async (email: string, landing: string) => {
    page = await loggedOutPage(browser, server.base);
    await page.waitForURL('**/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`**${landing}`);
  };

  it('lets the seller download their data, with the document as uploaded', async () => {
    await logIn('imogen@privacy.test', '/seller');
    const panel = page.getByTestId('download-my-data');
    await panel.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^secondlook-P700001-\d{4}-\d{2}-\d{2}\.zip$/);
    const saved = join(mkdtempSync(join(tmpdir(), 'secondlook-archive-')), 'archive.zip');
    await download.saveAs(saved);
    const files = unzipSync(readFileSync(saved));
    const names = Object.keys(files);
    for (const name of ['README.txt', 'manifest.json', 'seller.json', 'profile-versions.json'])
      expect(names).toContain(name);
    expect(names).toContain(`cases/${caseId}/documents.json`);
    expect(names).toContain(`cases/${caseId}/timeline.json`);
    const [document] = JSON.parse(strFromU8(files[`cases/${caseId}/documents.json`] ?? new Uint8Array()));
    expect(Buffer.from(files[document.files[0].path] ?? []).equals(bill)).toBe(true);
    expect(JSON.parse(strFromU8(files['seller.json'] ?? new Uint8Array())).profile.legal_rep.full_name).toBe(
      'Imogen Fairweather',
    );
    await panel.getByText(`Downloaded ${download.suggestedFilename()}.`).waitFor();
    rmSync(saved, { force: true });
    await page.close();
  }, 120_000);

  it('places and lifts a legal hold and requests erasure from the case page, in English and Chinese', async () => {
    await logIn('admin@privacy.test', '/office');
    await page.goto(`${server.base}/office/cases/${caseId}`);
    const panel = page.locator('#privacy');
    await panel.getByTestId('no-holds').waitFor();
    await panel.getByLabel('Reason for the hold').fill(HOLD);
    await panel.getByRole('button', { name: 'Place legal hold' }).click();
    await panel.getByTestId('holds').getByText(HOLD, { exact: false }).waitFor();

    const erasure = panel.getByTestId('erasure');
    await erasure.getByRole('button', { name: 'Request erasure' }).click();
    await erasure.getByRole('alertdialog').getByText('Erase the personal data of seller P700001?').waitFor();
    await erasure.getByRole('button', { name: 'Yes, erase' }).click();
    const refused = erasure.locator('[data-code=LEGAL_HOLD]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(`a legal hold applies: ${HOLD} (user:`);

    await page.getByLabel('Language').selectOption('zh');
    await panel.getByRole('heading', { name: '法律保全' }).waitFor();
    await panel.getByLabel('解除原因').fill('税务请求已撤回');
    await panel.getByRole('button', { name: '解除保全' }).click();
    await panel.getByText('没有生效的法律保全。').waitFor();
    await erasure.getByRole('button', { name: '申请删除' }).click();
    await erasure.getByRole('button', { name: '确认删除' }).click();
    const open = erasure.locator('[data-code=ERASURE_BLOCKED_OPEN_CASE]');
    await open.waitFor();
    expect(await open.textContent()).toContain('已拒绝（ERASURE_BLOCKED_OPEN_CASE）：该卖家有未结案件');

    await call()('POST', `/v1/cases/${caseId}/withdraw`, admin, { note: 'closed for the test' });
    await erasure.getByRole('button', { name: '申请删除' }).click();
    await erasure.getByRole('button', { name: '确认删除' }).click();
    await erasure.getByText(/^已删除：清除了 \d+ 行数据，移除了 1 个文件。$/).waitFor();
    const seller = await call()<{ profile: unknown }>('GET', `/v1/sellers/${SELLER.seller_id}`, admin);
    expect(seller.profile).toEqual({ erased: true });
  }, 180_000);
});
