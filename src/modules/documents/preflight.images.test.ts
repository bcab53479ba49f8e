import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckItem } from './checks/check.types.js';
import { LEEDS_SELLER } from './checks/fixtures.test-data.js';
import { findReadableTurn, readability } from './extract/image.orientation.js';
import { createOcrPool, type OcrPool } from './extract/index.js';
import { renderTextImage } from './extract/testing.fixtures.js';
import { examineDocument } from './preflight.js';

/**
 * Photos as phones and scanners really save them, through the real OCR: sideways or upside down
 * without EXIF to say so, mirrored by a front camera, turned by EXIF only, CMYK, 16 bits a
 * channel, two pages in one TIFF, or a thumbnail. Each is read or gets a clear result; none throws.
 */
const BILL = [
  'Yorkshire Water',
  'Statement date: 2026-11-02',
  'Account holder: Emily Carter',
  '14 Harbour Rd, Flat 3',
  'Leeds LS1 4AB',
];
const upright = renderTextImage({ lines: BILL });
const ocr = createOcrPool();
afterAll(() => ocr.close());

const codes = (checks: readonly CheckItem[]) => checks.map((c) => `${c.code}:${c.status}`);

async function examineBill(bytes: Buffer, name: string) {
  return examineDocument(
    { type: 'utility_bill', files: [{ name, bytes }] },
    { seller: LEEDS_SELLER, asOf: '2026-11-29', ocr },
  );
}

describe('photos the wrong way up', () => {
  it.each([
    ['upside down', () => sharp(upright).rotate(180).png().toBuffer(), { degrees: 180, mirrored: false }],
    ['on its side', () => sharp(upright).rotate(90).png().toBuffer(), { degrees: 270, mirrored: false }],
    [
      'mirrored by a front camera',
      () => sharp(upright).flop().png().toBuffer(),
      { degrees: 0, mirrored: true },
    ],
  ])('reads a bill photographed %s, and says how it was turned', async (_way, make, turned) => {
    const { report, reading } = await examineBill(await make(), 'bill.png');
    expect(codes(report.checks)).toEqual(
      expect.arrayContaining(['FIELD_FOUND:pass', 'ISSUED_RECENTLY:pass']),
    );
    expect(codes(report.checks)).not.toContain('OCR_NOT_CONFIDENT:warn');
    expect(reading?.pages[0]).toMatchObject({
      source: 'ocr',
      turned,
      text: expect.stringContaining('Leeds'),
    });
  });

  it('places what it read on the photo as uploaded, where the viewer draws it', async () => {
    const upside = await sharp(upright).rotate(180).png().toBuffer();
    const dateOf = async (bytes: Buffer) =>
      (await examineBill(bytes, 'bill.png')).reading?.fields.find((f) => f.name === 'date')?.box;
    const [straight, turned] = [await dateOf(upright), await dateOf(upside)];
    expect(straight && turned).toBeTruthy();
    if (!straight || !turned) return;
    expect(turned.x).toBeCloseTo(1 - straight.x - straight.width, 1);
    expect(turned.y).toBeCloseTo(1 - straight.y - straight.height, 1);
  });

  it('turns by EXIF orientation without trying other ways up', async () => {
    const sideways = await sharp(upright).rotate(-90).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { report, reading } = await examineBill(sideways, 'bill.jpg');
    expect(codes(report.checks)).toContain('FIELD_FOUND:pass');
    expect(reading?.pages[0]?.turned).toBeUndefined();
  });

  it('keeps a page that reads badly every way up as it is, and asks for a clearer copy', async () => {
    const noise = await sharp(upright).blur(12).png().toBuffer();
    const { report, reading } = await examineBill(noise, 'bill.png');
    expect(reading?.pages[0]?.turned).toBeUndefined();
    expect(codes(report.checks)).not.toContain('FIELD_FOUND:pass');
    expect(report.checks.some((c) => c.status === 'warn' || c.status === 'fail')).toBe(true);
  });

  it('tries no other way up for a page read with confidence', async () => {
    const asked: string[] = [];
    const counting: OcrPool = {
      isAvailable: () => true,
      recognise: async (_image, language = 'eng') => {
        asked.push(language);
        return { status: 'read', language, text: 'x', confidence: 20, ms: 1 };
      },
      close: async () => {},
    };
    expect(await findReadableTurn(upright, { text: 'x', confidence: 80 }, counting, 'eng')).toBeUndefined();
    expect(asked).toEqual([]);
    // Every way up reads alike: nothing is clearly better, so nothing is turned.
    expect(await findReadableTurn(upright, { text: 'x', confidence: 20 }, counting, 'eng')).toBeUndefined();
    expect(asked).toHaveLength(4);
  });

  it('scores a page of words above a few sure letters found in stripes', () => {
    expect(readability('Hl\ndi\nki\n', 46)).toBe(0);
    expect(readability('Yorkshire Water\nStatement date: 2026-11-02\nAccount holder: Emily Carter', 93)).toBe(
      93,
    );
    expect(readability('营业执照 统一社会信用代码 91440300MA5FXXXX1X 名称 深圳市星河贸易有限公司', 80)).toBe(
      80,
    );
  });
});

describe('image files as devices save them', () => {
  it.each([
    ['a CMYK JPEG', () => sharp(upright).toColourspace('cmyk').jpeg().toBuffer(), 'bill.jpg'],
    ['a 16-bit PNG', () => sharp(upright).toColourspace('rgb16').png().toBuffer(), 'bill.png'],
  ])('reads %s', async (_kind, make, name) => {
    const { report } = await examineBill(await make(), name);
    expect(codes(report.checks)).toEqual(expect.arrayContaining(['FILE_ACCEPTED:pass', 'FIELD_FOUND:pass']));
  });

  it('reads every page of a multi-page TIFF', async () => {
    const second = renderTextImage({ lines: ['Yorkshire Water', 'Page 2', 'Payments received, thank you'] });
    const tiff = await sharp([upright, second], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const { reading } = await examineBill(tiff, 'bill.tiff');
    expect(reading?.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(reading?.pages[1]?.text).toContain('Payments');
  });

  it('fails a thumbnail on its resolution instead of guessing at its text', async () => {
    const thumbnail = await sharp(upright).resize(8, 8).png().toBuffer();
    const { report } = await examineBill(thumbnail, 'bill.png');
    expect(codes(report.checks)).toContain('IMAGE_LOW_RESOLUTION:fail');
  });
});
