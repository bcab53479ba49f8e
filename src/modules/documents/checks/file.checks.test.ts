import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { ImageMetrics } from '../extract/image.metrics.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import type { DocumentReading, ReadFile, ReadPage } from '../reading/reading.schema.js';
import { type CheckRules, emitterOf, runCheck } from './check.definition.js';
import { imageQualityCheck, integrityCheck } from './file.checks.js';
import { LEEDS_SELLER } from './fixtures.test-data.js';

// The integrity and image-quality definitions on readings built here: each failure a file can
// have, each image threshold on both sides, and the evidence and message parameters of each item.

const rules: CheckRules = { asOf: '2026-11-29', limits: DOCUMENT_LIMITS };
const file = (name: string, more: Partial<ReadFile> = {}): ReadFile => ({
  name,
  sha256: name,
  unavailableLanguages: [],
  ...more,
});
const textPage = (text: string, at = 1): ReadPage => ({ file: 1, page: at, source: 'text_layer', text });
const reading = (
  files: ReadFile[],
  pages: ReadPage[] = [textPage('Statement')],
  more: Partial<DocumentReading> = {},
) =>
  ({
    type: 'utility_bill',
    script: 'latin',
    files,
    readers: [],
    pages,
    fields: [],
    zoneSearched: false,
    ...more,
  }) as DocumentReading;

describe('integrity', () => {
  const emit = emitterOf(integrityCheck);
  const run = (read: DocumentReading, applied: CheckRules = rules) =>
    runCheck(integrityCheck, read, applied, LEEDS_SELLER);

  it('accepts a file it read, naming its kind, and warns for each language it could not read', () => {
    const items = run(
      reading([
        file('a.pdf', {
          mime: 'application/pdf',
          kind: 'pdf',
          unavailableLanguages: [
            { language: 'chi_sim', reason: 'not installed' },
            { language: 'jpn', reason: 'not installed' },
          ],
        }),
      ]),
    );
    expect(items).toEqual([
      emit('FILE_ACCEPTED', 'pass', { file: 'a.pdf', mime: 'application/pdf' }, { kind: 'PDF' }),
      emit(
        'LANGUAGE_UNAVAILABLE',
        'warn',
        { file: 'a.pdf', language: 'chi_sim', reason: 'not installed' },
        { language: 'chi_sim' },
      ),
      emit(
        'LANGUAGE_UNAVAILABLE',
        'warn',
        { file: 'a.pdf', language: 'jpn', reason: 'not installed' },
        { language: 'jpn' },
      ),
    ]);
    expect(items[0]).toMatchObject({
      group: 'integrity',
      message: { en: 'The file opens and is a PDF we can read.' },
    });
    expect(run(reading([file('b.png')]))).toEqual([
      emit('FILE_ACCEPTED', 'pass', { file: 'b.png', mime: undefined }, { kind: '' }),
    ]);
  });

  it('fails a PDF with scripts, a file attached twice, and a file it could not open, skipping the rest', () => {
    const items = run(
      reading([
        file('a.pdf', { kind: 'pdf', pdf: { activeContent: ['JavaScript'], metadata: {} } }),
        file('b.pdf', {
          duplicate: true,
          kind: 'pdf',
          unavailableLanguages: [{ language: 'x', reason: 'y' }],
        }),
        file('c.pdf', { kind: 'pdf', pdf: { activeContent: [], metadata: {} } }),
      ]),
    );
    expect(items).toEqual([
      emit('PDF_ACTIVE_CONTENT', 'fail', { file: 'a.pdf', found: ['JavaScript'] }),
      emit('FILE_DUPLICATE', 'fail', { file: 'b.pdf' }),
      emit('FILE_ACCEPTED', 'pass', { file: 'c.pdf', mime: undefined }, { kind: 'PDF' }),
    ]);
  });

  it('says why a file could not be opened, with the limit it broke', () => {
    const failed = (code: string) =>
      run(reading([file('f', { failure: { code, reason: `why ${code}` } })]))[0];
    expect(failed('file_too_large')).toEqual(
      emit('FILE_TOO_LARGE', 'fail', { file: 'f', reason: 'why file_too_large' }, { limit: '10 MB' }),
    );
    expect(failed('file_too_large')?.message.en).toContain('larger than 10 MB');
    expect(failed('pdf_encrypted')).toEqual(
      emit('PDF_ENCRYPTED', 'fail', { file: 'f', reason: 'why pdf_encrypted' }),
    );
    expect(failed('pdf_too_many_pages')).toEqual(
      emit('FILE_TOO_MANY_PAGES', 'fail', { file: 'f', reason: 'why pdf_too_many_pages' }, { limit: 50 }),
    );
    expect(failed('image_too_many_pages')).toEqual(
      emit('FILE_TOO_MANY_PAGES', 'fail', { file: 'f', reason: 'why image_too_many_pages' }, { limit: 50 }),
    );
    expect(failed('image_too_large')).toEqual(
      emit('IMAGE_TOO_LARGE', 'fail', { file: 'f', reason: 'why image_too_large' }, { limit: 50 }),
    );
    expect(failed('image_too_large')?.message.en).toContain('(50 megapixels at most)');
    expect(failed('unsupported_type')).toEqual(
      emit(
        'FILE_TYPE_UNSUPPORTED',
        'fail',
        { file: 'f', reason: 'why unsupported_type' },
        { detected: 'why unsupported_type' },
      ),
    );
    expect(failed('broken')).toEqual(
      emit('FILE_UNREADABLE', 'fail', { file: 'f', code: 'broken', reason: 'why broken' }),
    );
  });

  it('reads the limits from the rules', () => {
    const limits = {
      ...DOCUMENT_LIMITS,
      maxFileBytes: 5 * 1024 * 1024,
      maxPages: 7,
      maxPixels: 12_000_000,
    } as unknown as CheckRules['limits'];
    const failed = (code: string) =>
      run(reading([file('f', { failure: { code, reason: 'r' } })]), { ...rules, limits })[0]?.message.en;
    expect(failed('file_too_large')).toContain('larger than 5 MB');
    expect(failed('pdf_too_many_pages')).toContain('more than 7 pages');
    expect(failed('image_too_large')).toContain('(12 megapixels at most)');
  });

  it('fails a document with pages but no text, naming every file; not one with no page at all', () => {
    const blank = run(reading([file('a.png'), file('b.png')], [textPage('  '), textPage('\n', 2)]));
    expect(blank.at(-1)).toEqual(emit('TEXT_NOT_READ', 'fail', { files: ['a.png', 'b.png'] }));
    expect(run(reading([file('a.png')], [])).map((i) => i.code)).toEqual(['FILE_ACCEPTED']);
    expect(run(reading([file('a.png')], [textPage(' '), textPage('text', 2)])).map((i) => i.code)).toEqual([
      'FILE_ACCEPTED',
    ]);
  });
});

