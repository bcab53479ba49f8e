import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHumanFaceAnalyzer } from '../../src/adapters/faces/human.face-analyzer.js';
import { type Browser, launchBrowser, loggedOutPage } from '../support/browser.js';
import { multipart } from '../support/multipart.js';
import { apiClient, type ServerProcess, startServerProcess } from '../support/server-process.js';
import { specimenDir } from '../support/shared-datasets.js';

const ROOT = join(import.meta.dirname, '../..');
/** Specimen documents with portraits (outside data, never copied into the repository). */
const SPECIMENS = specimenDir() ?? '';
const PASSWORD = 'correct horse battery';
const seller = (id: string, name: string) => ({
  seller_id: id,
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: { line1: '1 Utopia Road', city: 'Leeds', postal_code: 'LS1 4AB', country: 'GB' },
  legal_rep: { full_name: name, date_of_birth: '1974-08-12', nationality: 'GB' },
  contact: { email: `${id}@example.com`, phone: '+44 7700 900123' },
  store: { name: `${name} Store`, marketplace: 'GB' },
});

/**
 * A YUV4MPEG2 clip (4:2:0) of one picture, for Chromium's fake camera: the ID holder's face, cut
 * from a specimen document and enlarged, on a grey background.
 */
async function fakeCameraClip(dir: string): Promise<string> {
  const bytes = readFileSync(join(SPECIMENS, 'mrva.jpg'));
  const analyzer = createHumanFaceAnalyzer();
  const face = (await analyzer.analyze(bytes)).faces[0];
  if (!face) throw new Error('no face on the specimen');
  const meta = await sharp(bytes).metadata();
  const left = Math.max(0, Math.round(face.box.x - face.box.width / 2));
  const top = Math.max(0, Math.round(face.box.y - face.box.height / 2));
  const width = Math.min((meta.width ?? 0) - left, face.box.width * 2);
  const height = Math.min((meta.height ?? 0) - top, face.box.height * 2);
  const portrait = await sharp(bytes)
    .extract({ left, top, width, height })
    .resize({ height: 400 })
    .toBuffer();
  const [w, h] = [640, 480];
  const composed = await sharp({ create: { width: w, height: h, channels: 3, background: '#8a8f96' } })
    .composite([{ input: portrait, gravity: 'centre' }])
    .png()
    .toBuffer();
  const { data, info } = await sharp(composed).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const y = Buffer.alloc(w * h);
  const u = Buffer.alloc((w / 2) * (h / 2));
  const v = Buffer.alloc((w / 2) * (h / 2));
  for (let row = 0; row < h; row++)
    for (let col = 0; col < w; col++) {
      const i = (row * w + col) * info.channels;
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      const byte = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
      y[row * w + col] = byte(0.299 * r + 0.587 * g + 0.114 * b);
      if (row % 2 === 0 && col % 2 === 0) {
        const c = (row / 2) * (w / 2) + col / 2;
        u[c] = byte(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        v[c] = byte(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  const file = join(dir, 'selfie.y4m');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
  return file;
}

/**
 * A selfie through the web UI in Debian's Chromium, the camera a fake stream made from a specimen's
 * portrait: one seller in English, one in Chinese; then the reviewer sees both faces and the score.
 */
describe.skipIf(!SPECIMENS)('selfie in a real browser with a fake camera (needs ../shared)', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let work: string;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    execFileSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    work = mkdtempSync(join(tmpdir(), 'secondlook-selfie-'));
    const clip = await fakeCameraClip(work);
    server = await startServerProcess({
      prepare: async (cli) => {
        const feed = join(work, 'sellers.jsonl');
        writeFileSync(
          feed,
          `${[seller('S800001', 'Anna Eriksson'), seller('S800002', 'Anna Maria')].map((s) => JSON.stringify(s)).join('\n')}\n`,
        );
        await cli('import', '--sellers', feed);
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@selfie.test',
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
    const admin = await login('admin@selfie.test');
    await call('POST', '/v1/admin/users', admin, {
      email: 'reviewer@selfie.test',
      password: PASSWORD,
      role: 'reviewer',
    });
    for (const id of ['S800001', 'S800002']) {
      const email = `${id}@selfie.test`;
      await call('POST', '/v1/admin/users', admin, {
        email,
        password: PASSWORD,
        role: 'seller',
        seller_id: id,
      });
      const opened = await call<{ id: string }>('POST', '/v1/cases', admin, {
        seller_id: id,
        reasons: [{ trigger: 'identity_verification', summary: 'The identity check at sign-up failed.' }],
      });
      cases[id] = opened.id;
      const { payload, contentType } = await multipart([
        ['type', 'national_id'],
        ['file', readFileSync(join(SPECIMENS, 'td1.jpg')), 'id-card.jpg'],
      ]);
      const upload = await fetch(
        `${server.base}/v1/cases/${opened.id}/requirements/government_id/documents`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${await login(email)}`, 'content-type': contentType },
          body: payload,
        },
      );
      expect(upload.status).toBe(202);
    }
    browser = await launchBrowser({
      args: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${clip}`,
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const logIn = async (email: string) => {
    // A test that failed before logging out leaves its session in the shared profile.
    page = await loggedOutPage(browser, server.base);
    await page.waitForURL('**/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
  };

  const takeSelfie = async (words: { open: string; shoot: string; send: string }) => {
    const card = page.locator('[data-material=live_verification]');
    await card.getByRole('button', { name: words.open }).click();
    await expect
      .poll(() => card.locator('video').evaluate((v) => (v as unknown as { videoWidth: number }).videoWidth))
      .toBe(640);
    await card.getByRole('button', { name: words.shoot }).click();
    await card.getByRole('button', { name: words.send }).click();
    const result = card.locator('.selfie-result');
    await result.waitFor({ timeout: 120_000 });
    return { card, result };
  };

  it('an English-speaking seller takes the selfie with the camera and reads the checks', async () => {
    await logIn('S800001@selfie.test');
    await page.waitForURL('**/seller');
    const { card, result } = await takeSelfie({
      open: 'Open the camera',
      shoot: 'Take the selfie',
      send: 'Send the selfie',
    });
    // The checks' text first, so that a failure shows what the model said.
    expect(await result.textContent()).toContain('The face resembles the portrait on your ID');
    expect(await result.textContent()).toMatch(/Selfie received/);
    // A printed specimen's portrait sits at the anti-spoofing model's edge: a replay warning may come.
    expect(['pass', 'warn']).toContain(await result.getAttribute('data-outcome'));
    expect(await card.locator('.selfie-result li, .selfie-result summary').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Log out' }).click();
  }, 180_000);

  it('a Chinese-speaking seller does the same in Chinese', async () => {
    await logIn('S800002@selfie.test');
    await page.waitForURL('**/seller');
    await page.getByLabel('Language').selectOption('zh');
    const { result } = await takeSelfie({ open: '打开摄像头', shoot: '拍摄自拍', send: '发送自拍' });
    expect(await result.textContent()).toContain('人脸与证件照相似');
    expect(await result.textContent()).toMatch(/已收到自拍/);
    expect(['pass', 'warn']).toContain(await result.getAttribute('data-outcome'));
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('button', { name: 'Log out' }).click();
  }, 180_000);

  it('the reviewer sees the two faces side by side and the score as evidence', async () => {
    await logIn('reviewer@selfie.test');
    await page.waitForURL('**/office');
    await page.goto(`${server.base}/office/cases/${cases.S800001}`);
    const section = page.locator('#selfie');
    await section.locator('.face-score').waitFor({ timeout: 30_000 });
    expect(await section.locator('.face-score').textContent()).toMatch(
      /Face-match similarity [01]\.\d\d \(the model reads ≥ 0\.80 as the same person\) Evidence for your decision, not an acceptance/,
    );
    const widths = () =>
      section
        .locator('img')
        .evaluateAll((images) => images.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth));
    await expect.poll(widths, { timeout: 15_000 }).toEqual([expect.any(Number), expect.any(Number)]);
    expect((await widths()).every((w) => w > 50)).toBe(true);
    expect(await section.getByText('Portrait on the ID').count()).toBe(1);
  }, 120_000);
});
