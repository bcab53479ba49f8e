import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { utilityBill } from '../support/pdf.js';
import { apiClient, type ServerProcess, startServerProcess } from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '../..');
const PASSWORD = 'correct horse battery';
const SELLER = {
  seller_id: 'S900001',
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: {
    line1: '14 Harbour Road',
    line2: 'Flat 3',
    city: 'Leeds',
    postal_code: 'LS1 4AB',
    country: 'GB',
  },
  legal_rep: { full_name: 'Amelia Hartley', date_of_birth: '1988-04-12', nationality: 'GB' },
  contact: { email: 'amelia@example.com', phone: '+44 7700 900123' },
  store: { name: 'Hartley Home', marketplace: 'GB' },
};

/** The documents the marketplace already holds, so that only the opened reason asks for anything. */
const ON_FILE = [
  {
    seller_id: SELLER.seller_id,
    type: 'government_id',
    status: 'accepted',
    issued_on: '2022-03-01',
    expires_on: '2032-03-01',
  },
  {
    seller_id: SELLER.seller_id,
    type: 'utility_bill',
    status: 'accepted',
    issued_on: '2025-01-01',
    expires_on: null,
  },
];

/**
 * The web UI in Debian's Chromium against `secondlook serve` on its own store: a seller logs in,
 * uploads a bill that fails a check, reads why, uploads a right one by drag and drop, and submits;
 * a reviewer then finds the case, sees the PDF drawn and the mismatch marked, and leaves a note.
 */
