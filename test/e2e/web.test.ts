import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, loggedOutPage } from '../support/browser.js';
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
 * Then the second journey: the reviewer claims it and asks again for the bill; the seller uploads
 * again and resubmits; the reviewer proposes a rejection, a second reviewer approves it (the
 * proposer could not); the seller appeals with a new document; a decider of the rejection is
 * refused the appeal in plain words; two other reviewers propose and approve its approval.
 */
describe('web UI in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let adminToken: string;

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
      ['second@web.test', 'reviewer', undefined],
      ['appeals@web.test', 'reviewer', undefined],
      ['fourth@web.test', 'reviewer', undefined],
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
    adminToken = admin;
    browser = await launchBrowser({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const logIn = async (email: string) => {
    page = await loggedOutPage(browser, server.base);
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
    // The checklist reloads after the check: wait for it rather than read it once.
    await expect.poll(() => requirement.locator('.requirement-head').textContent()).toContain('Needs a fix');

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
    await expect
      .poll(() => requirement.locator('.requirement-head').textContent())
      .toContain('Uploaded, being verified');

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
    // The case opened in a new tab: the session cookie goes with it, no second login.
    const tab = await browser.context.newPage();
    await tab.goto(`${server.base}/office/cases/${caseId}`);
    await tab.locator('#profile tr', { hasText: 'Address' }).first().waitFor();
    expect(new URL(tab.url()).pathname).toBe(`/office/cases/${caseId}`);
    await tab.close();
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
    // The audit timeline reloads after the note is posted.
    await expect
      .poll(() => page.locator('#audit').textContent(), { timeout: 15_000 })
      .toContain('Internal note');
  });

  const openCase = async (email: string) => {
    await logIn(email);
    await page.waitForURL('**/office');
    await page.goto(`${server.base}/office/cases/${caseId}`);
    await page.locator('#actions').getByTestId('hold').waitFor();
    return page.locator('#actions');
  };

  const decide = async (decision: string, reason: RegExp) => {
    const actions = page.locator('#actions');
    await actions.getByLabel(decision, { exact: true }).check();
    await actions.getByLabel(reason).check();
    return actions;
  };

  const uploadBill = async (name: string) => {
    const requirement = page.locator('[data-material=proof_of_address]');
    const bill = await utilityBill('Amelia Hartley', ['14 Harbour Rd, Flat 3', 'Leeds LS1 4AB']);
    await requirement.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'application/pdf',
      buffer: bill,
    });
    await requirement.getByRole('button', { name: 'Upload' }).click();
    await requirement
      .locator('article.document', { hasText: name })
      .getByText('All checks passed')
      .waitFor({ timeout: 90_000 });
  };

  it('takes the case through an info request, a four-eyes rejection and an approved appeal', async () => {
    // The reviewer finds the case in the review queue, claims it and asks again for the bill.
    await logIn('reviewer@web.test');
    await page.waitForURL('**/office');
    await page.getByRole('link', { name: 'Review queue' }).click();
    await page.waitForURL('**/office/queue');
    const row = page.locator('tr', { hasText: SELLER.seller_id });
    expect(await row.textContent()).toContain('nobody');
    await row.getByRole('link', { name: SELLER.seller_id }).click();
    await page.waitForURL(`**/office/cases/${caseId}`);
    let actions = page.locator('#actions');
    await actions.getByRole('button', { name: 'Claim' }).click();
    await actions.getByText('You hold this case.').waitFor();
    await decide('Request information', /Document hard to read/);
    await actions.getByLabel('Proof of the registered address').check();
    await actions.getByLabel(/Note for staff/).fill('The scan is blurred; ask for a sharp one.');
    await actions.getByRole('button', { name: 'Record the decision' }).click();
    expect(await actions.getByTestId('outcome').textContent()).toBe(
      'The decision took effect: the case is now Awaiting documents.',
    );

    // The seller reads why, uploads again and resubmits.
    await logIn('amelia@web.test');
    await page.waitForURL('**/seller');
    await page.getByTestId('decision').getByText('A document is hard to read.', { exact: false }).waitFor();
    await uploadBill('bill-harbour-road-sharp.pdf');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted. A reviewer will look at your case').waitFor();

    // The reviewer (still the holder) starts the review again and proposes a rejection.
    actions = await openCase('reviewer@web.test');
    await actions.getByRole('button', { name: 'Claim' }).click();
    await actions.getByRole('button', { name: 'Record the decision' }).waitFor();
    await decide('Reject', /Address differs/);
    await actions.getByLabel(/Note for staff/).fill('The bill address still differs from the account.');
    await actions.getByRole('button', { name: 'Record the decision' }).click();
    await actions.getByText('Proposed. It takes effect when a second reviewer approves it.').waitFor();
    const own = actions.getByTestId('pending-proposal');
    expect(await own.getByRole('button', { name: 'Approve this decision' }).isDisabled()).toBe(true);
    expect(await own.textContent()).toContain('You proposed this decision');

    // A second reviewer approves the rejection.
    actions = await openCase('second@web.test');
    await actions
      .getByTestId('pending-proposal')
      .getByRole('button', { name: 'Approve this decision' })
      .click();
    await actions.getByText('Approved: the decision took effect.').waitFor();

    // The seller reads the decision, adds a document and appeals.
    await logIn('amelia@web.test');
    await page.waitForURL('**/seller');
    const decision = page.getByTestId('decision').first();
    await decision.getByText(/rejected/).waitFor();
    expect(await decision.textContent()).toContain(
      'The address on a document does not match the address registered on your account.',
    );
    expect(await page.getByTestId('appeal-window').textContent()).toMatch(/Appeals left: \d/);
    await uploadBill('bill-for-the-appeal.pdf');
    await page.getByLabel('What caused the problem').fill('The first bills were for the flat I left in May.');
    await page.getByLabel('What you have fixed').fill('I uploaded the bill for the registered flat.');
    await page
      .getByLabel('How you prevent it from happening again')
      .fill('I update the account address before I move, and keep bills current.');
    await page.getByRole('button', { name: 'Send the appeal' }).click();
    await page.getByText(/Your appeal is (sent|with a reviewer)/).waitFor();

    // A decider of the rejection may not take the appeal, and is told why.
    actions = await openCase('second@web.test');
    await actions.getByRole('button', { name: 'Claim' }).click();
    expect(await actions.getByRole('alert').textContent()).toContain(
      'You took part in the rejection this appeal is against',
    );

    // Another reviewer proposes to approve the appeal; a fourth approves it.
    actions = await openCase('appeals@web.test');
    await actions.getByRole('button', { name: 'Claim' }).click();
    await actions.getByRole('button', { name: 'Record the decision' }).waitFor();
    await decide('Approve', /Appeal shows the cause fixed/);
    // The video call was held outside Second Look: the reviewer waives it, by name and with a reason.
    await actions
      .getByLabel('Why Live verification (selfie or video call) is waived')
      .selectOption('verified_outside_second_look');
    await actions.getByLabel(/Note for staff/).fill('New bill matches; the plan is credible.');
    await actions.getByRole('button', { name: 'Record the decision' }).click();
    await actions.getByText('Proposed. It takes effect when a second reviewer approves it.').waitFor();
    actions = await openCase('fourth@web.test');
    await actions
      .getByTestId('pending-proposal')
      .getByRole('button', { name: 'Approve this decision' })
      .click();
    await actions.getByText('Approved: the decision took effect.').waitFor();

    const call = apiClient(server.base);
    const final = await call<{ status: string; restrictions: string[] }>(
      'GET',
      `/v1/cases/${caseId}`,
      adminToken,
    );
    expect(final).toMatchObject({ status: 'approved', restrictions: [] });
  });
});
