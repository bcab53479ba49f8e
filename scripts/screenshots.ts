// Screenshots of the web UI's main pages in English and 简体中文, from a fresh demo store:
// `npm run screenshots` (needs Debian's chromium, and fonts-noto-cjk for the Chinese pages).
// Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.js';
import { utilityBill } from '../test/support/pdf.js';
import { apiClient, startServerProcess } from '../test/support/server-process.js';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const LANGS = ['en', 'zh'] as const;

mkdirSync(OUT, { recursive: true });
console.log('starting secondlook serve on a fresh demo store…');
const server = await startServerProcess({ demo: true });
try {
  const output = server.output();
  // The demo's password is generated for each store and printed with the logins.
  const PASSWORD = output.match(/Demo logins \(password: (\S+)\)/)?.[1];
  if (!PASSWORD) throw new Error(`no demo password in the output:\n${output}`);
  const sellerEmail = output.match(/seller\s+(\S+)\s+\(operated from abroad\)/)?.[1];
  if (!sellerEmail) throw new Error(`no demo seller in the output:\n${output}`);
  const call = apiClient(server.base);
  const login = async (email: string) =>
    (await call<{ token: string }>('POST', '/v1/auth/login', undefined, { email, password: PASSWORD })).token;

  // The seller sends a bill for another address, and asks a question: the pages then show a failed
  // check with its evidence, and a thread.
  const seller = await login(sellerEmail);
  const { data } = await call<{ data: { id: string; seller_id: string }[] }>('GET', '/v1/cases', seller);
  const sellerCase = data[0]!;
  const { profile } = await call<{ profile: { business?: { legal_name: string } } }>(
    'GET',
    `/v1/sellers/${sellerCase.seller_id}`,
    seller,
  );
  const bill = await utilityBill(profile.business?.legal_name ?? 'Demo Seller', [
    '5 Canal Street',
    'Manchester M1 3HE',
  ]);
  const form = new FormData();
  form.append('type', 'utility_bill');
  form.append('file', new Blob([new Uint8Array(bill)], { type: 'application/pdf' }), 'water-bill.pdf');
  const uploaded = (await (
    await fetch(`${server.base}/v1/cases/${sellerCase.id}/requirements/proof_of_address/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${seller}` },
      body: form,
    })
  ).json()) as { id: string };
  for (let i = 0; i < 120; i++) {
    const document = await call<{ status: string }>('GET', `/v1/documents/${uploaded.id}`, seller);
    if (document.status !== 'checking') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await call('POST', `/v1/cases/${sellerCase.id}/messages`, seller, {
    body: 'We moved our warehouse to Istanbul in June; the company is still registered in London. Which bill do you need?',
  });

  // The second demo seller uploads what is asked and submits, so the review queue has a case; the
  // reviewer claims it, and its page shows the decision panel.
  const reviewed = await submitForReview(output.match(/seller\s+(\S+)\s+\(identity check failed\)/)?.[1]);
  async function submitForReview(email: string | undefined): Promise<string | undefined> {
    if (!email) return undefined;
    const token = await login(email);
    const { data: cases } = await call<{ data: { id: string }[] }>('GET', '/v1/cases', token);
    const target = cases[0];
    if (!target) return undefined;
    const { data: asked } = await call<{
      data: { material: string; kind: string; accepted_variants: string[] }[];
    }>('GET', `/v1/cases/${target.id}/requirements`, token);
    for (const requirement of asked.filter((r) => r.kind === 'document')) {
      const upload = new FormData();
      const variant = requirement.accepted_variants.includes('passport')
        ? 'passport'
        : requirement.accepted_variants[0];
      if (variant) upload.append('type', variant);
      upload.append('file', new Blob([new Uint8Array(bill)], { type: 'application/pdf' }), 'scan.pdf');
      await fetch(`${server.base}/v1/cases/${target.id}/requirements/${requirement.material}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: upload,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    try {
      await call('POST', `/v1/cases/${target.id}/submit`, token, {});
      const reviewer = await login('reviewer@demo.secondlook.dev');
      const current = await call<{ revision: number }>('GET', `/v1/cases/${target.id}`, reviewer);
      await call('POST', `/v1/cases/${target.id}/claim`, reviewer, { revision: current.revision });
      return target.id;
    } catch (error) {
      console.warn(`no case for the review screenshots: ${(error as Error).message}`);
      return undefined;
    }
  }

  const shoot = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(OUT, name), fullPage: true });
    console.log(`wrote docs/screenshots/${name}`);
  };
  const open = async (email: string, lang: string, width: number) => {
    const browser = await launchBrowser({ width, height: width < 600 ? 844 : 900 });
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/login`);
    await page.evaluate(`localStorage.setItem('secondlook.lang', '${lang}')`);
    await page.reload();
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname !== '/login');
    return { browser, page };
  };

  for (const lang of LANGS) {
    const login = await launchBrowser({ width: 1280, height: 720 });
    const loginPage = await login.context.newPage();
    await loginPage.goto(`${server.base}/login`);
    await loginPage.evaluate(`localStorage.setItem('secondlook.lang', '${lang}')`);
    await loginPage.reload();
    await shoot(loginPage, `login.${lang}.png`);
    await login.close();

    const desk = await open(sellerEmail, lang, 1280);
    await desk.page.locator('article.document .badge-bad').first().waitFor();
    await shoot(desk.page, `seller-case.${lang}.png`);
    await desk.browser.close();

    const phone = await open(sellerEmail, lang, 390);
    await phone.page.locator('article.document .badge-bad').first().waitFor();
    await shoot(phone.page, `seller-case-phone.${lang}.png`);
    await phone.browser.close();

    const office = await open('reviewer@demo.secondlook.dev', lang, 1280);
    await office.page.locator('table.queue tbody tr').first().waitFor();
    await shoot(office.page, `office-queue.${lang}.png`);
    await office.page.goto(`${server.base}/office/cases/${sellerCase.id}`);
    await office.page.locator('.viewer-stage canvas').waitFor();
    await shoot(office.page, `office-case.${lang}.png`);
    if (reviewed) {
      await office.page.goto(`${server.base}/office/queue`);
      await office.page.locator('table.queue tbody tr').first().waitFor();
      await shoot(office.page, `review-queue.${lang}.png`);
      await office.page.goto(`${server.base}/office/cases/${reviewed}`);
      const actions = office.page.locator('#actions');
      await actions.locator('input[value=rejected]').check();
      await actions.locator('.decision-form input[type=checkbox]').first().check();
      await actions
        .locator('.decision-form textarea')
        .fill(lang === 'zh' ? '证件与账户信息不符。' : 'The ID does not match the account.');
      await office.page.waitForTimeout(500);
      await actions.screenshot({ path: join(OUT, `decision-panel.${lang}.png`) });
      console.log(`wrote docs/screenshots/decision-panel.${lang}.png`);
    }
    await office.page.goto(`${server.base}/office?trigger=account_association`);
    await office.page.locator('table.queue tbody tr a').first().click();
    await office.page.locator('.graph svg').waitFor();
    await shoot(office.page, `office-association.${lang}.png`);
    await office.browser.close();
  }
} finally {
  await server.stop();
}
