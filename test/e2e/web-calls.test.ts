import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, loggedOutPage } from '../support/browser.js';
import { apiClient, type ServerProcess, startServerProcess } from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '../..');
const PASSWORD = 'correct horse battery';
const seller = (id: string, country: string, city: string, name: string) => ({
  seller_id: id,
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: { line1: '1 Market Street', city, postal_code: '10001', country },
  legal_rep: { full_name: name, date_of_birth: '1988-04-12', nationality: country },
  contact: { email: `${id.toLowerCase()}@example.com` },
  store: { name: `${name} Store`, marketplace: country === 'CN' ? 'US' : 'GB' },
});
const LEEDS = seller('S910001', 'GB', 'Leeds', 'Amelia Hartley');
const SHENZHEN = seller('S910002', 'CN', 'Shenzhen', 'Li Wei');
const MINUTE = 60_000;

/** The wall-clock time of an instant in a zone, as the UI shows it (en-GB, 24 h). */
const clock = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/**
 * Video verification calls in Chromium against `secondlook serve`: a reviewer publishes availability
 * in their zone; a Leeds seller books a call in English (Europe/London times) and downloads its
 * invite; a Shenzhen seller, in Chinese, sees Asia/Shanghai times, books and moves a call; once the
 * first call has begun the reviewer records the outcome and the requirement reads satisfied.
 * The policy's notice is 0 h so that a call can begin during the test.
 */
