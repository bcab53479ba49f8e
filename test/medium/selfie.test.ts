import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findRequirements } from '../../src/modules/cases/index.js';
import { findSelfies } from '../../src/modules/documents/index.js';
import { findFilesOnlyOf } from '../../src/modules/privacy/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { chainedAuditTrail } from '../support/audit.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { multipart } from '../support/multipart.js';
import { caller, type Person, personFor } from '../support/review.js';
import { specimenDir } from '../support/shared-datasets.js';

/** Specimen documents with portraits (outside data, never copied into the repository). */
const SPECIMENS = specimenDir() ?? '';
const specimen = (name: string) => readFileSync(join(SPECIMENS, `${name}.jpg`));

/**
 * Selfies through the API with the real face model: the checks' codes, the face match against the
 * government ID the seller uploaded, and bad input refused with a code while nothing accepted
 * changes.
 */
describe.skipIf(!SPECIMENS)('selfie verification (needs ../shared/datasets/mrz-specimens)', () => {
  let t: TestApp;
  let seller: Person;
  let reviewer: Person;
  let caseId: string;
  /** A face cut from a specimen, as large as a selfie shows it, on a grey 720×960 picture. */
  const portraitOf = async (name: string, width = 420) => {
    const bytes = specimen(name);
    const face = (await t.context.faces.analyze(bytes)).faces[0];
    if (!face) throw new Error(`no face on ${name}`);
    const m = 0.5;
    const meta = await sharp(bytes).metadata();
    const left = Math.max(0, Math.round(face.box.x - face.box.width * m));
    const top = Math.max(0, Math.round(face.box.y - face.box.height * m));
    return sharp(bytes)
      .extract({
        left,
        top,
        width: Math.min((meta.width ?? 0) - left, Math.round(face.box.width * (1 + 2 * m))),
        height: Math.min((meta.height ?? 0) - top, Math.round(face.box.height * (1 + 2 * m))),
      })
      .resize({ width })
      .toBuffer();
  };
  const onCanvas = (parts: { input: Buffer; left: number; top: number }[], width = 720) =>
    sharp({ create: { width, height: 960, channels: 3, background: '#8a8f96' } })
      .composite(parts)
      .jpeg({ quality: 92 })
      .toBuffer();
  const send = async (bytes: Uint8Array, name = 'selfie.jpg', who: Person = seller) => {
    const { payload, contentType } = await multipart([['file', bytes, name]]);
    return t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/live_verification/selfie`,
      payload,
      headers: { authorization: `Bearer ${who.token}`, 'content-type': contentType },
    });
  };
  const liveStatus = async () =>
    (await findRequirements(t.context.db, caseId)).find((r) => r.material === 'live_verification');
  const codes = (res: { json(): { checks: { code: string; status: string }[] } }) =>
    Object.fromEntries(res.json().checks.map((c) => [c.code, c.status]));

  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('F1')]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'F1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [{ trigger: 'identity_verification', score: 0.9, summary: 'ID check failed.', evidence: {} }],
    });
    caseId = (opened as { caseId: string }).caseId;
    seller = await personFor(t, 'seller', 'F1');
    reviewer = await personFor(t, 'reviewer');
    const { payload, contentType } = await multipart([
      ['type', 'national_id'],
      ['file', specimen('td1'), 'id-card.jpg'],
    ]);
    const id = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/government_id/documents`,
      payload,
      headers: { authorization: `Bearer ${seller.token}`, 'content-type': contentType },
    });
    expect(id.statusCode).toBe(202);
  }, 120_000);
  afterAll(() => t.close());

  it('a selfie of the ID holder passes every check and matches the portrait, waiting for the reviewer', async () => {
    const res = await send(await onCanvas([{ input: await portraitOf('mrva'), left: 150, top: 200 }]));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ outcome: 'pass', faces: { selfie: true, id: true } });
    expect(codes(res)).toEqual({
      SELFIE_ONE_FACE: 'pass',
      SELFIE_FACE_CLEAR: 'pass',
      SELFIE_EYES_VISIBLE: 'pass',
      SELFIE_LIVE: 'pass',
      FACE_MATCH: 'pass',
    });
    expect(res.json().similarity).toBeGreaterThanOrEqual(res.json().match_threshold);
    expect((await liveStatus())?.status).toBe('pending_verification');
    const taken: unknown[] = [];
    for await (const e of chainedAuditTrail(t.context)) if (e.action === 'selfie.taken') taken.push(e.data);
    expect(taken).toEqual([expect.objectContaining({ outcome: 'pass', failed: [] })]);
  }, 120_000);

  it('another person’s face warns with a low score and is still only evidence', async () => {
    const res = await send(await onCanvas([{ input: await portraitOf('passport_uk'), left: 150, top: 200 }]));
    expect(res.statusCode).toBe(201);
    expect(codes(res)).toMatchObject({ SELFIE_ONE_FACE: 'pass', FACE_MATCH_LOW: 'warn' });
    expect(res.json().similarity).toBeLessThan(0.5);
    expect(res.json().outcome).toBe('warn');
    expect((await liveStatus())?.status).toBe('pending_verification');
  }, 120_000);

  it('no face and three faces fail with their codes, and are kept', async () => {
    const blank = await onCanvas([]);
    const none = await send(blank);
    expect(none.statusCode).toBe(201);
    expect(codes(none)).toEqual({ SELFIE_NO_FACE: 'fail' });
    expect(none.json().checks[0].message.zh).toContain('未检测到人脸');
    const three = await send(
      await onCanvas(
        [
          { input: await portraitOf('mrva', 300), left: 20, top: 300 },
          { input: await portraitOf('passport_uk', 300), left: 340, top: 300 },
          { input: await portraitOf('td2', 300), left: 660, top: 300 },
        ],
        980,
      ),
    );
    expect(three.statusCode).toBe(201);
    expect(codes(three)).toEqual({ SELFIE_MANY_FACES: 'fail' });
    expect(three.json().checks[0].evidence.faces).toBe(3);
    expect(await liveStatus()).toMatchObject({ status: 'errored', errors: ['SELFIE_MANY_FACES'] });
    expect(await findSelfies(t.context.db, caseId)).toHaveLength(4);
  }, 180_000);

  it('refuses 0 bytes, HEIC, an undecodable JPEG and a huge image with codes, storing nothing', async () => {
    const before = await findSelfies(t.context.db, caseId);
    const status = await liveStatus();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    const huge = await sharp({ create: { width: 9000, height: 8000, channels: 3, background: '#777' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const cases: [Uint8Array, number, string][] = [
      [new Uint8Array(), 422, 'FILE_EMPTY'],
      [heic, 415, 'FILE_TYPE_UNSUPPORTED'],
      [broken, 422, 'IMAGE_UNREADABLE'],
      [huge, 413, 'IMAGE_TOO_LARGE'],
    ];
    for (const [bytes, statusCode, code] of cases) {
      const res = await send(bytes);
      expect([res.statusCode, res.json().code]).toEqual([statusCode, code]);
      expect(res.json().error.details.where).toBe('form.file');
    }
    expect(await findSelfies(t.context.db, caseId)).toHaveLength(before.length);
    expect(await liveStatus()).toEqual(status);
  }, 120_000);

  it('shows the reviewer both faces; the seller reads the checks but not the crops', async () => {
    const [newest] = (await caller(t)('GET', `/v1/cases/${caseId}/selfies`, reviewer)).json().data;
    const passing = (await findSelfies(t.context.db, caseId)).find((s) => s.outcome === 'pass');
    for (const which of ['selfie', 'id']) {
      const crop = await caller(t)('GET', `/v1/selfies/${passing?.id}/faces/${which}`, reviewer);
      expect([crop.statusCode, crop.headers['content-type']]).toEqual([200, 'image/jpeg']);
      expect((await sharp(crop.rawPayload).metadata()).width).toBeGreaterThan(50);
    }
    expect((await caller(t)('GET', `/v1/selfies/${newest.id}/faces/selfie`, seller)).statusCode).toBe(403);
    expect((await caller(t)('GET', `/v1/cases/${caseId}/selfies`, seller)).json().data).toHaveLength(4);
  }, 60_000);

  it('the selfie images are the seller’s files: erasure and retention find them', async () => {
    const stored = (await findSelfies(t.context.db, caseId)).map((s) => s.sha256);
    const files = await findFilesOnlyOf(t.context.db, ['F1'], 'selfies');
    expect([...files].sort()).toEqual([...new Set(stored)].sort());
    expect(await findFilesOnlyOf(t.context.db, ['F1'])).toEqual(expect.arrayContaining(stored));
  });
});
