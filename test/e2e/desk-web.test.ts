import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, loggedOutPage } from '../support/browser.js';
import { apiClient, type ServerProcess, startServerProcess } from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '../..');
const PASSWORD = 'correct horse battery';
const person = (id: string, name: string, email: string, country: string) => ({
  seller_id: id,
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: { line1: '1 Main Road', city: 'Town', country },
  legal_rep: { full_name: name, date_of_birth: '1988-04-12', nationality: country },
  contact: { email, phone: country === 'CN' ? '+86 138 0013 8000' : '+44 20 7946 0018' },
  store: { name: `${id} Store`, marketplace: 'GB' },
});
const SELLERS = [
  person('S930001', '王晓明', 'xiaoming.wang@example.cn', 'CN'),
  person('S930002', 'Alice Müller', 'alice@nova.example', 'GB'),
  person('S930003', '李华', 'li.hua@example.cn', 'CN'),
];
const STAFF = [
  ['rita@desk.test', 'reviewer', 'Rita Reviewer'],
  ['sam@desk.test', 'supervisor', 'Sam Supervisor'],
] as const;

/** What each language says: the texts the test looks for (the web's en and zh files). */
const WORDS = {
  en: {
    locale: 'en-GB',
    hits: (q: string, n: number) => `${n} seller(s) found for “${q}”.`,
    selectAll: 'Select all shown',
    assignTo: 'Assign to',
    assign: 'Assign',
    release: 'Release',
    note: 'Add note',
    noteText: 'Internal note for the selected cases',
    done: 'done',
    changed: 'changed meanwhile, left as it is',
    summary: (ok: number, failed: number) => `${ok} done, ${failed} not done`,
    exportSelected: 'Export selected (CSV)',
    exportAll: 'Export cases (JSON lines)',
    dashboard: 'The review operation',
    queued: 'In the queue',
    bell: /^Notifications/,
    assigned: 'This case was assigned to you',
  },
  zh: {
    locale: 'zh-CN',
    hits: (q: string, n: number) => `与“${q}”相关的卖家：${n} 个。`,
    selectAll: '全选本页',
    assignTo: '分配给',
    assign: '分配',
    release: '释放',
    note: '添加备注',
    noteText: '所选案件的内部备注',
    done: '已完成',
    changed: '期间已被更改，未作处理',
    summary: (ok: number, failed: number) => `完成 ${ok} 个，未完成 ${failed} 个`,
    exportSelected: '导出所选（CSV）',
    exportAll: '导出案件（JSON 行）',
    dashboard: '审核运营',
    queued: '队列中',
    bell: /^通知/,
    assigned: '此案件已分配给您',
  },
} as const;

/** A one-page PDF no other upload has (the same file twice on a case is refused). */
async function uniquePdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]).drawText(`${text} ${Math.random()}`, { x: 10, y: 100, size: 8 });
  return pdf.save();
}

/**
 * The risk desk in the browser, in English and in 简体中文: search by 汉字, pinyin and e-mail; a
 * supervisor assigns, notes and releases the selected cases and sees each case's result (one case
 * changed meanwhile is reported and left as it is); an export of the selected cases is downloaded
 * and its rows read; the dashboard and the reviewer's bell.
 */