const SHARP: ImageMetrics = {
  width: 1200,
  height: 1600,
  megapixels: 1.92,
  blurVariance: 400,
  meanLuma: 180,
  highlightClippedShare: 0.05,
  shadowClippedShare: 0.01,
  colourShare: 0.3,
  saturatedChroma: 40,
  isGreyscale: false,
  edgeContentShare: { top: 0, right: 0, bottom: 0, left: 0 },
  touchedEdges: [],
  edgeInkRuns: { top: 0, right: 0, bottom: 0, left: 0 },
  flatColourShare: 0.1,
  screenshot: { likelihood: 0.1, signals: [] },
  dHash: '0000000000000000',
};

describe('image quality', () => {
  const emit = emitterOf(imageQualityCheck);
  const photo = (name: string, changes: Partial<ImageMetrics> = {}, more: Partial<ReadFile> = {}) =>
    file(name, { image: { ...SHARP, ...changes }, ...more });
  const run = (files: ReadFile[], colour?: boolean, more: Partial<DocumentReading> = {}) =>
    runCheck(
      imageQualityCheck,
      reading(files, [textPage('x')], more),
      colour === undefined ? rules : { ...rules, requirement: { colour } },
      LEEDS_SELLER,
    );
  const codes = (files: ReadFile[], colour?: boolean) =>
    run(files, colour).map((i) => `${i.code}:${i.status}`);
  const base = { file: 'p.jpg', width: 1200, height: 1600 };

  it('passes a sharp colour image, and says nothing of files with no image, copies or failures', () => {
    expect(run([photo('p.jpg')])).toEqual([
      emit('IMAGE_QUALITY_OK', 'pass', { ...base, blur_variance: 400 }),
    ]);
    expect(run([photo('p.jpg')])[0]?.group).toBe('image_quality');
    expect(
      run([
        file('a.pdf'),
        photo('b.jpg', { width: 10 }, { duplicate: true }),
        photo('c.jpg', { width: 10 }, { failure: { code: 'x', reason: 'y' } }),
      ]),
    ).toEqual([]);
  });

  it('fails a short side under 600 pixels, naming the size', () => {
    expect(codes([photo('p.jpg', { width: 600 })])).toEqual(['IMAGE_QUALITY_OK:pass']);
    expect(run([photo('p.jpg', { width: 599 })])).toEqual([
      emit('IMAGE_LOW_RESOLUTION', 'fail', { ...base, width: 599 }, { width: 599, height: 1600 }),
    ]);
    expect(codes([photo('p.jpg', { height: 599 })])).toEqual(['IMAGE_LOW_RESOLUTION:fail']);
    expect(run([photo('p.jpg', { height: 599 })])[0]?.message.en).toContain('(1200×599 pixels)');
  });

  it('fails a sharpness under 60 whatever the raw variance JPEG noise lifted', () => {
    expect(codes([photo('p.jpg', { blurVariance: 40, sharpness: 60 })])).toEqual(['IMAGE_QUALITY_OK:pass']);
    expect(run([photo('p.jpg', { blurVariance: 117.4, sharpness: 22 })])).toEqual([
      emit('IMAGE_BLURRY', 'fail', { ...base, blur_variance: 117.4, sharpness: 22 }),
    ]);
  });

  it("fails a scanned PDF's page rendered blurred, naming the page, as an image would fail", () => {
    const pdf = file('statement.pdf');
    const pages = [
      { ...textPage('page one'), sharpness: 613 },
      { ...textPage('page two'), page: 2, sharpness: 5.2 },
    ];
    const items = runCheck(imageQualityCheck, reading([pdf], pages), rules, LEEDS_SELLER);
    expect(items).toEqual([emit('IMAGE_BLURRY', 'fail', { file: 'statement.pdf', page: 2, sharpness: 5.2 })]);
  });

  it('fails a file measured before sharpness by a blur variance under 50', () => {
    expect(codes([photo('p.jpg', { blurVariance: 50 })])).toEqual(['IMAGE_QUALITY_OK:pass']);
    expect(run([photo('p.jpg', { blurVariance: 49.9 })])).toEqual([
      emit('IMAGE_BLURRY', 'fail', { ...base, blur_variance: 49.9 }),
    ]);
  });

  it('fails an edge crossed by ink more than twice, naming the edges', () => {
    expect(codes([photo('p.jpg', { edgeInkRuns: { top: 2, right: 2, bottom: 2, left: 2 } })])).toEqual([
      'IMAGE_QUALITY_OK:pass',
    ]);
    const runs = { top: 3, right: 0, bottom: 5, left: 2 };
    expect(run([photo('p.jpg', { edgeInkRuns: runs })])).toEqual([
      emit('IMAGE_CROPPED', 'fail', { ...base, edges: ['top', 'bottom'], ink_runs: runs }),
    ]);
  });

  it('warns on more than 35 % of highlights clipped', () => {
    expect(codes([photo('p.jpg', { highlightClippedShare: 0.35 })])).toEqual(['IMAGE_QUALITY_OK:pass']);
    expect(run([photo('p.jpg', { highlightClippedShare: 0.36 })])).toEqual([
      emit('IMAGE_GLARE', 'warn', { ...base, clipped: 0.36 }),
    ]);
  });

  it('does not take the clipped pixels of pure-white paper (a scan) for glare', () => {
    expect(codes([photo('p.jpg', { highlightClippedShare: 0.88, paperClipped: true })])).toEqual([
      'IMAGE_QUALITY_OK:pass',
    ]);
    expect(codes([photo('p.jpg', { highlightClippedShare: 0.88, paperClipped: false })])).toEqual([
      'IMAGE_GLARE:warn',
    ]);
  });

  it('fails a screenshot likelihood of 0.65 or more, with its signals', () => {
    expect(codes([photo('p.jpg', { screenshot: { likelihood: 0.64, signals: ['flat'] } })])).toEqual([
      'IMAGE_QUALITY_OK:pass',
    ]);
    expect(run([photo('p.jpg', { screenshot: { likelihood: 0.65, signals: ['flat'] } })])).toEqual([
      emit('IMAGE_SCREENSHOT', 'fail', { ...base, likelihood: 0.65, signals: ['flat'] }),
    ]);
  });

  it('warns on a greyscale image, and fails it when colour is required and no side is in colour', () => {
    const grey = photo('p.jpg', { isGreyscale: true, colourShare: 0 });
    expect(run([grey])).toEqual([emit('IMAGE_GREYSCALE', 'warn', { ...base, colour_share: 0 })]);
    expect(codes([grey], false)).toEqual(['IMAGE_GREYSCALE:warn']);
    expect(codes([grey], true)).toEqual(['IMAGE_GREYSCALE:fail']);
    // a pale back scanned with a colour front is in colour
    expect(codes([grey, photo('front.jpg')], true)).toEqual([
      'IMAGE_GREYSCALE:warn',
      'IMAGE_QUALITY_OK:pass',
    ]);
    // a PDF without an image does not count as colour
    expect(codes([grey, file('a.pdf')], true)).toEqual(['IMAGE_GREYSCALE:fail']);
  });

  it('lists every problem of an image, and each image on its own', () => {
    expect(
      codes([
        photo('a.jpg', { width: 100, blurVariance: 1, highlightClippedShare: 0.9, isGreyscale: true }),
        photo('b.jpg'),
      ]),
    ).toEqual([
      'IMAGE_LOW_RESOLUTION:fail',
      'IMAGE_BLURRY:fail',
      'IMAGE_GLARE:warn',
      'IMAGE_GREYSCALE:warn',
      'IMAGE_QUALITY_OK:pass',
    ]);
  });

  it("fails as cropped the image whose frame cut the ID's zone, and only that image", () => {
    const zone: ZoneReading = {
      layout: 'TD3',
      lines: ['P<UTO', 'L898'],
      checkDigits: [],
      fields: {
        documentCode: 'P',
        issuingState: 'UTO',
        documentNumber: '',
        birthDate: '',
        expirationDate: '',
        nationality: '',
        sex: '',
        lastName: '',
        firstName: '',
      },
      confidence: 90,
      isConfident: true,
      corrections: 0,
      rotation: 0,
      touchesFrame: ['bottom'],
    };
    const items = run([photo('p.jpg'), photo('q.jpg')], undefined, {
      type: 'government_id',
      zone: { format: 'TD3', lines: zone.lines, read: 'photo', photo: zone },
    });
    expect(items).toEqual([
      emit('IMAGE_CROPPED', 'fail', {
        ...base,
        zone: 'TD3',
        lines: zone.lines,
        reason: 'zone_at_frame',
        edges: ['bottom'],
      }),
      emit('IMAGE_QUALITY_OK', 'pass', { ...base, file: 'q.jpg', blur_variance: 400 }),
    ]);
    // ink across an edge says it first: one cropped item
    const inked = run(
      [photo('p.jpg', { edgeInkRuns: { top: 4, right: 0, bottom: 0, left: 0 } })],
      undefined,
      {
        type: 'government_id',
        zone: { format: 'TD3', lines: zone.lines, read: 'photo', photo: zone },
      },
    );
    expect(inked.map((i) => i.evidence.edges)).toEqual([['top']]);
  });

  it('declares the codes of both groups', () => {
    expect([integrityCheck.id, integrityCheck.group, imageQualityCheck.id, imageQualityCheck.group]).toEqual([
      'integrity',
      'integrity',
      'image_quality',
      'image_quality',
    ]);
    expect(Object.keys(integrityCheck.codes)).toEqual([
      'FILE_DUPLICATE',
      'FILE_TOO_LARGE',
      'PDF_ENCRYPTED',
      'FILE_TOO_MANY_PAGES',
      'IMAGE_TOO_LARGE',
      'FILE_TYPE_UNSUPPORTED',
      'FILE_UNREADABLE',
      'PDF_ACTIVE_CONTENT',
      'FILE_ACCEPTED',
      'LANGUAGE_UNAVAILABLE',
      'TEXT_NOT_READ',
    ]);
    expect(Object.keys(imageQualityCheck.codes)).toEqual([
      'IMAGE_LOW_RESOLUTION',
      'IMAGE_BLURRY',
      'IMAGE_CROPPED',
      'IMAGE_GLARE',
      'IMAGE_GREYSCALE',
      'IMAGE_SCREENSHOT',
      'IMAGE_QUALITY_OK',
    ]);
  });
});