describe('video calls in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  const cases: Record<string, string> = {};
  let firstStart: Date;
  let reviewerZone: string;

  beforeAll(async () => {
    execFileSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    server = await startServerProcess({
      env: { SECONDLOOK_VIDEO_URL_TEMPLATE: 'https://meet.example.com/secondlook/{appointment_id}' },
      prepare: async (cli) => {
        const feed = mkdtempSync(join(tmpdir(), 'secondlook-calls-feed-'));
        writeFileSync(
          join(feed, 'sellers.jsonl'),
          [LEEDS, SHENZHEN].map((s) => `${JSON.stringify(s)}\n`).join(''),
        );
        await cli('import', '--sellers', join(feed, 'sellers.jsonl'));
        rmSync(feed, { recursive: true, force: true });
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@calls.test',
          '--role',
          'admin',
          '--password',
          PASSWORD,
        );
      },
    });
    call = apiClient(server.base);
    ({ token: admin } = await call<{ token: string }>('POST', '/v1/auth/login', undefined, {
      email: 'admin@calls.test',
      password: PASSWORD,
    }));
    const policy = await call<Record<string, unknown>>('GET', '/v1/policy', admin);
    await call('PUT', '/v1/policy', admin, {
      ...policy,
      version: `${new Date().toISOString().slice(0, 10)}.7`,
      live_verification: {
        slot_minutes: 30,
        book_ahead_days: 21,
        min_notice_hours: 0,
        reschedules_allowed: 2,
        rebookings_after_no_show: 1,
      },
    });
    for (const [email, role, seller_id] of [
      ['amelia@calls.test', 'seller', LEEDS.seller_id],
      ['liwei@calls.test', 'seller', SHENZHEN.seller_id],
      ['reviewer@calls.test', 'reviewer', undefined],
    ] as const)
      await call('POST', '/v1/admin/users', admin, {
        email,
        password: PASSWORD,
        role,
        ...(seller_id ? { seller_id } : {}),
      });
    for (const s of [LEEDS, SHENZHEN])
      cases[s.seller_id] = (
        await call<{ id: string }>('POST', '/v1/cases', admin, {
          seller_id: s.seller_id,
          reasons: [{ trigger: 'registration_mismatch', summary: 'Most logins came from another country.' }],
        })
      ).id;
    browser = await launchBrowser({ width: 1280, height: 1000 });
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const logIn = async (email: string): Promise<Page> => {
    const page = await loggedOutPage(browser, server.base);
    // Every login page in English, whatever language the last page chose.
    await page.addInitScript("localStorage.setItem('secondlook.lang', 'en')");
    await page.goto(`${server.base}/`);
    await page.waitForURL('**/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    return page;
  };

  it('lets a reviewer publish availability in their own time zone', async () => {
    // Far from midnight in the chosen zone, so that the window stays on one day.
    reviewerZone = new Date().getUTCHours() < 20 ? 'Europe/London' : 'Asia/Shanghai';
    firstStart = new Date(Math.ceil((Date.now() + 45_000) / MINUTE) * MINUTE);
    const end = new Date(firstStart.getTime() + 90 * MINUTE);
    const page = await logIn('reviewer@calls.test');
    await page.waitForURL('**/office');
    await page.goto(`${server.base}/office/queue`);
    const editor = page.locator('#availability');
    await editor
      .getByLabel('Date')
      .fill(new Intl.DateTimeFormat('en-CA', { timeZone: reviewerZone }).format(firstStart));
    await editor.getByLabel('From').fill(clock(firstStart.toISOString(), reviewerZone));
    await editor.getByLabel('To').fill(clock(end.toISOString(), reviewerZone));
    await editor.getByLabel('Your time zone').fill(reviewerZone);
    await editor.getByLabel('Chinese').check();
    await editor.getByRole('button', { name: 'Publish' }).click();
    await editor.getByText('3 call(s) published.').waitFor();
    expect(await editor.getByTestId('availability-windows').textContent()).toContain(
      `${clock(firstStart.toISOString(), reviewerZone)} – ${clock(end.toISOString(), reviewerZone)} (${reviewerZone})`,
    );
    await page.close();
  });

  it('books a call in English, in Europe/London times, with its join link and invite', async () => {
    const page = await logIn('amelia@calls.test');
    await page.waitForURL('**/seller');
    const live = page.locator('[data-material=live_verification]');
    await live.getByText('Times are shown in Europe/London.', { exact: false }).waitFor();
    const first = clock(firstStart.toISOString(), 'Europe/London');
    const radios = live.getByRole('radio');
    expect(await radios.count()).toBe(3);
    await live.getByLabel(new RegExp(`${first}–`)).check();
    await live.getByRole('button', { name: 'Book this call' }).click();
    const booked = live.getByTestId('booked-call');
    await booked.waitFor();
    expect(await booked.textContent()).toContain(`${first} (Europe/London)`);
    const [appointment] = await call<{ data: { id: string; status: string }[] }>(
      'GET',
      `/v1/cases/${cases[LEEDS.seller_id]}/appointments`,
      admin,
    ).then((r) => r.data);
    expect(appointment?.status).toBe('booked');
    expect(await booked.getByRole('link', { name: 'Join the call' }).getAttribute('href')).toBe(
      `https://meet.example.com/secondlook/${appointment?.id}`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      booked.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`DTSTART:${firstStart.toISOString().replace(/[-:]/g, '').slice(0, 13)}`);
    expect(ics).toContain(`${appointment?.id}@secondlook`);
    await page.close();
  });

  it('books and moves a call in Chinese, in Asia/Shanghai times', async () => {
    const page = await logIn('liwei@calls.test');
    await page.waitForURL('**/seller');
    await page.getByLabel('Language').selectOption('zh');
    const live = page.locator('[data-material=live_verification]');
    await live.getByText('时间按 Asia/Shanghai 显示', { exact: false }).waitFor();
    // The Leeds seller holds the first call: two are left, read in Shanghai's wall clock.
    const second = new Date(firstStart.getTime() + 30 * MINUTE).toISOString();
    const third = new Date(firstStart.getTime() + 60 * MINUTE).toISOString();
    expect(await live.getByRole('radio').count()).toBe(2);
    await live.getByLabel(new RegExp(`${clock(second, 'Asia/Shanghai')}–`)).check();
    await live.getByRole('button', { name: '预约此时间' }).click();
    const booked = live.getByTestId('booked-call');
    await booked.getByText(`${clock(second, 'Asia/Shanghai')} (Asia/Shanghai)`, { exact: false }).waitFor();
    expect(await booked.textContent()).toContain('您的通话已预约在');

    await booked.getByRole('button', { name: '改期' }).click();
    await live.getByLabel(new RegExp(`${clock(third, 'Asia/Shanghai')}–`)).check();
    await live.getByRole('button', { name: '改到此时间' }).click();
    await booked.getByText(`${clock(third, 'Asia/Shanghai')} (Asia/Shanghai)`, { exact: false }).waitFor();
    expect(await live.getByText('已改期').count()).toBe(1);
    const calls = await call<{ data: { status: string; language: string }[] }>(
      'GET',
      `/v1/cases/${cases[SHENZHEN.seller_id]}/appointments`,
      admin,
    );
    expect(calls.data.map((c) => c.status)).toEqual(['rescheduled', 'booked']);
    await page.getByLabel('语言').selectOption('en');
    await page.close();
  });

  it('lets the reviewer who holds the call record its outcome: the requirement reads satisfied', async () => {
    const page = await logIn('reviewer@calls.test');
    await page.waitForURL('**/office');
    await page.goto(`${server.base}/office/cases/${cases[LEEDS.seller_id]}`);
    const calls = page.locator('#calls');
    await calls.getByText(`Seller’s time: `, { exact: false }).waitFor();
    expect(await calls.textContent()).toContain('(Europe/London)');
    // The form opens when the call begins (within about a minute and a half of publishing).
    await calls.getByRole('button', { name: 'Record the outcome' }).waitFor({ timeout: 150_000 });
    await calls.getByLabel('The person matches the ID').check();
    await calls.getByLabel('Government ID').check();
    await calls.getByLabel('Notes').fill('Showed the passport-card original; face matches.');
    await calls.getByRole('button', { name: 'Record the outcome' }).click();
    expect(await calls.getByTestId('call-recorded').textContent()).toContain(
      'Recorded: the requirement is Done.',
    );
    const requirements = await call<{ data: { material: string; status: string }[] }>(
      'GET',
      `/v1/cases/${cases[LEEDS.seller_id]}/requirements`,
      admin,
    );
    expect(requirements.data.find((r) => r.material === 'live_verification')?.status).toBe('satisfied');
    await expect
      .poll(() => page.locator('#requirements').textContent())
      .toMatch(/Live verification \(selfie or video call\)\s*Done/);
    await page.close();
  }, 240_000);
});