describe('the risk desk in the browser', () => {
  let server: ServerProcess;
  let call: ReturnType<typeof apiClient>;
  let sam: string;
  let ritaId: string;
  const caseOf = new Map<string, string>();

  beforeAll(async () => {
    execFileSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    server = await startServerProcess({
      prepare: async (cli) => {
        const feed = mkdtempSync(join(tmpdir(), 'secondlook-desk-feed-'));
        writeFileSync(join(feed, 'sellers.jsonl'), SELLERS.map((s) => `${JSON.stringify(s)}\n`).join(''));
        await cli('import', '--sellers', join(feed, 'sellers.jsonl'));
        rmSync(feed, { recursive: true, force: true });
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@desk.test',
          '--role',
          'admin',
          '--password',
          PASSWORD,
        );
      },
    });
    call = apiClient(server.base);
    const login = async (email: string) =>
      (await call<{ token: string }>('POST', '/v1/auth/login', undefined, { email, password: PASSWORD }))
        .token;
    const admin = await login('admin@desk.test');
    for (const [email, role, name] of STAFF) {
      const made = await call<{ id: string }>('POST', '/v1/admin/users', admin, {
        email,
        password: PASSWORD,
        role,
        display_name: name,
      });
      if (role === 'reviewer') ritaId = made.id;
    }
    sam = await login('sam@desk.test');
    for (const s of SELLERS) {
      const email = `user-${s.seller_id}@desk.test`;
      await call('POST', '/v1/admin/users', admin, {
        email,
        password: PASSWORD,
        role: 'seller',
        seller_id: s.seller_id,
      });
      const seller = await login(email);
      const opened = await call<{ id: string }>('POST', '/v1/cases', admin, {
        seller_id: s.seller_id,
        reasons: [{ trigger: 'sales_anomaly', summary: 'Orders rose tenfold in one week.' }],
      });
      // The live re-evaluation of the newly imported seller may add requirements after the case
      // opens: answer what is asked, then submit, until the server takes it (as a seller would).
      const answered = new Set<string>();
      let submitted = false;
      for (let round = 0; round < 10 && !submitted; round++) {
        const requirements = await call<{
          data: { material: string; kind: string; accepted_variants: string[] }[];
        }>('GET', `/v1/cases/${opened.id}/requirements`, seller);
        for (const r of requirements.data.filter((q) => q.kind === 'document' && !answered.has(q.material))) {
          const form = new FormData();
          form.append('type', r.accepted_variants[0]!);
          form.append(
            'file',
            new Blob([await uniquePdf(r.material)], { type: 'application/pdf' }),
            `${r.material}.pdf`,
          );
          const response = await fetch(
            `${server.base}/v1/cases/${opened.id}/requirements/${r.material}/documents`,
            {
              method: 'POST',
              headers: { authorization: `Bearer ${seller}` },
              body: form,
            },
          );
          expect(response.status).toBe(202);
          answered.add(r.material);
        }
        submitted = await call('POST', `/v1/cases/${opened.id}/submit`, seller, {}).then(
          () => true,
          async (error: Error) => {
            if (round === 9) throw error;
            await new Promise((resolve) => setTimeout(resolve, 500));
            return false;
          },
        );
      }
      caseOf.set(s.seller_id, opened.id);
    }
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  });

  describe.each(['en', 'zh'] as const)('in %s', (lang) => {
    const w = WORDS[lang];
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser({ width: 1400, height: 900, locale: w.locale });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    const logIn = async (email: string): Promise<Page> => {
      const page = await loggedOutPage(browser, server.base);
      await page.waitForURL('**/login');
      await page.locator('input[type=email]').fill(email);
      await page.locator('input[type=password]').fill(PASSWORD);
      await page.locator('button[type=submit]').click();
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      return page;
    };

    it('finds a seller by 汉字 name, pinyin and e-mail', async () => {
      const page = await logIn('rita@desk.test');
      await page.locator('#desk-search-q').fill('王晓明');
      await page.locator('#desk-search-q').press('Enter');
      await page.getByText(w.hits('王晓明', 1)).waitFor();
      await page.getByText('S930001').first().waitFor();
      for (const q of ['wang xiaoming', 'Xiaoming.Wang@Example.cn']) {
        await page.goto(`${server.base}/office/search?q=${encodeURIComponent(q)}`);
        await page.getByText(w.hits(q, 1)).waitFor();
        expect(await page.getByText('王晓明').count()).toBeGreaterThan(0);
      }
      await page.close();
    }, 120_000);

    it('assigns, notes and releases the selected cases, and says what happened to each', async () => {
      const page = await logIn('sam@desk.test');
      await page.goto(`${server.base}/office/list`);
      await page.getByText('李华').waitFor();
      await page.getByLabel(w.selectAll).check();
      // Meanwhile, another supervisor takes one case: the page still holds its old revision.
      const changed = caseOf.get('S930003')!;
      const now = await call<{ revision: number }>('GET', `/v1/cases/${changed}`, sam);
      await call('POST', `/v1/cases/${changed}/assign`, sam, { assignee_id: ritaId, revision: now.revision });
      await page.getByLabel(w.assignTo).selectOption(ritaId);
      /** Clicks a bulk action's button and waits for its answer and for the list to be read again. */
      const act = async (name: string) => {
        const answered = page.waitForResponse((r) => r.url().endsWith('/v1/cases/bulk'));
        const listed = page.waitForResponse((r) => r.url().includes('/v1/case-list?'));
        await page.getByRole('button', { name, exact: true }).click();
        expect((await answered).status()).toBe(200);
        await listed;
      };
      await act(w.assign);
      const results = page.locator('.bulk-results');
      await results.getByText(w.summary(2, 1)).waitFor();
      expect(await results.locator('li[data-result=ok]').count()).toBe(2);
      for (const text of await results.locator('li[data-result=ok]').allInnerTexts())
        expect(text).toContain(w.done);
      const conflict = await results.locator('li[data-result=CONFLICT]').textContent();
      expect(conflict).toContain('李华');
      expect(conflict).toContain(w.changed);

      // The list was read again: every case is now Rita's, with its new revision.
      await page.getByLabel(w.selectAll).check();
      await page.getByPlaceholder(w.noteText).fill(`checked in ${lang}`);
      await act(w.note);
      await results.getByText(w.summary(3, 0)).waitFor();
      await page.getByLabel(w.selectAll).check();
      await act(w.release);
      await results.getByText(w.summary(3, 0)).waitFor();
      for (const id of caseOf.values()) {
        const after = await call<{ assignee_id: string | null }>('GET', `/v1/cases/${id}`, sam);
        expect(after.assignee_id).toBeNull();
      }
      await page.close();
    }, 180_000);

    it('downloads an export of the selected cases and of the list', async () => {
      const page = await logIn('sam@desk.test');
      await page.goto(`${server.base}/office/list`);
      await page.getByText('李华').waitFor();
      await page.getByLabel(w.selectAll).check();
      await page.getByRole('checkbox').nth(2).uncheck();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w.exportSelected }).click(),
      ]);
      const rows = readFileSync(await download.path(), 'utf8')
        .trimEnd()
        .split('\r\n');
      expect(rows[0]!.split(',').slice(0, 2)).toEqual(['id', 'seller_id']);
      expect(rows).toHaveLength(3);
      const [all] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w.exportAll }).click(),
      ]);
      const lines = readFileSync(await all.path(), 'utf8')
        .trim()
        .split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { seller_id: string }).seller_id).sort()).toEqual(
        SELLERS.map((s) => s.seller_id),
      );
      await page.close();
    }, 120_000);

    it('shows the dashboard to the supervisor and the assignment in the reviewer’s bell', async () => {
      const page = await logIn('sam@desk.test');
      await page.goto(`${server.base}/office/dashboard`);
      await page.getByRole('heading', { name: w.dashboard }).waitFor();
      await page.getByText(w.queued).first().waitFor();
      await page.close();
      const rita = await logIn('rita@desk.test');
      await rita.getByRole('button', { name: w.bell }).click();
      await rita.getByText(w.assigned).first().waitFor();
      await rita.close();
    }, 120_000);
  });
});