describe('web UI in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let caseId: string;

  beforeAll(async () => {
    execFileSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    server = await startServerProcess({
      // The feed goes in through the CLI, which re-evaluates nothing: the case below is the only one.
      prepare: async (cli) => {
        const feed = mkdtempSync(join(tmpdir(), 'secondlook-web-feed-'));
        writeFileSync(join(feed, 'sellers.jsonl'), `${JSON.stringify(SELLER)}\n`);
        writeFileSync(join(feed, 'documents.jsonl'), ON_FILE.map((d) => `${JSON.stringify(d)}\n`).join(''));
        await cli(
          'import',
          '--sellers',
          join(feed, 'sellers.jsonl'),
          '--documents',
          join(feed, 'documents.jsonl'),
        );
        rmSync(feed, { recursive: true, force: true });
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@web.test',
          '--role',
          'admin',
          '--password',
          PASSWORD,
        );
      },
    });
    const call = apiClient(server.base);
    const { token: admin } = await call<{ token: string }>('POST', '/v1/auth/login', undefined, {
      email: 'admin@web.test',
      password: PASSWORD,
    });
    for (const [email, role, seller_id] of [
      ['amelia@web.test', 'seller', SELLER.seller_id],
      ['reviewer@web.test', 'reviewer', undefined],
    ] as const)
      await call('POST', '/v1/admin/users', admin, {
        email,
        password: PASSWORD,
        role,
        ...(seller_id ? { seller_id } : {}),
      });
    const opened = await call<{ id: string }>('POST', '/v1/cases', admin, {
      seller_id: SELLER.seller_id,
      reasons: [
        {
          trigger: 'registration_mismatch',
          summary:
            'Your account is registered in GB, but most of its logins in the last months came from TR.',
        },
      ],
    });
    caseId = opened.id;
    browser = await launchBrowser({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const logIn = async (email: string) => {
    page = await browser.context.newPage();
    await page.goto(`${server.base}/`);
    await page.waitForURL('**/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
  };

  it('takes a seller from a failed check to a submitted case', async () => {
    await logIn('amelia@web.test');
    await page.waitForURL('**/seller');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Second review of your account');
    expect(await page.getByTestId('if-deadline-passes').textContent()).toContain(
      'the review closes as expired and: listings are paused and payouts are held',
    );
    const requirement = page.locator('[data-material=proof_of_address]');
    expect(await requirement.getByText('Issued within the last 90 days').count()).toBe(1);

    // A bill for another address: preflight first (nothing stored), then the upload and its check.
    const wrong = await utilityBill('Amelia Hartley', ['5 Canal Street', 'Manchester M1 3HE']);
    await requirement.locator('input[type=file]').setInputFiles({
      name: 'bill-old-flat.pdf',
      mimeType: 'application/pdf',
      buffer: wrong,
    });
    await requirement.getByRole('button', { name: /Check first/ }).click();
    const preflight = requirement.getByTestId('preflight-report');
    await preflight.waitFor();
    expect(await preflight.textContent()).toContain('was not found on the document');
    await requirement.getByRole('button', { name: 'Upload' }).click();
    const failed = requirement.locator('article.document', { hasText: 'bill-old-flat.pdf' });
    await failed.getByText('1 check(s) failed').waitFor({ timeout: 90_000 });
    const explanation = await failed.locator('li.check-fail').first().textContent();
    expect(explanation).toContain(
      'The registered address ("14 Harbour Road, Flat 3, Leeds, LS1 4AB") was not found',
    );
    expect(explanation).toContain('Upload a document that shows it, or update your account details.');
    expect(explanation).toContain('In your account14 Harbour Road, Flat 3, Leeds, LS1 4AB');
    expect(await requirement.locator('.requirement-head').textContent()).toContain('Needs a fix');

    // The right bill, dropped on the drop area.
    const right = await utilityBill('Amelia Hartley', ['14 Harbour Rd, Flat 3', 'Leeds LS1 4AB']);
    const transfer = await page.evaluateHandle(
      `(() => { const t = new DataTransfer(); t.items.add(new File([new Uint8Array(${JSON.stringify([...right])})], 'bill-harbour-road.pdf', { type: 'application/pdf' })); return t; })()`,
    );
    await requirement.getByTestId('drop').dispatchEvent('drop', { dataTransfer: transfer });
    expect(await requirement.locator('.file-list').textContent()).toContain('bill-harbour-road.pdf');
    await requirement.getByRole('button', { name: 'Upload' }).click();
    const passed = requirement.locator('article.document', { hasText: 'bill-harbour-road.pdf' });
    await passed.getByText('All checks passed').waitFor({ timeout: 90_000 });
    expect(await requirement.locator('.requirement-head').textContent()).toContain(
      'Uploaded, being verified',
    );

    await page.getByLabel(/Note for the reviewer/).fill('The first bill was for my old flat.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted. A reviewer will look at your case').waitFor();
    const timeline = page.locator('#timeline');
    await timeline.getByText('Waiting on support').waitFor();
    expect(await timeline.textContent()).toContain('Submitted');
    expect(await page.getByTestId('eta').textContent()).toMatch(/Decision expected by/);

    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('heading', { name: '时间线' }).waitFor();
    expect(await timeline.textContent()).toContain('等待客服处理');
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
  });

  it('shows the reviewer the case: the PDF drawn, the mismatch marked, and a staff note', async () => {
    await logIn('reviewer@web.test');
    await page.waitForURL('**/office');
    await page.getByLabel('Seller ID').fill(SELLER.seller_id);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(`**/office?seller_id=${SELLER.seller_id}`);
    await page.getByRole('link', { name: SELLER.seller_id }).click();
    await page.waitForURL(`**/office/cases/${caseId}`);
    const address = page.locator('#profile tr', { hasText: 'Address' });
    await address.locator('td.mismatch').waitFor();
    expect(await address.locator('td.match').count()).toBe(1);

    await page
      .getByRole('tab', { name: /Utility bill/ })
      .first()
      .click();
    const canvas = page.locator('.viewer-stage canvas');
    await canvas.waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          `(() => { const c = document.querySelector('.viewer-stage canvas'); if (!c || !c.width) return 0; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let ink = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 128) ink++; return ink; })()`,
        ),
      )
      .toBeGreaterThan(100);

    const notes = page.locator('#notes');
    await notes.getByLabel('Your message').fill('Old-flat bill explained in the note; the new one matches.');
    await notes.getByLabel(/Internal note/).check();
    await notes.getByRole('button', { name: 'Send' }).click();
    await notes.getByText('Internal note', { exact: true }).waitFor();
    expect(await page.locator('#audit').textContent()).toContain('Internal note');
  });
});
